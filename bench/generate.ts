// The benchmark's synthetic stores, built as real use builds them: organisations added, their
// cotisations paid, sessions added, people added one by one, each registration judged by the
// rules, attendance recorded session by session, each step writing the log entry (and, for a
// session still to come, the participant's message) that the command writes. The names are
// fictional and French: accents, the typographic apostrophe (’) and œ, so that the file holds
// characters above U+00FF as real stores do (V8 then parses it as two-byte text).
//
// Running every command once per person (20,000 people, 50,000 registrations; 10 times that for
// the largest store) would take hours, so `buildStore` calls, in the same order, the domain
// functions the use cases call, each given only the part of the data it reads (the use cases
// rebuild their indexes on every call). test/bench/generate.test.ts proves that this gives the
// very store (deep-equal, log and outbox included) that the use cases give, run one by one on the
// same plan (`planOf`).
import { appendLog } from '../src/domain/log';
import { newMember } from '../src/domain/members';
import { newMembership } from '../src/domain/memberships';
import { newOrganisation } from '../src/domain/organisations';
import { notifyRegistration } from '../src/domain/outbox';
import { PeopleIndex } from '../src/domain/peopleIndex';
import { addToIndex, indexRegistrations, judgeRegistration } from '../src/domain/registrationRules';
import { logRegistration, newRegistration } from '../src/domain/registrations';
import { newSession, type SessionInput } from '../src/domain/sessionFields';
import { applyAttendancePlan, assertAttendanceAllowed, planAttendance, type Mark } from '../src/domain/attendance';
import { mailOptions } from '../src/app/notify';
import type { Deps } from '../src/app/deps';
import { dayIn, OFFICE_TIME_ZONE } from '../src/time';
import { newStoreData } from '../src/store/catalogue';
import type { Registration, Session, StoreData } from '../src/store/index';

const FIRST = [
  'Anne',
  'Benoît',
  'Céline',
  'Damien',
  'Élodie',
  'François',
  'Gaëlle',
  'Hugo',
  'Inès',
  'Jérôme',
  'Karine',
  'Loïc',
  'Maëlle',
  'Noël',
  'Océane',
  'Pierre',
  'Quentin',
  'Rémi',
  'Sophie',
  'Théo',
  'Ursule',
  'Valérie',
  'William',
  'Xavier',
  'Yasmine',
  'Zoë',
  'Adèle',
  'Bastien',
  'Chloé',
  'Denis',
  'Émile',
  'Fanny',
  'Gérald',
  'Hélène',
  'Irène',
  'Jules',
  'Laure',
  'Mathis',
  'Nadège',
  'Odile',
  'Pascale',
  'Raphaël',
  'Solène',
  'Thibault',
  'Victor',
  'Yves',
  'Zacharie',
  'Agnès',
  'Bruno',
  'Cécile',
];
const LAST = [
  'Martin',
  'Bernard',
  'd’Artois',
  'Thomas',
  'Cœur',
  'Richard',
  'Petit',
  'Durand',
  'Lefèvre',
  'Moreau',
  'Œuvray',
  'Laurent',
  'de l’Isle',
  'Michel',
  'Garcia',
  'Bœuf',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
];
const SYLLABLES = ['ba', 'ché', 'di', 'fo', 'gu', 'la', 'mé', 'no', 'pi', 'ro', 'sa', 'té', 'vu', 'zo', 'lin', 'mar', 'bel', 'cour', 'val', 'mont'];
const TERRITORIES = [
  'Drôme',
  'Ardèche',
  'Cœur de Savoie',
  'Pays d’Aubenas',
  'Monts du Lyonnais',
  'Haut-Allier',
  'Val d’Allier',
  'Bugey',
  'Chartreuse',
  'Forez',
  'Livradois',
  'Baronnies',
  'Vercors',
  'Œuvre du Pilat',
];

/** The i-th last name: distinct for every i, pronounceable, valid. */
function lastName(i: number): string {
  let suffix = '';
  for (let rest = Math.floor(i / LAST.length), digits = 0; rest > 0 || digits < 2; rest = Math.floor(rest / 20), digits += 1) suffix += SYLLABLES[rest % 20];
  return `${LAST[i % LAST.length]}-${suffix}`;
}

/** The time every command of the generated history ran (its log entries say so). */
export const BENCH_NOW = new Date('2026-06-01T10:00:00.000Z');
/** Sessions of this year are scheduled and open at BENCH_NOW (and on the day the bench runs): register lands there. */
export const OPEN_YEAR = 2027;
/** The past years; each has as many sessions as the open year. */
const FIRST_YEAR = 2015;
const YEARS = OPEN_YEAR - FIRST_YEAR - 1; // 2015…2025, then 2027
export const BENCH_USER = 'organisatrice';

export interface Size {
  people: number;
  sessions: number;
  registrations: number;
  organisations: number;
}

