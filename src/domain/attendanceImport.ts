// Who was there, from a webconference report: each row matched to a registrant (e-mail first, then
// the full name), connections summed per person, a threshold applied; hosts and strangers set aside.
import type { Member, Registration, Session, StoreData } from '../store/index';
import type { Attendance, Mark } from './attendance';
import { byLastName } from './attendanceSheet';
import type { ConnectionReport, ReportRow } from './connectionReport';
import { fullName } from './people';
import { PersonMatcher } from './personMatch';
import { searchKey, wordsOf } from './text';

export interface ImportThreshold {
  /** Minutes of connection needed to be present (null: any connection counts). */
  minMinutes: number | null;
  /** Percent of the session's scheduled length needed to be present (null: not used). */
  minPercent: number | null;
}

export interface ImportOptions extends ImportThreshold {
  /** Leave the registrants missing from the report as they are, instead of marking them absent. */
  onlyPresent: boolean;
  /** Register on the spot a known person, not registered, whom the report shows present. */
  addWalkIn: boolean;
}

/** Why a registrant gets the value they get. */
export type Verdict =
  | 'connected' // in the report, at or over the threshold
  | 'too-short' // in the report, under the threshold
  | 'did-not-attend' // the report says so (Attended = No, `--`)
  | 'not-in-report' // absent from the report: absent, or unchanged with --only-present
  | 'unreadable'; // only unreadable rows: left as it was

/** One line of the table shown before and after: one confirmed registrant. */
export interface RegistrantLine {
  memberId: string;
  name: string;
  email: string;
  /** Minutes connected, as read (null: not in the report, or no duration given). */
  minutes: number | null;
  matchedBy: 'email' | 'name' | null;
  lines: number[];
  verdict: Verdict;
  /** What is recorded now, and what the import records (null: left as it is). */
  from: Attendance | null;
  to: Attendance | null;
}

export type SetAsideReason =
  | 'host' // organiser, host, moderator (role column, section, or the session's contact)
  | 'presenter' // presenter, panelist, speaker of the session
  | 'anonymous' // no name, no e-mail ("Anonyme", "Anonymous")
  | 'walk-in-too-short' // --add-walk-in: not registered, and under the threshold: not registered now
  | 'unreadable' // a value cannot be read (the value is given)
  | 'ambiguous' // fits several registrants
  | 'not-registered' // a known person without a confirmed registration (--add-walk-in)
  | 'waitlisted' // on the waiting list (--add-walk-in confirms them)
  | 'unknown'; // nobody registered fits, and nobody on file either

/** A row that changes nothing, with why. */
export interface SetAsideRow {
  line: number;
  name: string;
  email: string | null;
  reason: SetAsideReason;
  /** For unreadable rows: the column and value; for ambiguous ones: the candidates. */
  detail?: string;
  /** For unreadable rows: the column (its header as the file writes it) and the value read. */
  column?: string;
  value?: string;
  candidates?: string[];
}

export interface ImportJudgement {
  registrants: RegistrantLine[];
  /** Rows left aside as expected: hosts, presenters, anonymous connections. */
  ignored: SetAsideRow[];
  /** Rows that may need the organiser: nobody or several people fit, unreadable values. */
  unmatched: SetAsideRow[];
  /** What to record (registrants whose value is decided, and walk-ins). */
  marks: Mark[];
  /** The threshold in seconds (0: any connection). */
  thresholdSeconds: number;
}

const ANONYMOUS = new Set(['anonyme', 'anonymous', 'guest', 'invite', 'invitee', 'utilisateur anonyme', 'anonymous user', 'participant']);

