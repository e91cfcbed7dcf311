// Workbooks read as tables by the importer kit: an .xlsx sheet becomes the same rows as a CSV
// (header first, each row with its row number), so every import keeps its columns, checks and
// messages. read-excel-file is loaded here only, when a workbook is imported.
import type { CsvRecord } from '../domain/csvColumns';
import { UsageError } from '../errors';

/** What a file that is not text holds: an .xlsx (zip), an OpenDocument sheet (.ods, zip), an old .xls (OLE2). */
export type WorkbookKind = 'xlsx' | 'ods' | 'xls';

/** The kind of workbook a file's bytes are, by content (not by name), or null for anything else. */
export function workbookKind(b: Uint8Array): WorkbookKind | null {
  if (b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'xls';
  if (!(b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05 || b[2] === 0x07))) return null;
  // OpenDocument stores an uncompressed "mimetype" entry first: application/vnd.oasis.opendocument.spreadsheet.
  const head = new TextDecoder('latin1').decode(b.subarray(0, 200));
  return head.includes('application/vnd.oasis.opendocument') ? 'ods' : 'xlsx';
}

type Cell = string | number | boolean | Date | null | undefined;

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A cell as the text a CSV would hold: a date as the organiser types it (`dd/MM/yyyy`, with
 * `HH:mm` when it has a time; a workbook's dates have no zone, read-excel-file gives their wall
 * clock in UTC), a number in full, a boolean as TRUE/FALSE, an empty cell as ''. Text is trimmed.
 */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const day = `${two(value.getUTCDate())}/${two(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
    return value.getUTCHours() === 0 && value.getUTCMinutes() === 0 ? day : `${day} ${two(value.getUTCHours())}:${two(value.getUTCMinutes())}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).trim();
}

/**
 * The rows of one sheet of an .xlsx (the first, or the one named `sheet`), each with its row
 * number in the sheet. A sheet that is missing names the sheets there are.
 */
export async function readWorkbookRecords(bytes: Uint8Array, file: string, sheet: string | undefined): Promise<CsvRecord[]> {
  const { default: readXlsxFile } = await import('read-excel-file/node');
  let sheets: Array<{ sheet: string; data: Cell[][] }>;
  try {
    sheets = (await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) as never;
  } catch {
    throw new UsageError('xlsxUnreadable', { file });
  }
  const chosen = sheet === undefined ? sheets[0] : (sheets.find((s) => s.sheet === sheet) ?? sheets.find((s) => s.sheet.toLowerCase() === sheet.trim().toLowerCase()));
  if (!chosen) throw new UsageError('xlsxSheetNotFound', { file, sheet: sheet ?? '', sheets: sheets.map((s) => s.sheet).join(', ') || '—' });
  return chosen.data.map((row, i) => ({ line: i + 1, cells: row.map(cellText) }));
}
