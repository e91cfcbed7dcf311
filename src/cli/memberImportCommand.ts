import { importMembers, type MemberImportChange } from '../app/memberImport';
import { readCsvFile } from '../csv/readCsv';
import type { Context } from './context';
import { fullName } from '../domain/people';
import { fieldsText } from './words';
import { lookAlikeJson, lookAlikeLines } from './lookAlikeLines';
import { namesakeOthers } from './namesakeLines';
import { noteEncoding } from './noteEncoding';
import { shownValue } from '../domain/csvColumns';

/** The fields a row changed; a move to another organisation from which to which, and the cotisation it leaves behind. */
function changeText(ctx: Context, change: MemberImportChange): string {
  const move = change.organisation;
  return change.fields
    .map((field) =>
      field === 'organisationId' && move
        ? ctx.t('memberImportMove', {
            field: fieldsText(ctx, [field]),
            from: move.from === null ? '—' : shownValue(move.from),
            to: move.to === null ? '—' : shownValue(move.to),
            year: move.unpaidYear ?? '',
          })
        : fieldsText(ctx, [field]),
    )
    .join(', ');
}

/** New records whose name is already on file, warned about one by one; the others are counted. */
const NAMESAKE_WARNINGS = 10;

/** `caprural member import <file> [--dry-run] [--sheet NAME]`: adds or updates people from a CSV or an .xlsx sheet (what `export members` writes). */
export async function memberImportCommand(ctx: Context, file: string, options: { dryRun?: boolean; sheet?: string }): Promise<void> {
  const table = await readCsvFile(file, { sheet: options.sheet });
  noteEncoding(ctx, file, table.encoding);
  const { lookAlikes, namesakes, ...report } = await importMembers(ctx.deps, table, file, { dryRun: options.dryRun });
  // A few warnings in full, then a count: --json lists every one.
  for (const n of namesakes.slice(0, NAMESAKE_WARNINGS)) {
    ctx.warn(ctx.t('importNamesake', { name: fullName(n.member), id: n.member.id, email: n.member.email, others: namesakeOthers(ctx, n.existing), dryRun: Boolean(options.dryRun) }));
  }
  if (namesakes.length > NAMESAKE_WARNINGS) ctx.warn(ctx.t('importNamesakesMore', { count: namesakes.length - NAMESAKE_WARNINGS, dryRun: Boolean(options.dryRun) }));
  if (report.columnsNotRead.length > 0) ctx.warn(ctx.t('importColumnsNotRead', { count: report.columnsNotRead.length, columns: report.columnsNotRead.map(shownValue).join(', ') }));
  for (const line of lookAlikeLines(ctx, lookAlikes)) ctx.warn(line);
  if (ctx.json) return ctx.printJson({ ...report, lookAlikes: lookAlikes.map(lookAlikeJson), namesakes: namesakes.map((n) => ({ memberId: n.member.id, existingIds: n.existing.map((o) => o.id) })) });
  ctx.out(
    ctx.t('membersImported', {
      rows: report.rows,
      created: report.created.length,
      updated: report.updated.length,
      unchanged: report.unchanged,
      orgs: report.organisationsCreated.length,
    }),
  );
  if (report.newOrganisations.length > 0)
    ctx.out(ctx.t('memberImportOrgsCreated', { count: report.newOrganisations.length, names: report.newOrganisations.map((o) => `${shownValue(o.name)} (${o.id})`).join(', ') }));
  for (const change of report.changes) ctx.out(ctx.t('memberImportChanged', { id: change.id, fields: changeText(ctx, change) }));
  if (report.dryRun) ctx.note(ctx.t('dryRunNothingWritten'));
}