/** Seconds needed to be present: --min-minutes, or --min-percent of the scheduled length. */
export function thresholdSeconds(session: Session, threshold: ImportThreshold): number {
  if (threshold.minMinutes !== null) return threshold.minMinutes * 60;
  if (threshold.minPercent !== null && session.startsAt && session.endsAt) {
    return Math.ceil(((Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 1000) * (threshold.minPercent / 100));
  }
  return 0;
}

/**
 * Connected seconds of one person's rows: when every row has join and leave and two of them
 * overlap (two devices), the union of the intervals; otherwise the sum, row by row, of the
 * duration given (else leave − join). Null when no row tells.
 */
export function connectedSeconds(rows: readonly ReportRow[]): number | null {
  const intervals = rows.filter((r) => r.join !== null && r.leave !== null).map((r) => [r.join!, r.leave!] as const);
  if (intervals.length === rows.length && intervals.length > 1) {
    const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
    let union = 0;
    let overlap = false;
    let [start, end] = sorted[0]!;
    for (const [s, e] of sorted.slice(1)) {
      if (s < end) {
        overlap = true;
        end = Math.max(end, e);
      } else {
        union += end - start;
        [start, end] = [s, e];
      }
    }
    union += end - start;
    if (overlap) return Math.round(union / 1000);
  }
  let total: number | null = null;
  for (const r of rows) {
    const seconds = r.seconds ?? (r.join !== null && r.leave !== null ? Math.round((r.leave - r.join) / 1000) : null);
    if (seconds !== null) total = (total ?? 0) + seconds;
  }
  return total;
}

type Found = { kind: 'one'; member: Member; by: 'email' | 'name' } | { kind: 'many'; members: Member[] } | { kind: 'none' };

/**
 * Judges a report against a session: every confirmed registrant gets a line; every other row is
 * set aside with why. Pure: the store is changed by the caller, with the marks.
 */
export function judgeReport(data: StoreData, session: Session, registrations: ReadonlyMap<string, Registration>, report: ConnectionReport, options: ImportOptions): ImportJudgement {
  const members = new Map(data.members.map((m) => [m.id, m]));
  // An erased person's anonymous record is never matched, by e-mail or by name (PersonMatcher).
  const byEmail = new Map(data.members.filter((m) => m.anonymisedAt == null).map((m) => [m.email, m]));
  const registrants = [...registrations.values()]
    .filter((r) => r.status === 'confirmed')
    .map((r) => members.get(r.memberId))
    // An erased registrant keeps the attendance their trace holds: never judged, never marked.
    .filter((m): m is Member => m !== undefined && m.anonymisedAt == null);
  const registered = new Set(registrants.map((m) => m.id));
  const staffNames = new Map<string, SetAsideReason>();
  if (session.contact) staffNames.set(searchKey(session.contact.name), 'host');
  for (const s of session.speakers) if (!staffNames.has(searchKey(s.name))) staffNames.set(searchKey(s.name), 'presenter');
  const contactEmail = session.contact?.email?.toLowerCase() ?? null;

  // The one person matcher of caprural (the same as eligibility and the flags), built once per import.
  const amongRegistrants = new PersonMatcher(registrants);
  let amongEveryone: PersonMatcher | undefined;
  const byName = (among: PersonMatcher, names: readonly string[]): Found => {
    const found = new Map<string, Member>();
    for (const name of names) {
      if (wordsOf(name).length < 2) continue; // a single word (a last name alone) never names a person
      const match = among.match(name);
      // A full name, initials with the last name, or an e-mail shown as the name; never a part of a name or a typo.
      if (match.kind === 'one' && match.by !== 'id') found.set(match.member.id, match.member);
      else if (match.kind === 'many') return { kind: 'many', members: match.members };
    }
    if (found.size === 1) return { kind: 'one', member: [...found.values()][0]!, by: 'name' };
    if (found.size > 1) return { kind: 'many', members: [...found.values()] };
    return { kind: 'none' };
  };

  const ignored: SetAsideRow[] = [];
  const unmatched: SetAsideRow[] = [];
  const rowsOf = new Map<string, { member: Member; rows: ReportRow[]; by: Set<'email' | 'name'> }>();
  const strangers = new Map<string, { member: Member; rows: ReportRow[] }>();
  const aside = (row: ReportRow, reason: SetAsideReason, extra: Partial<SetAsideRow> = {}) =>
    (['host', 'presenter', 'anonymous'].includes(reason) ? ignored : unmatched).push({ line: row.line, name: row.name, email: row.email ?? row.badEmail, reason, ...extra });

  for (const row of report.rows) {
    const named = row.names.some((n) => wordsOf(n).length > 0 && !ANONYMOUS.has(wordsOf(n).join(' ')));
    if (!named && row.email === null && row.badEmail === null) {
      aside(row, 'anonymous');
      continue;
    }
    let found: Found = { kind: 'none' };
    const known = row.email ? byEmail.get(row.email) : undefined;
    if (known) found = { kind: 'one', member: known, by: 'email' };
    else {
      found = byName(amongRegistrants, row.names);
      if (found.kind === 'none') found = byName((amongEveryone ??= new PersonMatcher(data.members)), row.names);
    }
    if (found.kind === 'one' && registered.has(found.member.id)) {
      const entry = rowsOf.get(found.member.id) ?? { member: found.member, rows: [], by: new Set() };
      entry.rows.push(row);
      entry.by.add(found.by);
      rowsOf.set(found.member.id, entry);
      continue;
    }
    // Not a registrant: the session's staff are expected, never an error.
    const staff =
      row.role === 'host' || (contactEmail !== null && row.email === contactEmail)
        ? 'host'
        : row.role === 'presenter'
          ? 'presenter'
          : (row.names.map((n) => staffNames.get(searchKey(n))).find(Boolean) ?? null);
    if (staff) {
      aside(row, staff);
      continue;
    }
    if (row.problem) {
      aside(row, 'unreadable', { detail: `${row.problem.column}: ${row.problem.value}`, column: row.problem.column, value: row.problem.value });
      continue;
    }
    if (found.kind === 'none' && row.badEmail !== null) {
      aside(row, 'unreadable', { detail: `${row.emailColumn ?? 'e-mail'}: ${row.badEmail}`, column: row.emailColumn ?? 'e-mail', value: row.badEmail });
      continue;
    }
    if (found.kind === 'many') {
      aside(row, 'ambiguous', { candidates: found.members.map((m) => `${fullName(m)} <${m.email}>`) });
      continue;
    }
    if (found.kind === 'one') {
      const reg = registrations.get(found.member.id);
      const entry = strangers.get(found.member.id) ?? { member: found.member, rows: [] };
      entry.rows.push(row);
      strangers.set(found.member.id, entry);
      if (!options.addWalkIn) aside(row, reg?.status === 'waitlisted' ? 'waitlisted' : 'not-registered', { name: row.name || fullName(found.member) });
      continue;
    }
    aside(row, 'unknown');
  }

  const threshold = thresholdSeconds(session, options);
  const judge = (rows: readonly ReportRow[]): { verdict: Verdict; seconds: number | null } => {
    const readable = rows.filter((r) => r.problem === null);
    const came = readable.filter((r) => r.attended !== false);
    if (readable.length === 0) return { verdict: 'unreadable', seconds: null };
    if (came.length === 0) return { verdict: 'did-not-attend', seconds: 0 };
    const seconds = connectedSeconds(came);
    if (seconds === null) return { verdict: threshold > 0 ? 'unreadable' : 'connected', seconds };
    return { verdict: seconds > 0 && seconds >= threshold ? 'connected' : 'too-short', seconds };
  };

  const marks: Mark[] = [];
  const lines: RegistrantLine[] = [];
  for (const member of [...registrants].sort(byLastName)) {
    const entry = rowsOf.get(member.id);
    const from = registrations.get(member.id)!.attendance;
    let verdict: Verdict = 'not-in-report';
    let seconds: number | null = null;
    if (entry) ({ verdict, seconds } = judge(entry.rows));
    for (const r of entry?.rows ?? [])
      if (r.problem)
        unmatched.push({
          line: r.line,
          name: r.name,
          email: r.email ?? r.badEmail,
          reason: 'unreadable',
          detail: `${r.problem.column}: ${r.problem.value}`,
          column: r.problem.column,
          value: r.problem.value,
        });
    const to: Attendance | null = verdict === 'connected' ? 'present' : verdict === 'unreadable' || (verdict === 'not-in-report' && options.onlyPresent) ? null : 'absent';
    lines.push({
      memberId: member.id,
      name: fullName(member),
      email: member.email,
      minutes: seconds === null ? null : Math.round(seconds / 60),
      matchedBy: entry ? (entry.by.has('email') ? 'email' : 'name') : null,
      lines: entry?.rows.map((r) => r.line) ?? [],
      verdict,
      from,
      to,
    });
    if (to !== null) marks.push({ ref: member.id, member, attendance: to, line: entry?.rows[0]?.line });
  }
  if (options.addWalkIn) {
    for (const { member, rows } of strangers.values()) {
      const { verdict } = judge(rows);
      if (verdict === 'connected') marks.push({ ref: member.id, member, attendance: 'present', line: rows[0]!.line });
      else for (const r of rows) ignored.push({ line: r.line, name: r.name || fullName(member), email: r.email, reason: 'walk-in-too-short' });
    }
  }
  unmatched.sort((a, b) => a.line - b.line);
  return { registrants: lines, ignored, unmatched, marks, thresholdSeconds: threshold };
}