export const SIZES = {
  demo: { people: 50, sessions: 0, registrations: 0, organisations: 5 },
  region: { people: 3_000, sessions: 300, registrations: 5_000, organisations: 43 },
  national: { people: 20_000, sessions: 2_000, registrations: 50_000, organisations: 430 },
  'national×10': { people: 200_000, sessions: 20_000, registrations: 500_000, organisations: 4_300 },
} satisfies Record<string, Size>;
export type SizeName = keyof typeof SIZES;

/** One command of the history, as the organiser would type it (people and sessions by their order of creation). */
export type Step =
  | { kind: 'org'; name: string; territory: string }
  | { kind: 'pay'; org: number; year: number }
  | { kind: 'session'; input: SessionInput }
  | { kind: 'member'; first: string; last: string; email: string; phone: string; org: number }
  | { kind: 'register'; session: number; member: number; receivedAt: Date }
  /** Attendance of a past session: its confirmed registrants in order of receipt, every fifth absent. */
  | { kind: 'attendance'; session: number };

/** The history that builds a store of `size`, step by step. */
export function* planOf(size: Size): Generator<Step> {
  for (let i = 0; i < size.organisations; i += 1) {
    const territory = TERRITORIES[i % TERRITORIES.length]!;
    yield { kind: 'org', name: `GAL ${territory} n°${i + 1}`, territory };
  }
  const years = size.sessions > 0 ? [...Array.from({ length: YEARS }, (_, k) => FIRST_YEAR + k), OPEN_YEAR] : [];
  for (const year of years) for (let org = 0; org < size.organisations; org += 1) yield { kind: 'pay', org, year };
  const courses = ['cooperer-leader-n1', 'cooperer-leader-n2', 'cooperer-leader-n3'];
  const yearOf = (i: number) => years[i % years.length]!;
  for (let i = 0; i < size.sessions; i += 1) {
    const year = yearOf(i);
    const open = year === OPEN_YEAR;
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / years.length) % 12);
    const date = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
    yield { kind: 'session', input: { course: courses[i % 3], starts: `${date} 10:00`, ends: `${date} 12:00`, closes: open ? `01/01/${year}` : undefined, status: 'scheduled', capacity: '12' } };
  }
  for (let i = 0; i < size.people; i += 1) {
    const phone = `04 72 ${String(10 + (i % 90)).padStart(2, '0')} ${String(i % 100).padStart(2, '0')} ${String(Math.floor(i / 100) % 100).padStart(2, '0')}`;
    yield { kind: 'member', first: FIRST[i % FIRST.length]!, last: lastName(i), email: `personne${i}@gal${i % size.organisations}.example.fr`, phone, org: i % size.organisations };
  }
  // Round r registers, session after session, person (7919 r + 31 s) mod P: never twice the same pair.
  for (let j = 0; j < size.registrations && size.sessions > 0 && j < size.sessions * size.people; j += 1) {
    const session = j % size.sessions;
    const member = (Math.floor(j / size.sessions) * 7919 + session * 31) % size.people;
    const year = yearOf(session);
    const month = Math.floor(session / years.length) % 12;
    // A past edition's registration arrived weeks before it; the open year's come in now.
    const receivedAt = year === OPEN_YEAR ? new Date(BENCH_NOW.getTime() - j * 60_000) : new Date(Date.UTC(year, month, 1) - 20 * 86_400_000 + (j % 1440) * 60_000);
    yield { kind: 'register', session, member, receivedAt };
  }
  for (let i = 0; i < size.sessions; i += 1) if (yearOf(i) !== OPEN_YEAR) yield { kind: 'attendance', session: i };
}

/** The ids typed after --present and --absent: every fifth of a session's confirmed registrants (in order of receipt) absent. */
export function attendanceMarks(confirmed: readonly Registration[]): { present: string[]; absent: string[] } {
  const ordered = [...confirmed].sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0));
  return { present: ordered.filter((_, k) => k % 5 !== 4).map((r) => r.memberId), absent: ordered.filter((_, k) => k % 5 === 4).map((r) => r.memberId) };
}

