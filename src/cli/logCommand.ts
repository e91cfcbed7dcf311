import { listLog } from '../app/log';
import { escapeForDisplay } from '../escapeForDisplay';
import { displayWidth, wrapWords } from '../i18n/wrap';
import type { Context } from './context';
import { logDetailsText } from './logDetails';
import { formatTable } from './table';
import { officeTime } from './words';

export async function logCommand(ctx: Context, options: { session?: string }): Promise<void> {
  const { entries, missing } = await listLog(ctx.deps, { session: options.session });
  // Entries missing from the file (lines removed by hand) are shown as such, and said once.
  if (missing.length > 0) ctx.note(ctx.t('logGap', { path: (await ctx.deps.store.locations()).log, seqs: missing.join(','), count: missing.length }));
  if (ctx.json) return ctx.printJson(entries);
  if (entries.length === 0) return ctx.out(ctx.t('noLog'));
  const rows = entries.map((e) => [officeTime(ctx, e.at), e.user, ctx.t('logAction', { action: e.action }), e.target ?? '', logDetailsText(ctx, e.action, e.details)]);
  const whole = formatTable(ctx.t('headLog'), rows);
  const width = ctx.width;
  if (width === undefined || whole.split('\n').every((line) => displayWidth(line) <= width)) return ctx.page(whole);
  // Too wide for the terminal: the details (the useful part, and the longest) go on their own
  // indented lines under each entry, wrapped on words, so that neither they nor the ids are cut.
  const header = ctx.t('headLog').split('\t').slice(0, 4).join('\t');
  const table = formatTable(
    header,
    rows.map((r) => r.slice(0, 4)),
    // The action and its target (an id typed next) are never cut; the date keeps its day and time.
    { width, columns: [{ shrink: 4, min: 16, cut: 'words' }, { shrink: 3, min: 4 }, undefined, undefined] },
  ).split('\n');
  const lines = [table[0]!];
  rows.forEach((r, i) => {
    lines.push(table[i + 1]!);
    if (r[4])
      lines.push(
        ...wrapWords(escapeForDisplay(r[4]), width - 4)
          .split('\n')
          .map((l) => `    ${l}`),
      );
  });
  return ctx.page(lines.join('\n'));
}
