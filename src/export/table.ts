/** One column of an export: its stable English key (CSV header, JSON key), its French header, its type. */
export interface Column<R> {
  key: string;
  fr: string;
  type: 'text' | 'number' | 'instant' | 'date' | 'boolean';
  /** For a column of fixed values (a status): how --excel writes each one in French. */
  frValues?: Readonly<Record<string, string>>;
  /** The value is a comma-separated list of coded values (roles): frValues writes each one, joined by ", ". */
  frList?: boolean;
  get(row: R): string | number | boolean | null;
}

/** How --excel / a French .xlsx writes a text value of `c`: its French word(s) when the column has some. */
export function frenchValue<R>(c: Column<R>, value: string): string {
  const words = c.frValues;
  if (!words) return value;
  if (!c.frList) return words[value] ?? value;
  return value
    .split(',')
    .filter(Boolean)
    .map((v) => words[v] ?? v)
    .join(', ');
}

/** What every export kind produces: columns in a stable order, rows, and (attendance sheet) lines above the table. */
export interface Table<R> {
  columns: Array<Column<R>>;
  rows: R[];
  /** The time zone in which a row's instants are shown in --excel. */
  timeZone(row: R): string;
  preamble?: string[][];
}
