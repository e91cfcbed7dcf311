/** One column of an export: its stable English key (CSV header, JSON key), its French header, its type. */
export interface Column<R> {
  key: string;
  fr: string;
  type: 'text' | 'number' | 'instant' | 'date' | 'boolean';
  /** For a column of fixed values (a status): how --excel writes each one in French. */
  frValues?: Readonly<Record<string, string>>;
  get(row: R): string | number | boolean | null;
}

/** What every export kind produces: columns in a stable order, rows, and (attendance sheet) lines above the table. */
export interface Table<R> {
  columns: Array<Column<R>>;
  rows: R[];
  /** The time zone in which a row's instants are shown in --excel. */
  timeZone(row: R): string;
  preamble?: string[][];
}
