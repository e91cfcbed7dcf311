import type { TextEncodingName } from '../csv/readCsv';
import { shownValue } from '../domain/csvColumns';
import type { Context } from './context';

/** The one-line notice of every import read as Windows-1252 (French Excel's CSV): accents were decoded, not guessed away. */
export function noteEncoding(ctx: Context, file: string, encoding: TextEncodingName): void {
  if (encoding === 'windows-1252') ctx.note(ctx.t('csvDecodedWindows1252', { file: shownValue(file) }));
}
