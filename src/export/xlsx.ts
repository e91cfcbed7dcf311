// rows -> .xlsx: one sheet named after the kind, headers in the user's language, typed cells
// (real dates on the session's wall clock with a French format, numbers as numbers, text as text,
// never a formula), fitted column widths, the header row frozen, an autofilter; the attendance
// sheet in A4 landscape with its header row repeated on each printed page. write-excel-file is
// loaded here only, when an .xlsx is exported.
import { frenchValue, type Column, type Table } from './table';

export interface XlsxOptions {
  /** The sheet's name: the export kind. */
  sheet: string;
  lang: 'fr' | 'en';
  /** A4 landscape, the header row repeated on each page (the attendance sheet). */
  print?: boolean;
}

type Cell = { value: string | number | boolean | Date; type: StringConstructor | NumberConstructor | BooleanConstructor | DateConstructor; format?: string; fontWeight?: 'bold' } | null;

export const XLSX_DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';
export const XLSX_DATE_FORMAT = 'dd/mm/yyyy';

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** An instant as the wall clock of `timeZone`, as a Date whose UTC fields hold it (a workbook's dates have no zone). */
export function wallClock(iso: string, timeZone: string): Date {
  let f = wallClocks.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    wallClocks.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(iso)).map((x) => [x.type, Number(x.value)]));
  return new Date(Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!));
}

function cell<R>(c: Column<R>, row: R, timeZone: string, lang: 'fr' | 'en'): Cell {
  const value = c.get(row);
  if (value === null) return null;
  if (typeof value === 'number') return { value, type: Number };
  if (typeof value === 'boolean') return { value, type: Boolean };
  if (c.type === 'instant') return { value: wallClock(value, timeZone), type: Date, format: XLSX_DATE_TIME_FORMAT };
  if (c.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { value: new Date(`${value}T00:00:00.000Z`), type: Date, format: XLSX_DATE_FORMAT };
  const shown = lang === 'fr' ? frenchValue(c, value) : value;
  return { value: shown, type: String };
}

/** The width a cell needs, in characters (its longest line). */
function width(value: Cell): number {
  if (value === null) return 0;
  if (value.value instanceof Date) return value.format === XLSX_DATE_FORMAT ? 10 : 16;
  return Math.max(
    ...String(value.value)
      .split('\n')
      .map((l) => [...l].length),
  );
}

const COLUMN_LETTERS = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : COLUMN_LETTERS(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));

/** The .xlsx bytes of a table. */
export async function toXlsx<R>(table: Table<R>, options: XlsxOptions): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const { insertElementMarkupAccordingToOrderOfSiblings } = await import('write-excel-file/utility');
  const preamble: Cell[][] = (table.preamble ?? []).map((line, i) => line.map((v) => ({ value: v, type: String, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) })));
  const header: Cell[] = table.columns.map((c) => ({ value: options.lang === 'fr' ? c.fr : c.key, type: String, fontWeight: 'bold' }));
  const rows: Cell[][] = table.rows.map((row) => {
    const timeZone = table.timeZone(row);
    return table.columns.map((c) => cell(c, row, timeZone, options.lang));
  });
  const widths = table.columns.map((_, i) => Math.min(60, Math.max(8, ...[header, ...rows].map((r) => width(r[i] ?? null) + 2))));
  const headerRow = preamble.length + 1;
  const last = COLUMN_LETTERS(Math.max(0, table.columns.length - 1));
  const range = `A${headerRow}:${last}${headerRow + rows.length}`;
  const sheetName = options.sheet.slice(0, 31);
  const quotedSheet = `'${sheetName.replace(/'/g, "''")}'`;
  const order = [
    'sheetPr',
    'dimension',
    'sheetViews',
    'sheetFormatPr',
    'cols',
    'sheetData',
    'sheetCalcPr',
    'sheetProtection',
    'protectedRanges',
    'scenarios',
    'autoFilter',
    'sortState',
    'dataConsolidate',
    'customSheetViews',
    'mergeCells',
    'phoneticPr',
    'conditionalFormatting',
    'dataValidations',
    'hyperlinks',
    'printOptions',
    'pageMargins',
    'pageSetup',
    'headerFooter',
  ];
  const bookOrder = ['fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups', 'externalReferences', 'definedNames', 'calcPr'];
  const names = [`<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${quotedSheet}!$A$${headerRow}:$${last}$${headerRow + rows.length}</definedName>`];
  if (options.print) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="0">${quotedSheet}!$${headerRow}:$${headerRow}</definedName>`);
  const features = [
    {
      files: {
        transform: {
          'xl/worksheets/sheet{id}.xml': {
            transform: (xml: string) => {
              let out = insertElementMarkupAccordingToOrderOfSiblings(xml, `<autoFilter ref="${range}"/>`, order, 'worksheet');
              // A4 (paperSize 9) when printed.
              if (options.print) out = out.replace(/<pageSetup\b/, '<pageSetup paperSize="9"');
              return out;
            },
          },
          'xl/workbook.xml': {
            transform: (xml: string) => insertElementMarkupAccordingToOrderOfSiblings(xml, `<definedNames>${names.join('')}</definedNames>`, bookOrder, 'workbook'),
          },
        },
      },
    },
  ];
  const data = [...preamble, header, ...rows];
  const buffer = await writeXlsxFile(
    data as never,
    {
      sheet: sheetName,
      columns: widths.map((w) => ({ width: w })),
      stickyRowsCount: headerRow,
      ...(options.print ? { orientation: 'landscape' as const } : {}),
    },
    { features: features as never },
  ).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
