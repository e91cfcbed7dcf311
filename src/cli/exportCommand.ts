import { exportTable } from '../app/exports';
import { escapeForDisplay, escapeJsonForDisplay } from '../escapeForDisplay';
import { parseYear } from '../domain/dates';
import { closestValues } from '../domain/suggest';
import { UsageError } from '../errors';
import { csvChunks, toCsv, toJsonRows } from '../export/csv';
import { EXPORT_KIND_ALIASES, EXPORT_KINDS, exportKindName, exportKindOf } from '../export/kindNames';
import { writeOutput } from '../export/writeOutput';
import { exportKindArgument, sessionArgument } from './arguments';
import { confirmOverwrite } from './confirm';
import type { Context } from './context';

interface ExportFlags {
  session?: string;
  year?: string;
  rule?: string;
  format?: string;
  excel?: boolean;
  delimiter?: string;
  bom?: boolean;
  raw?: boolean;
  output?: string;
  yes?: boolean;
}

export async function exportCommand(ctx: Context, given: string | undefined, options: ExportFlags): Promise<void> {
  const typed = await exportKindArgument(ctx, given);
  // A kind is named in English or in French (`inscriptions`, `présents`, `emargement`…).
  const kind = exportKindOf(typed);
  if (!kind) {
    const close = closestValues([...EXPORT_KINDS, ...Object.values(EXPORT_KIND_ALIASES).flat()], typed);
    const kinds = EXPORT_KINDS.map((k) => exportKindName(k, ctx.lang)).join(', ');
    throw close.length > 0 ? new UsageError('exportKindDidYouMean', { kind: typed, suggestions: close.join(', '), kinds }) : new UsageError('exportKindUnknown', { kind: typed, kinds });
  }
  const toXlsxFile = options.output !== undefined && /\.xlsx$/i.test(options.output.trim());
  const format = ctx.json ? 'json' : (options.format ?? (toXlsxFile ? 'xlsx' : 'csv'));
  if (format !== 'csv' && format !== 'json' && format !== 'xlsx') throw new UsageError('invalidChoice', { option: '--format', value: format, allowed: 'csv, json, xlsx' });
  if (toXlsxFile && format !== 'xlsx') throw new UsageError('xlsxFormatConflict', { file: options.output!, format });
  const atTerminal = Boolean(ctx.io.stdoutIsTTY || (ctx.io.stdout as { isTTY?: boolean }).isTTY);
  if (format === 'xlsx' && !options.output && atTerminal) throw new UsageError('xlsxFormatNeedsOutput', {});
  const delimiter = options.delimiter === '\\t' || options.delimiter === 'tab' ? '\t' : options.delimiter;
  if (delimiter !== undefined && ([...delimiter].length !== 1 || /["\r\n]/.test(delimiter))) throw new UsageError('invalidDelimiter', { value: delimiter });
  const year = options.year === undefined ? undefined : parseYear(options.year, '--year');
  // The attendance sheet is of one session: chosen at a terminal when not given.
  const session = kind === 'attendance-sheet' && !options.session && ctx.interactive ? await sessionArgument(ctx, undefined, '--session') : options.session;
  const table = await exportTable(ctx.deps, kind, { session, year, rule: options.rule });
  const dialect = { excel: Boolean(options.excel), delimiter, bom: options.bom, raw: Boolean(options.raw) };
  if (format === 'csv' && !options.output && !atTerminal) {
    // To a file or a pipe, written as it is made (see csvChunks): the same bytes as toCsv.
    for (const chunk of csvChunks(table, dialect)) ctx.io.stdout.write(chunk);
    return;
  }
  const content =
    format === 'xlsx'
      ? await (await import('../export/xlsx')).toXlsx(table, { sheet: kind, lang: ctx.lang, print: kind === 'attendance-sheet' })
      : format === 'json'
        ? `${escapeJsonForDisplay(JSON.stringify(toJsonRows(table), null, 2))}\n`
        : toCsv(table, dialect);
  if (!options.output) {
    // A CSV goes byte for byte to a file or a pipe; shown at a terminal, its cells cannot take it
    // over, and a long one goes through the pager.
    // Shown, not saved: the byte-order mark and the CR of CRLF are left out rather than shown
    // escaped, and the lines are never wrapped (a break inside a quoted cell changes the CSV).
    if (atTerminal && typeof content === 'string') {
      // Without --excel the headers are a contract with scripts (README, "Exports"): kept in English
      // in every language, and said so to a French organiser reading them at a terminal.
      if (format === 'csv' && !options.excel && ctx.lang === 'fr') ctx.note(ctx.t('exportEnglishHeaders'));
      const shown = format === 'csv' ? escapeForDisplay(content.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'), { keepLines: true }) : content;
      return ctx.page(shown.replace(/\n$/, ''), { wrap: false });
    }
    ctx.io.stdout.write(content);
    return;
  }
  if (!(await confirmOverwrite(ctx, options.output, options.yes))) return;
  const file = await writeOutput(options.output, content, ctx.deps.store);
  ctx.note(ctx.t('exportWritten', { file, rows: table.rows.length }));
}
