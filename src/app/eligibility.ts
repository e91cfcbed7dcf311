import { buildEligibilityIndex, eligiblePeople, evaluateEligibility, resolveRule, type EligibilityResult, type EligiblePerson } from '../domain/eligibility';
import { resolveMember } from '../domain/people';
import type { EligibilityRule, Member, Organisation, Session } from '../store/index';
import type { Deps } from './deps';

export interface EligibilityAnswer extends EligibilityResult {
  member: Member;
  organisation: Organisation | null;
  rule: EligibilityRule;
  /** The sessions named in the evidence, to show their dates. */
  sessions: Map<string, Session>;
}

/** `caprural eligibility <ref>`: the one person REF names (else a UsageError with the candidates), judged under the rule. */
export async function checkEligibility(deps: Deps, ref: string, ruleId?: string): Promise<EligibilityAnswer> {
  const data = await deps.store.read();
  const rule = resolveRule(data.rules, ruleId);
  const member = resolveMember(data, ref);
  const index = buildEligibilityIndex(data);
  const result = evaluateEligibility(data, member, rule, index);
  return {
    ...result,
    member,
    organisation: data.organisations.find((o) => o.id === member.organisationId) ?? null,
    rule,
    sessions: new Map(result.evidence.map((e) => [e.sessionId, index.sessions.get(e.sessionId)!])),
  };
}

/** The eligibility rules in the store. */
export async function listRules(deps: Deps): Promise<EligibilityRule[]> {
  return (await deps.store.read()).rules;
}

/**
 * Everyone eligible under a rule (the default one when `ruleId` is not given), each with the
 * session that qualifies them and their registration to it: for `caprural export eligible`.
 * Linear in people + registrations.
 */
export async function listEligible(deps: Deps, ruleId?: string): Promise<{ rule: EligibilityRule; people: Array<EligiblePerson & { organisation: Organisation | null }> }> {
  const data = await deps.store.read();
  const rule = resolveRule(data.rules, ruleId);
  const organisations = new Map(data.organisations.map((o) => [o.id, o]));
  const people = eligiblePeople(data, rule).map((p) => ({ ...p, organisation: p.member.organisationId ? (organisations.get(p.member.organisationId) ?? null) : null }));
  return { rule, people };
}
