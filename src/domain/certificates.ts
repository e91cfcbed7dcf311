// Who gets a certificate of completion (certificat de réalisation), and what it says: pure.
import { RuleError } from '../errors';
import type { Registration, Session, StoreData } from '../store/index';
import { byLastName, sessionOrThrow } from './attendanceSheet';
import { attendedOn } from './eligibility';
import { scheduledMinutes, sessionDays } from './halfDays';
import { fullName, resolveMemberOrErased } from './people';

export interface CertificateModel {
  registrationId: string;
  sessionId: string;
  memberId: string;
  firstName: string;
  lastName: string;
  /** The person's organisation, their employer on the ministry's model (null: a blank to fill). */
  employer: string | null;
  title: string;
  /** First and last day of the session (yyyy-MM-dd, session zone); null without a date. */
  from: string | null;
  to: string | null;
  /** Length in minutes from the schedule (or --hours); null when the hours are not known. */
  minutes: number | null;
  format: Session['format'];
}

/** Why a registrant gets no certificate. */
export type NoCertificate = 'absent' | 'not-recorded' | 'not-registered' | 'waitlisted' | 'cancelled' | 'erased';

export interface CertificatesPlan {
  session: Session;
  certificates: CertificateModel[];
  /** Confirmed registrants not recorded present, and erased people (no certificate), by last name. */
  skipped: Array<{ memberId: string; name: string; why: NoCertificate }>;
}

function reasonFor(r: Registration | undefined): NoCertificate {
  if (!r) return 'not-registered';
  if (r.status === 'cancelled') return 'cancelled';
  if (r.status === 'waitlisted') return 'waitlisted';
  return r.attendance === 'absent' ? 'absent' : 'not-recorded';
}

/**
 * The certificates of a session: one per person recorded present on a confirmed registration
 * (as eligibility reads attendance), by last name; or only `memberRef`'s, refused (exit 1, with
 * the reason) when that person was not recorded present. `hours` replaces the scheduled length.
 */
export function planCertificates(data: StoreData, sessionId: string, options: { memberRef?: string; hours?: number } = {}): CertificatesPlan {
  const session = sessionOrThrow(data, sessionId);
  const members = new Map(data.members.map((m) => [m.id, m]));
  const organisations = new Map(data.organisations.map((o) => [o.id, o.name]));
  const days = sessionDays(session);
  const minutes = options.hours !== undefined ? Math.round(options.hours * 60) : scheduledMinutes(session);
  const ofSession = data.registrations.filter((r) => r.sessionId === session.id);

  let wanted = ofSession;
  if (options.memberRef !== undefined) {
    // An erased person is named as such below (docNotPresent, erased), not as an unknown one.
    const member = resolveMemberOrErased(data, options.memberRef);
    const mine = ofSession.filter((r) => r.memberId === member.id);
    const attended = mine.find((r) => attendedOn(r, session));
    if (attended && member.anonymisedAt !== null) throw new RuleError('docErasedAttendee', { memberId: member.id, id: session.id });
    if (!attended) {
      // The registration that says most: confirmed, else waitlisted, else cancelled.
      const rank = { confirmed: 0, waitlisted: 1, cancelled: 2 } as const;
      const best = [...mine].sort((a, b) => rank[a.status] - rank[b.status])[0];
      throw new RuleError('docNotPresent', { name: fullName(member), id: session.id, why: reasonFor(best) });
    }
    wanted = [attended];
  }
  const certificates: CertificateModel[] = [];
  const skipped: CertificatesPlan['skipped'] = [];
  const people = wanted.flatMap((r) => {
    const m = members.get(r.memberId);
    return m ? [{ r, m }] : [];
  });
  people.sort((a, b) => byLastName(a.m, b.m));
  for (const { r, m } of people) {
    if (m.anonymisedAt !== null) {
      // An erased person's identity is gone: a certificate would name nobody.
      if (attendedOn(r, session)) skipped.push({ memberId: m.id, name: fullName(m), why: 'erased' });
    } else if (attendedOn(r, session)) {
      certificates.push({
        registrationId: r.id,
        sessionId: session.id,
        memberId: m.id,
        firstName: m.firstName,
        lastName: m.lastName,
        employer: m.organisationId ? (organisations.get(m.organisationId) ?? null) : null,
        title: session.title,
        from: days[0]?.day ?? null,
        to: days[days.length - 1]?.day ?? null,
        minutes,
        format: session.format,
      });
    } else if (r.status === 'confirmed') {
      skipped.push({ memberId: m.id, name: fullName(m), why: reasonFor(r) });
    }
  }
  if (certificates.length === 0) {
    // Present, but erased: attendance is recorded, the certificate would name nobody.
    const erased = skipped.filter((x) => x.why === 'erased').length;
    throw erased > 0 ? new RuleError('docOnlyErasedAttendees', { id: session.id, count: erased }) : new RuleError('docNoAttendee', { id: session.id });
  }
  return { session, certificates, skipped };
}

/** Records that certificates were issued at `at` (on their registrations), for `member export`. */
export function markIssued(data: StoreData, registrationIds: readonly string[], at: Date): string[] {
  const wanted = new Set(registrationIds);
  const done: string[] = [];
  for (const r of data.registrations) {
    if (!wanted.has(r.id)) continue;
    r.certificates = [...(r.certificates ?? []), { issuedAt: at.toISOString() }];
    done.push(r.id);
  }
  return done;
}
