import { escapeForDisplay } from '../escapeForDisplay';
import { displayWidth, wrapWords } from '../i18n/wrap';
import type { Context } from './context';
import { formatTable, type ColumnFit } from './table';

/**
 * A list as one table when it fits the terminal (or is piped); else its first `keep` columns as a
 * table (shortened by `columns`, one fit per kept column) and the other cells on an indented line
 * under each row ("structure : … ; rôles : …"), wrapped on words, as `log` shows its details:
 * what the organiser types next (ids, e-mails) is never cut.
 */
export function tableOrDetails(ctx: Context, header: string, rows: readonly (readonly string[])[], keep: number, columns: readonly (ColumnFit | undefined)[]): string {
  const whole = formatTable(header, rows);
  const width = ctx.width;
  if (width === undefined || whole.split('\n').every((line) => displayWidth(line) <= width)) return whole;
  const headers = header.split('\t');
  const table = formatTable(
    headers.slice(0, keep).join('\t'),
    rows.map((r) => r.slice(0, keep)),
    { width, columns },
  ).split('\n');
  const lines = [table[0]!];
  rows.forEach((r, i) => {
    lines.push(table[i + 1]!);
    const more = headers.map((h, k) => (k >= keep && r[k] ? `${h}${ctx.t('colon')} ${escapeForDisplay(r[k])}` : '')).filter(Boolean);
    if (more.length > 0)
      lines.push(
        ...wrapWords(more.join(ctx.lang === 'fr' ? ' ; ' : '; '), width - 4)
          .split('\n')
          .map((l) => `    ${l}`),
      );
  });
  return lines.join('\n');
}
