// Erasure of a person (GDPR right to erasure, retention): their identity leaves the store, the
// log and the backups; an anonymous record stays so that seat counts and attendance statistics
// do not change. Pure: the same function rewrites the live store and each backup.
import type { LogEntry, Member, StoreData } from '../store/index';
import { fullName } from './people';
import { wordsOf, compareAscii } from './text';

/** The first and last name of an anonymised person. */
export const ANONYMOUS_NAME = 'Anonyme';
/** What replaces erased free text (override reasons, log details naming the person). */
export const ERASED = '[erased]';

const ANONYMOUS_ID = /^anonyme-(\d+)$/;

/** The id an anonymised person gets: anonyme-1, anonyme-2… (the old id was made from the name). */
export function nextAnonymousIds(data: StoreData, count: number): string[] {
  const max = data.members.reduce((m, p) => Math.max(m, Number(ANONYMOUS_ID.exec(p.id)?.[1] ?? 0)), 0);
  return Array.from({ length: count }, (_, i) => `anonyme-${max + i + 1}`);
}

export const isAnonymised = (m: Member) => m.anonymisedAt !== null;

/** The strings that identify a person, as they may appear in free text. */
export interface Identity {
  id: string;
  names: string[][];
  emails: string[];
  phones: string[];
}

/** What identifies `m`: id, name in both orders (compared without case or accents), e-mail, phone. */
export function identityOf(m: Member): Identity {
  return {
    id: m.id,
    names: [wordsOf(fullName(m)), wordsOf(`${m.lastName} ${m.firstName}`)],
    emails: [m.email.toLowerCase()],
    phones: m.phone ? [m.phone.replace(/\D/g, '')] : [],
  };
}

/** Both identities' strings (the id of the first). */
export function mergeIdentity(a: Identity, b: Identity): Identity {
  return { id: a.id, names: [...a.names, ...b.names], emails: [...a.emails, ...b.emails], phones: [...a.phones, ...b.phones] };
}

/** Whether a text names the person: their e-mail, phone digits or full name appear in it. */
function mentions(text: string, who: Identity): boolean {
  const lower = text.normalize('NFC').toLowerCase();
  if (who.emails.some((e) => lower.includes(e))) return true;
  const digits = text.replace(/[\s.\-()/]/g, '');
  if (who.phones.some((p) => digits.includes(p) || digits.includes(`+33${p.slice(1)}`))) return true;
  const words = ` ${wordsOf(text).join(' ')} `;
  return who.names.some((n) => n.length > 0 && words.includes(` ${n.join(' ')} `));
}

/** A log detail value with the person's identity removed: their id becomes the anonymous id, text naming them is erased. */
function scrubValue(value: unknown, who: Identity, anonId: string): unknown {
  if (typeof value === 'string') {
    // The id first: it is made from the name, and would otherwise read as the name.
    const replaced = value.includes(who.id) ? value.split(who.id).join(anonId) : value;
    return mentions(replaced, who) ? ERASED : replaced;
  }
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, who, anonId));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, who, anonId)]));
  }
  return value;
}

/** Detail keys whose values are free text typed by the organiser (an override reason…): erased in entries about the person. */
const FREE_TEXT_KEYS = new Set(['reason', 'override', 'note', 'notes', 'comment', 'message', 'text']);

function scrubLogEntry(entry: LogEntry, who: Identity, anonId: string): boolean {
  const before = JSON.stringify(entry);
  const about = entry.target === who.id || before.includes(JSON.stringify(who.id));
  if (about) {
    for (const key of Object.keys(entry.details)) if (FREE_TEXT_KEYS.has(key) && typeof entry.details[key] === 'string') entry.details[key] = ERASED;
  }
  if (entry.target !== null) entry.target = scrubValue(entry.target, who, anonId) as string;
  entry.details = scrubValue(entry.details, who, anonId) as Record<string, unknown>;
  return JSON.stringify(entry) !== before;
}

/**
 * Replaces the person `oldId` by an anonymous record `anonId` everywhere in `data`: the person
 * (names, e-mail, phone, organisation erased; roles and dates kept), their registrations and
 * cotisations (re-pointed; free text erased), and the log (target re-pointed, details naming
 * them erased). `also` adds identity strings the person had in another version of the store.
 * Returns true when anything changed (false when this version never held the person).
 */
export function anonymiseMember(data: StoreData, oldId: string, anonId: string, at: string, also?: Identity): boolean {
  const member = data.members.find((m) => m.id === oldId);
  if (!member && !also) return false;
  const own = member ? identityOf(member) : { id: oldId, names: [], emails: [], phones: [] };
  const who = also ? mergeIdentity(own, also) : own;
  let changed = false;
  if (member) {
    const n = ANONYMOUS_ID.exec(anonId)?.[1] ?? '0';
    Object.assign(member, {
      id: anonId,
      firstName: ANONYMOUS_NAME,
      lastName: ANONYMOUS_NAME,
      email: `anonyme-${n}@anonyme.invalid`,
      phone: null,
      // A small organisation plus dates can point to one person: the link is erased too.
      organisationId: null,
      anonymisedAt: at,
    } satisfies Partial<Member>);
    changed = true;
  }
  for (const r of data.registrations) {
    if (r.memberId !== oldId) continue;
    r.memberId = anonId;
    if (r.override !== null) r.override = ERASED;
    changed = true;
  }
  for (const m of data.memberships) {
    if (m.memberId !== oldId) continue;
    m.memberId = anonId;
    m.reference = null;
    changed = true;
  }
  for (const entry of data.log) if (scrubLogEntry(entry, who, anonId)) changed = true;
  return changed;
}

/** The year of the person's last activity: creation, a registration received, an attended session, their own cotisation. */
export function lastActivityYear(data: StoreData, m: Member): number {
  const sessions = new Map(data.sessions.map((s) => [s.id, s]));
  let year = Number(m.createdAt.slice(0, 4));
  for (const r of data.registrations) {
    if (r.memberId !== m.id) continue;
    year = Math.max(year, Number(r.receivedAt.slice(0, 4)));
    const s = sessions.get(r.sessionId);
    if (r.attendance !== null && s) year = Math.max(year, s.year);
  }
  for (const c of data.memberships) if (c.memberId === m.id) year = Math.max(year, c.year, Number(c.paidOn.slice(0, 4)));
  return year;
}

/** People not yet anonymised whose last activity was before `year`. */
export function inactiveSince(data: StoreData, year: number): Array<{ member: Member; lastActivity: number }> {
  return data.members
    .filter((m) => !isAnonymised(m))
    .map((member) => ({ member, lastActivity: lastActivityYear(data, member) }))
    .filter((p) => p.lastActivity < year)
    .sort((a, b) => a.lastActivity - b.lastActivity || compareAscii(a.member.id, b.member.id));
}

/** Log entries about the person: they are the target, or the details name them. */
export function logAbout(data: StoreData, m: Member): LogEntry[] {
  const who = identityOf(m);
  return data.log.filter((e) => e.target === m.id || JSON.stringify(e.details).includes(JSON.stringify(m.id)) || mentions(JSON.stringify(e.details), who));
}
