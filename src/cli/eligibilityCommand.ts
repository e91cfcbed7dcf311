import { checkEligibility, listRules } from '../app/eligibility';
import { fullName } from '../domain/people';
import { UsageError } from '../errors';
import { personRef } from './arguments';
import type { Context } from './context';
import { sessionDate } from './render';
import { formatTable } from './table';

interface EligibilityFlags {
  rule?: string;
  rules?: boolean;
}

/**
 * `caprural eligibility <ref>`: exit 0 eligible, 1 not eligible (the answer is on stdout either
 * way), 2 when REF names nobody or several people. `--rules` lists the rules.
 */
export async function eligibilityCommand(ctx: Context, ref: string | undefined, options: EligibilityFlags): Promise<number | void> {
  if (options.rules) return rules(ctx);
  if (ref === undefined || ref.trim() === '') {
    if (!ctx.interactive) throw new UsageError('argumentMissing', { name: 'ref', hint: ctx.t('hintPersonRef') });
    const { askPerson } = await import('../prompts/eligibilityPrompts');
    ref = await askPerson(ctx, await ctx.deps.store.read());
  }
  const answer = await checkEligibility(ctx.deps, await personRef(ctx, ref), options.rule);
  const { member, rule, evidence, cited, sessions } = answer;
  const name = fullName(member);
  if (ctx.json) {
    ctx.printJson({ memberId: member.id, name, eligible: answer.eligible, rule: rule.id, reason: answer.reason, evidence });
  } else {
    const citedSession = cited ? sessions.get(cited.sessionId)! : undefined;
    const lines = [
      ctx.t(answer.eligible ? 'eligYes' : 'eligNo', { name, id: member.id, rule: rule.label }),
      ctx.t(`eligReason_${answer.reason}`, {
        session: cited?.sessionId ?? '',
        date: citedSession ? sessionDate(ctx, citedSession) : '',
        year: cited?.year ?? 0,
        years: ctx.t('eligYearsOr', { years: rule.years }),
        course: rule.courseId,
        id: member.id,
      }),
    ];
    if (evidence.length > 0) {
      lines.push(ctx.t('eligEvidence'));
      for (const e of evidence) {
        lines.push(
          ctx.t('eligEvidenceLine', {
            session: e.sessionId,
            date: sessionDate(ctx, sessions.get(e.sessionId)!),
            status: ctx.t(`status_${e.status}`),
            attendance: ctx.t(e.attendance === null ? 'attendance_none' : `attendance_${e.attendance}`) + (e.status === 'cancelled' && e.attendance !== null ? ` (${ctx.t('notCounted')})` : ''),
          }),
        );
      }
    }
    ctx.out(lines.join('\n'));
  }
  // The answer is printed; only the exit code is left to say "not eligible" (contract: exit 1).
  return answer.eligible ? 0 : 1;
}

async function rules(ctx: Context): Promise<void> {
  const list = await listRules(ctx.deps);
  if (ctx.json) return ctx.printJson(list);
  if (list.length === 0) return ctx.out(ctx.t('noRules'));
  ctx.out(
    formatTable(
      ctx.t('headRules'),
      list.map((r) => [r.id, r.label, r.courseId, r.years.join(', ')]),
      // The rule's and the course's ids are typed elsewhere, and a year left out would change the rule: never cut; the label gives up width.
      { width: ctx.width, columns: [undefined, { shrink: 3, min: 16 }, undefined, undefined] },
    ),
  );
}
