import { compareAscii } from './text';
import { UsageError } from '../errors';
import { countsAsPresent } from './registrationRules';
import type { Course, EligibilityRule, Member, Registration, Session, StoreData } from '../store/index';

/** The rule a fresh store ships (DESIGN.md §4): level 1 attended in 2017 or 2018. */
export const DEFAULT_RULE_ID = 'appui-cooperation-leader';

/**
 * Why a person is or is not eligible (stable codes, used in --json):
 * - attended: present at a session of the rule's course in one of its years (eligible);
 * - not-recorded: registered (confirmed) to such a session, attendance not recorded yet;
 * - absent: registered to such a session and recorded absent;
 * - outside-years: attended the rule's course, but in another year;
 * - other-level-only: attended another course of the same cycle only;
 * - cancelled: registered to such a session, but the registration was cancelled (a recorded
 *   attendance then no longer counts: R13, every output reads it so);
 * - never-registered: none of the above (no confirmed registration to the course in the rule's years).
 */
export const REASONS = ['attended', 'not-recorded', 'absent', 'outside-years', 'other-level-only', 'cancelled', 'never-registered'] as const;
export type EligibilityReason = (typeof REASONS)[number];

/** One registration that bears on the answer: registration status and attendance as recorded. */
export interface Evidence {
  sessionId: string;
  year: number;
  status: Registration['status'];
  attendance: Registration['attendance'];
}

export interface EligibilityResult {
  eligible: boolean;
  reason: EligibilityReason;
  /** The person's registrations to the courses of the rule's cycle, oldest first. */
  evidence: Evidence[];
  /** The evidence the reason rests on (the qualifying session when eligible); null for never-registered. */
  cited: Evidence | null;
}

/** Lookups built once per store read, so that evaluating many people costs one pass over the data. */
export interface EligibilityIndex {
  sessions: Map<string, Session>;
  courses: Map<string, Course>;
  registrationsByMember: Map<string, Registration[]>;
}

export function buildEligibilityIndex(data: Pick<StoreData, 'sessions' | 'courses' | 'registrations'>): EligibilityIndex {
  const registrationsByMember = new Map<string, Registration[]>();
  for (const r of data.registrations) {
    const list = registrationsByMember.get(r.memberId);
    if (list) list.push(r);
    else registrationsByMember.set(r.memberId, [r]);
  }
  return {
    sessions: new Map(data.sessions.map((s) => [s.id, s])),
    courses: new Map(data.courses.map((c) => [c.id, c])),
    registrationsByMember,
  };
}

/** The rule `id` names, or the default one; an unknown id is a UsageError listing the rules. */
export function resolveRule(rules: readonly EligibilityRule[], id: string | undefined): EligibilityRule {
  const wanted = id?.trim();
  const rule = wanted ? rules.find((r) => r.id === wanted) : (rules.find((r) => r.id === DEFAULT_RULE_ID) ?? (rules.length === 1 ? rules[0] : undefined));
  if (!rule) {
    const known = rules.map((r) => r.id).join(', ') || '—';
    throw wanted ? new UsageError('eligRuleNotFound', { ref: wanted, known }) : new UsageError('eligRuleRequired', { known });
  }
  return rule;
}

/** True when the registration is a confirmed seat at a session that was not cancelled, recorded present (R13: countsAsPresent). */
export function attendedOn(r: Registration, session: Session | undefined): boolean {
  return countsAsPresent(r) && session !== undefined && session.status !== 'cancelled';
}

/**
 * R11: may `member` ask for the support `rule` governs? Pure: the answer depends on the data only.
 * The first reason that applies, in the order of REASONS, is given: a pending record
 * (not-recorded) is named before an absence, since recording it may still make the person eligible.
 */
export function evaluateEligibility(
  data: Pick<StoreData, 'sessions' | 'courses' | 'registrations'>,
  member: Pick<Member, 'id'>,
  rule: EligibilityRule,
  index: EligibilityIndex = buildEligibilityIndex(data),
): EligibilityResult {
  const cycle = index.courses.get(rule.courseId)?.cycle;
  const years = new Set(rule.years);
  const rows = (index.registrationsByMember.get(member.id) ?? [])
    .map((r) => ({ r, s: index.sessions.get(r.sessionId) }))
    .filter(({ s }) => s !== undefined && (s.courseId === rule.courseId || (cycle !== undefined && index.courses.get(s.courseId)?.cycle === cycle)))
    .sort((a, b) => a.s!.year - b.s!.year || compareAscii(a.s!.startsAt ?? '', b.s!.startsAt ?? '') || compareAscii(a.s!.id, b.s!.id));
  const evidence = rows.map(({ r, s }) => ({ sessionId: s!.id, year: s!.year, status: r.status, attendance: r.attendance }));
  const at = (test: (r: Registration, s: Session) => boolean) => rows.findIndex(({ r, s }) => test(r, s!));
  const inRule = (s: Session) => s.courseId === rule.courseId && years.has(s.year) && s.status !== 'cancelled';
  const answer = (reason: EligibilityReason, i: number): EligibilityResult => ({
    eligible: reason === 'attended',
    reason,
    evidence,
    cited: i >= 0 ? evidence[i]! : null,
  });

  let i = at((r, s) => inRule(s) && attendedOn(r, s));
  if (i >= 0) return answer('attended', i);
  i = at((r, s) => inRule(s) && r.status === 'confirmed' && r.attendance === null);
  if (i >= 0) return answer('not-recorded', i);
  i = at((r, s) => inRule(s) && r.status === 'confirmed' && r.attendance === 'absent');
  if (i >= 0) return answer('absent', i);
  i = at((r, s) => s.courseId === rule.courseId && attendedOn(r, s));
  if (i >= 0) return answer('outside-years', i);
  i = at((r, s) => s.courseId !== rule.courseId && attendedOn(r, s));
  if (i >= 0) return answer('other-level-only', i);
  i = at((r, s) => inRule(s) && r.status === 'cancelled');
  if (i >= 0) return answer('cancelled', i);
  return answer('never-registered', -1);
}

export interface EligiblePerson {
  member: Member;
  /** The earliest session that qualifies them, and their registration to it. */
  session: Session;
  registration: Registration;
}

/**
 * Everyone eligible under `rule`, with the session that qualifies them, in one pass over the
 * registrations (Maps, no nested scans): sorted by last name, first name.
 */
export function eligiblePeople(data: Pick<StoreData, 'sessions' | 'members' | 'registrations'>, rule: EligibilityRule): EligiblePerson[] {
  const years = new Set(rule.years);
  const sessions = new Map(data.sessions.filter((s) => s.courseId === rule.courseId && years.has(s.year) && s.status !== 'cancelled').map((s) => [s.id, s]));
  const best = new Map<string, { session: Session; registration: Registration }>();
  for (const r of data.registrations) {
    const session = sessions.get(r.sessionId);
    if (!session || !attendedOn(r, session)) continue;
    const seen = best.get(r.memberId);
    if (!seen || session.year < seen.session.year || (session.year === seen.session.year && (session.startsAt ?? '') < (seen.session.startsAt ?? ''))) {
      best.set(r.memberId, { session, registration: r });
    }
  }
  const result: EligiblePerson[] = [];
  for (const member of data.members) {
    const found = best.get(member.id);
    if (found) result.push({ member, ...found });
  }
  const collator = new Intl.Collator('fr');
  return result.sort((a, b) => collator.compare(a.member.lastName, b.member.lastName) || collator.compare(a.member.firstName, b.member.firstName) || compareAscii(a.member.id, b.member.id));
}