/** The store `size` describes, built in memory by the domain functions the commands use (see the top of this file). */
export function buildStore(size: Size, now: Date = BENCH_NOW, user = BENCH_USER): StoreData {
  const data = newStoreData();
  const deps = { clock: () => now, user } as Deps;
  const log = (action: string, target: string | null, details: Record<string, unknown>) => appendLog(data, { at: now, user, action, target, details });
  const sessions: Session[] = [];
  const orgIds: string[] = [];
  const sessionsByBase = new Map<string, Session[]>();
  const registrationsOf = new Map<string, Registration[]>();
  for (const s of data.sessions) sessionsByBase.set(`${s.courseId}-${s.year}`, [...(sessionsByBase.get(`${s.courseId}-${s.year}`) ?? []), s]);
  let people: PeopleIndex | null = null;
  let index: ReturnType<typeof indexRegistrations> | null = null;
  let byId: Map<string, StoreData['members'][number]> | null = null;
  const members: StoreData['members'] = data.members;
  for (const step of planOf(size)) {
    switch (step.kind) {
      case 'org': {
        // `org add`: the names are distinct, so the checks against the others cannot refuse.
        const org = newOrganisation({ ...data, organisations: [] }, { name: step.name, kind: 'GAL', territory: step.territory });
        data.organisations.push(org);
        orgIds.push(org.id);
        log('org.add', org.id, { name: org.name });
        break;
      }
      case 'pay': {
        // `membership pay ORG --year Y --on 10/01/Y --amount 120` (the id follows the last one).
        const last = data.memberships[data.memberships.length - 1];
        const org = data.organisations[step.org]!;
        const view = { ...data, organisations: [org], members: [], memberships: last ? [last] : [] };
        const membership = newMembership(view, { payer: org.id, year: String(step.year), paidOn: `10/01/${step.year}`, amount: '120' }, dayIn(now, OFFICE_TIME_ZONE));
        data.memberships.push(membership);
        log('membership.pay', membership.organisationId ?? membership.memberId, { year: membership.year, paidOn: membership.paidOn, amountCents: membership.amountCents });
        break;
      }
      case 'session': {
        // `session add`: its id is unique among the sessions of its course and year.
        const base = `${step.input.course}-${step.input.starts!.slice(6, 10)}`;
        const same = sessionsByBase.get(base) ?? [];
        const session = newSession({ ...data, sessions: same, registrations: [] }, step.input);
        same.push(session);
        sessionsByBase.set(base, same);
        data.sessions.push(session);
        sessions.push(session);
        log('session.add', session.id, {});
        break;
      }
      case 'member': {
        // `member add --org ORG --role agent`.
        people ??= new PeopleIndex(data);
        const member = newMember(data, { firstName: step.first, lastName: step.last, email: step.email, phone: step.phone, organisation: orgIds[step.org], roles: ['agent'] }, now, people);
        members.push(member);
        people.addMember(member);
        log('member.add', member.id, {});
        break;
      }
      case 'register': {
        // `register --session S --member EMAIL --received-at …`: judged by every rule, logged, its message queued.
        index ??= indexRegistrations(data);
        const session = sessions[step.session]!;
        const member = members[step.member]!;
        const judgement = judgeRegistration(data, { session, member, force: false }, step.receivedAt, index);
        if (judgement.blocking.length > 0) throw new Error(`the plan breaks a rule: ${judgement.blocking.map((f) => f.rule).join(', ')}`);
        const registration = newRegistration(index, session, member, step.receivedAt, now, judgement.status, null);
        data.registrations.push(registration);
        addToIndex(index, registration);
        const ofSession = registrationsOf.get(session.id) ?? [];
        ofSession.push(registration);
        registrationsOf.set(session.id, ofSession);
        logRegistration(data, registration, judgement.overridden, judgement.warnings, judgement.notices, null, now, user);
        const view = { ...data, members: [member], sessions: [session], registrations: ofSession };
        notifyRegistration(view, registration, mailOptions(deps));
        if (view.outbox) data.outbox = view.outbox;
        break;
      }
      case 'attendance': {
        // `attendance S --present … --absent …`: the session becomes held.
        const session = sessions[step.session]!;
        const ofSession = registrationsOf.get(session.id) ?? [];
        const confirmed = ofSession.filter((r) => r.status === 'confirmed');
        if (confirmed.length === 0) break;
        byId ??= new Map(members.map((m) => [m.id, m]));
        const view = { ...data, sessions: [session], registrations: ofSession, memberships: [], members: [...new Set(ofSession.map((r) => byId!.get(r.memberId)!))] };
        assertAttendanceAllowed(session, now);
        // The marks in the order `attendance` builds them: those present, then those absent.
        const { present, absent } = attendanceMarks(confirmed);
        const marks: Mark[] = [...present.map((ref) => ({ ref, attendance: 'present' as const })), ...absent.map((ref) => ({ ref, attendance: 'absent' as const }))];
        const plan = planAttendance(view, session, marks, { addWalkIn: false });
        const statusBefore = session.status;
        const { statusChanged } = applyAttendancePlan(view, plan, now);
        log('attendance.record', session.id, {
          source: 'flags',
          changes: plan.changes.map((c) => ({ registrationId: c.registrationId, memberId: c.memberId, from: c.from, to: c.to, ...(c.walkIn ? { walkIn: true } : {}) })),
          ...(statusChanged ? { sessionStatus: { from: statusBefore, to: session.status } } : {}),
        });
        break;
      }
    }
  }
  return data;
}
