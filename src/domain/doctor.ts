// The checks `caprural doctor` makes on the data itself (the file-level checks are in
// src/store/inspect.ts). Pure: each finding is a message key with its parameters.
import type { MessageKey } from '../i18n/messages';
import type { StoreData } from '../store/index';

export interface Finding {
  /** problem: something to fix (doctor exits 1); note: worth knowing, nothing to do. */
  level: 'problem' | 'note';
  key: MessageKey;
  params: Record<string, string | number>;
}

const problem = (key: MessageKey, params: Record<string, string | number>): Finding => ({ level: 'problem', key, params });

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}

/** References between records: every id points to something that exists, and nothing is there twice. */
export function checkReferences(data: StoreData): Finding[] {
  const findings: Finding[] = [];
  const collections = {
    courses: data.courses,
    sessions: data.sessions,
    organisations: data.organisations,
    members: data.members,
    memberships: data.memberships,
    registrations: data.registrations,
    rules: data.rules,
  };
  for (const [name, records] of Object.entries(collections)) {
    for (const id of duplicates(records.map((r) => r.id))) findings.push(problem('doctorDuplicateId', { collection: name, id }));
  }
  for (const email of duplicates(data.members.map((m) => m.email.toLowerCase()))) findings.push(problem('doctorDuplicateEmail', { email }));

  const courses = new Set(data.courses.map((c) => c.id));
  const sessions = new Set(data.sessions.map((s) => s.id));
  const organisations = new Set(data.organisations.map((o) => o.id));
  const members = new Set(data.members.map((m) => m.id));
  for (const s of data.sessions) if (!courses.has(s.courseId)) findings.push(problem('doctorSessionCourse', { id: s.id, courseId: s.courseId }));
  for (const r of data.rules) if (!courses.has(r.courseId)) findings.push(problem('doctorRuleCourse', { id: r.id, courseId: r.courseId }));
  for (const m of data.members) {
    if (m.organisationId !== null && !organisations.has(m.organisationId)) findings.push(problem('doctorMemberOrg', { id: m.id, organisationId: m.organisationId }));
  }
  for (const c of data.memberships) {
    if ((c.organisationId === null) === (c.memberId === null)) findings.push(problem('doctorMembershipPayer', { id: c.id }));
    else if (c.organisationId !== null && !organisations.has(c.organisationId)) findings.push(problem('doctorMembershipOrphan', { id: c.id, payer: c.organisationId }));
    else if (c.memberId !== null && !members.has(c.memberId)) findings.push(problem('doctorMembershipOrphan', { id: c.id, payer: c.memberId }));
  }
  const active = new Map<string, string>();
  for (const r of data.registrations) {
    if (!sessions.has(r.sessionId)) findings.push(problem('doctorRegistrationSession', { id: r.id, sessionId: r.sessionId }));
    if (!members.has(r.memberId)) findings.push(problem('doctorRegistrationMember', { id: r.id, memberId: r.memberId }));
    if (r.status === 'cancelled') continue;
    const key = `${r.sessionId}\u0000${r.memberId}`;
    const other = active.get(key);
    if (other) findings.push(problem('doctorRegistrationTwice', { id: r.id, other, memberId: r.memberId, sessionId: r.sessionId }));
    else active.set(key, r.id);
  }
  return findings;
}
