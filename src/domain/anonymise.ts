// Erasure of people (GDPR right to erasure, retention): their identity leaves the store, the
// log and the backups; an anonymous record stays so that seat counts and attendance statistics
// do not change. Pure: the same functions rewrite the live store and each backup.
//
// What changes, and nothing else:
// - ids: a value is replaced by the anonymous id only where it equals the person's id, in a field
//   that holds a person's id (registrations, cotisations, the target of entries about a person —
//   `member.*`, `mail.refusal`, the `membership.*` of a cotisation they paid —, a log
//   detail whose whole value is the id); never inside another id or a text: `jean-paul` never
//   touches `jean-paul-martin`;
// - free text (override reasons, cotisation references, log details) that names the person (full
//   name, e-mail or phone) is replaced by ERASED, whoever the record belongs to;
// - the person's own record loses name, e-mail, phone and organisation; the free text of their own
//   registrations and cotisations is erased.
// Each collection has its scrubber (COLLECTION_SCRUBBERS): a new collection holding people is one line there.
import type { LogEntry, Member, StoreData } from '../store/index';
import { eraseOutboxEntry } from './outbox';
import { fullName } from './people';
import { compareAscii } from './text';

/** The first and last name of an anonymised person. */
export const ANONYMOUS_NAME = 'Anonyme';
/** What replaces erased free text (override reasons, log details naming the person). */
export const ERASED = '[erased]';

const ANONYMOUS_ID = /^anonyme-(\d+)$/;

/** Whether an id is one erasure gives (anonyme-N): reserved, never made from a name nor imported. */
export const isAnonymousId = (id: string) => ANONYMOUS_ID.test(id);

/** The ids anonymised people get: anonyme-1, anonyme-2… after the highest one in `data` (and `taken`). */
export function nextAnonymousIds(data: StoreData, count: number, taken: Iterable<string> = []): string[] {
  let max = 0;
  for (const id of [...data.members.map((p) => p.id), ...taken]) max = Math.max(max, Number(ANONYMOUS_ID.exec(id)?.[1] ?? 0));
  // An address anonyme-N@anonyme.invalid already there (given by hand before it was reserved) is not given twice.
  for (const m of data.members) max = Math.max(max, Number(/^anonyme-(\d+)@anonyme\.invalid$/.exec(m.email)?.[1] ?? 0));
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

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

/**
 * The words of a text as names are compared: no case, no accents, ligatures spelled out; hyphens
 * and apostrophes stay inside a word, so "Jean Paul" is not found in "Lycée Jean-Paul" nor in
 * the id "jean-paul-martin".
 */
export function nameWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæßøłđı]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
    .split(' ')
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter((w) => w.length > 0);
}

const SEPARATOR = /[^\p{L}\p{N}'’-]/u;

/** A phone as compared: its digits, +33 written as the leading 0. */
const phoneDigits = (text: string) => text.replace(/\D/g, '').replace(/^33(\d{9})$/, '0$1');

/** What identifies `m`: id, name in both orders (compared without case or accents), e-mail, phone. */
export function identityOf(m: Member): Identity {
  return {
    id: m.id,
    names: [nameWords(fullName(m)), nameWords(`${m.lastName} ${m.firstName}`)],
    emails: [m.email.toLowerCase()],
    phones: m.phone ? [phoneDigits(m.phone)] : [],
  };
}

/** Both identities' strings (the id of the first). */
export function mergeIdentity(a: Identity, b: Identity): Identity {
  return { id: a.id, names: [...a.names, ...b.names], emails: [...a.emails, ...b.emails], phones: [...a.phones, ...b.phones] };
}

/** One person to erase: the id they have, the anonymous id they get, what names them. */
export interface Erasure {
  oldId: string;
  anonId: string;
  identity: Identity;
}

/**
 * The people being erased, indexed so that each text is read once whatever their number
 * (retention erases thousands at a time): e-mails, phone numbers and runs of words are looked up.
 */
export class ErasureIndex {
  readonly anonIdOf = new Map<string, string>();
  /** Each e-mail the people had, with their old and anonymous ids. */
  readonly byEmail = new Map<string, { oldId: string; anonId: string }>();
  private readonly emails = new Set<string>();
  private readonly phones = new Set<string>();
  private readonly names = new Set<string>();
  private longestName = 0;

  constructor(
    erasures: readonly Erasure[],
    readonly at: string,
  ) {
    for (const e of erasures) {
      this.anonIdOf.set(e.oldId, e.anonId);
      for (const email of e.identity.emails) {
        if (!email) continue;
        this.emails.add(email);
        this.byEmail.set(email, { oldId: e.oldId, anonId: e.anonId });
      }
      for (const phone of e.identity.phones) if (phone.length >= 6) this.phones.add(phone);
      for (const words of e.identity.names) {
        // A one-word "full name" would match too much text: names are first and last.
        if (words.length < 2) continue;
        this.names.add(words.join(' '));
        this.longestName = Math.max(this.longestName, words.length);
      }
    }
  }

  /** The anonymous id when `value` is exactly the id of a person erased, else undefined. */
  replacement(value: unknown): string | undefined {
    return typeof value === 'string' ? this.anonIdOf.get(value) : undefined;
  }

  /** Whether a text names one of the people: their e-mail, phone number or full name appears in it. */
  mentions(text: string): boolean {
    if (text.length < 3) return false;
    if (text.includes('@')) {
      for (const token of text
        .toLowerCase()
        .normalize('NFC')
        .split(/[\s<>"'(),;:[\]]+/)) {
        if (this.emails.has(token.replace(/^mailto:/, '').replace(/\.+$/, ''))) return true;
      }
    }
    if (/\d/.test(text)) {
      // Phone numbers are written with spaces, dots, dashes, brackets: joined, then each run of digits.
      for (const run of text.replace(/[\s.\-()/]/g, '').match(/\+?\d{6,}/g) ?? []) {
        const digits = phoneDigits(run);
        if (this.phones.has(digits)) return true;
        for (const phone of this.phones) if (digits.length > phone.length && digits.includes(phone)) return true;
      }
    }
    // A name is two words or more: a text of one word (an id, a status) is not read further.
    if (this.longestName === 0 || !SEPARATOR.test(text)) return false;
    const words = nameWords(text);
    for (let i = 0; i < words.length; i += 1) {
      let key = words[i]!;
      for (let n = 2; n <= this.longestName && i + n <= words.length; n += 1) {
        key += ` ${words[i + n - 1]}`;
        if (this.names.has(key)) return true;
      }
    }
    return false;
  }

  /** Free text: unchanged, or ERASED when it names one of the people. */
  scrubText<T extends string | null>(text: T): T | typeof ERASED {
    return text !== null && text !== ERASED && this.mentions(text) ? ERASED : text;
  }
}

/** Erases, in one collection of one version of the store, what the erasure reaches; true when anything changed. */
export type CollectionScrubber = (data: StoreData, erasure: ErasureIndex) => boolean;

function scrubMembers(data: StoreData, erasure: ErasureIndex): boolean {
  let changed = false;
  for (const member of data.members) {
    const anonId = erasure.replacement(member.id);
    if (!anonId) continue;
    const n = ANONYMOUS_ID.exec(anonId)?.[1] ?? '0';
    Object.assign(member, {
      id: anonId,
      firstName: ANONYMOUS_NAME,
      lastName: ANONYMOUS_NAME,
      email: `anonyme-${n}@anonyme.invalid`,
      phone: null,
      // A small organisation plus dates can point to one person: the link is erased too.
      organisationId: null,
      anonymisedAt: member.anonymisedAt ?? erasure.at,
    } satisfies Partial<Member>);
    changed = true;
  }
  return changed;
}

function scrubRegistrations(data: StoreData, erasure: ErasureIndex): boolean {
  let changed = false;
  for (const r of data.registrations) {
    const anonId = erasure.replacement(r.memberId);
    if (anonId) {
      r.memberId = anonId;
      // Their own registration's reason is about them, whatever it says.
      if (r.override !== null) r.override = ERASED;
      changed = true;
    } else if (r.override !== null && r.override !== erasure.scrubText(r.override)) {
      r.override = ERASED;
      changed = true;
    }
  }
  return changed;
}

function scrubMemberships(data: StoreData, erasure: ErasureIndex): boolean {
  let changed = false;
  for (const m of data.memberships) {
    const anonId = erasure.replacement(m.memberId);
    if (anonId) {
      m.memberId = anonId;
      m.reference = null;
      changed = true;
    } else if (m.reference !== null && erasure.mentions(m.reference)) {
      m.reference = null;
      changed = true;
    }
  }
  return changed;
}

/** Detail keys whose values are free text typed by the organiser: erased in entries about the person. */
const FREE_TEXT_KEYS = new Set(['reason', 'override', 'note', 'notes', 'comment', 'message', 'text']);
/** Details deeper than this are not walked (the schema refuses deeper ones). */
const MAX_DEPTH = 8;

/** A log detail with people's ids replaced where a value equals one, and text naming them erased. `hit` learns whether the entry is about them. */
function scrubDetail(value: unknown, key: string, erasure: ErasureIndex, hit: { about: boolean }, depth: number): unknown {
  if (typeof value === 'string') {
    // A detail whose whole value is the person's id holds their id (member, memberId, ids…);
    // free text typed by the organiser is never read as an id.
    const anonId = FREE_TEXT_KEYS.has(key) ? undefined : erasure.replacement(value);
    if (anonId) {
      hit.about = true;
      return anonId;
    }
    return erasure.scrubText(value);
  }
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    value.forEach((v, i) => {
      const next = scrubDetail(v, key, erasure, hit, depth + 1);
      if (next !== v) (out ??= [...value])[i] = next;
    });
    return out ?? value;
  }
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(value)) {
    const next = scrubDetail(v, k, erasure, hit, depth + 1);
    if (next !== v) (out ??= { ...(value as Record<string, unknown>) })[k] = next;
  }
  return out ?? value;
}

/**
 * Whether an entry's target holds a person's id: the entries about people (member.add,
 * member.edit…), the refusal mails sent to one, and the cotisations a person paid (a
 * cotisation's target is its payer: an organisation's id, or a person's). Other targets are
 * registrations, sessions or organisations, whose ids may read like a person's.
 */
function targetIsPerson(entry: LogEntry, organisationIds: ReadonlySet<string>): boolean {
  if (entry.target === null) return false;
  if (entry.action.startsWith('member.') || entry.action === 'mail.refusal') return true;
  return entry.action.startsWith('membership.') && !organisationIds.has(entry.target);
}

function scrubLogEntry(entry: LogEntry, erasure: ErasureIndex, organisationIds: ReadonlySet<string>): boolean {
  const hit = { about: false };
  let changed = false;
  const anonTarget = targetIsPerson(entry, organisationIds) ? erasure.replacement(entry.target) : undefined;
  if (anonTarget) {
    entry.target = anonTarget;
    hit.about = true;
    changed = true;
  }
  const details = scrubDetail(entry.details, '', erasure, hit, 0) as Record<string, unknown>;
  if (details !== entry.details) {
    entry.details = details;
    changed = true;
  }
  if (hit.about) {
    for (const key of Object.keys(entry.details)) {
      if (FREE_TEXT_KEYS.has(key) && typeof entry.details[key] === 'string' && entry.details[key] !== ERASED) {
        entry.details = { ...entry.details, [key]: ERASED };
        changed = true;
      }
    }
  }
  return changed;
}

function scrubLog(data: StoreData, erasure: ErasureIndex): boolean {
  let changed = false;
  const organisationIds = new Set(data.organisations.map((o) => o.id));
  for (const entry of data.log) if (scrubLogEntry(entry, erasure, organisationIds)) changed = true;
  return changed;
}

/** caprural mail's messages: those to the person (by id or address) lose content and address. */
function scrubOutbox(data: StoreData, erasure: ErasureIndex): boolean {
  let changed = false;
  for (const e of data.outbox ?? []) {
    const anonId = erasure.replacement(e.memberId);
    const byAddress = anonId ? undefined : erasure.byEmail.get(e.to.toLowerCase());
    if (anonId) eraseOutboxEntry(e, e.memberId, anonId, erasure.at);
    else if (byAddress) eraseOutboxEntry(e, byAddress.oldId, byAddress.anonId, erasure.at);
    else continue;
    changed = true;
  }
  return changed;
}

/** One scrubber per collection that can hold people's data. */
export const COLLECTION_SCRUBBERS: Readonly<Record<string, CollectionScrubber>> = {
  members: scrubMembers,
  registrations: scrubRegistrations,
  memberships: scrubMemberships,
  log: scrubLog,
  outbox: scrubOutbox,
};

/**
 * Replaces each person `erasures` names by their anonymous record everywhere in `data`. Each
 * erasure's identity is completed with what this version knows of the person (an older e-mail).
 * Linear in the size of the store, whatever the number of people. Returns true when anything changed.
 */
export function anonymisePeople(data: StoreData, erasures: readonly Erasure[], at: string): boolean {
  if (erasures.length === 0) return false;
  const byOldId = new Map(data.members.map((m) => [m.id, m]));
  const complete = erasures.map((e) => {
    const there = byOldId.get(e.oldId);
    return there ? { ...e, identity: mergeIdentity(e.identity, identityOf(there)) } : e;
  });
  return anonymiseWith(data, new ErasureIndex(complete, at));
}

/** The same with the people's identities already complete and indexed (one index for every version of the store). */
export function anonymiseWith(data: StoreData, index: ErasureIndex): boolean {
  let changed = false;
  for (const scrub of Object.values(COLLECTION_SCRUBBERS)) if (scrub(data, index)) changed = true;
  return changed;
}

/** One person (see anonymisePeople). */
export function anonymiseMember(data: StoreData, oldId: string, anonId: string, at: string, also?: Identity): boolean {
  const member = data.members.find((m) => m.id === oldId);
  if (!member && !also) return false;
  const identity = also ?? { id: oldId, names: [], emails: [], phones: [] };
  return anonymisePeople(data, [{ oldId, anonId, identity }], at);
}

/** The year of each person's last activity: creation, a registration received, an attended session, their own cotisation. */
function lastActivityYears(data: StoreData): Map<string, number> {
  const sessions = new Map(data.sessions.map((s) => [s.id, s]));
  const years = new Map(data.members.map((m) => [m.id, Number(m.createdAt.slice(0, 4))]));
  const bump = (id: string | null, year: number) => {
    const current = id === null ? undefined : years.get(id);
    if (current !== undefined && year > current) years.set(id!, year);
  };
  for (const r of data.registrations) {
    bump(r.memberId, Number(r.receivedAt.slice(0, 4)));
    const s = sessions.get(r.sessionId);
    if (r.attendance !== null && s) bump(r.memberId, s.year);
  }
  for (const c of data.memberships) bump(c.memberId, Math.max(c.year, Number(c.paidOn.slice(0, 4))));
  return years;
}

/** The year of the person's last activity. */
export function lastActivityYear(data: StoreData, m: Member): number {
  return lastActivityYears(data).get(m.id) ?? Number(m.createdAt.slice(0, 4));
}

/** People not yet anonymised whose last activity was before `year` (linear in the store's size). */
export function inactiveSince(data: StoreData, year: number): Array<{ member: Member; lastActivity: number }> {
  const years = lastActivityYears(data);
  return data.members
    .filter((m) => !isAnonymised(m))
    .map((member) => ({ member, lastActivity: years.get(member.id)! }))
    .filter((p) => p.lastActivity < year)
    .sort((a, b) => a.lastActivity - b.lastActivity || compareAscii(a.member.id, b.member.id));
}

/** Log entries about the person: the target of an entry about people, an id field holding their id, or free text naming them. */
export function logAbout(data: StoreData, m: Member): LogEntry[] {
  // The same walk as erasure (which copies on change, never mutates): an entry is about the person exactly when erasure would touch it.
  const probe = new ErasureIndex([{ oldId: m.id, anonId: `\u0000${m.id}`, identity: identityOf(m) }], '');
  const organisationIds = new Set(data.organisations.map((o) => o.id));
  return data.log.filter((e) => {
    if (e.target === m.id && targetIsPerson(e, organisationIds)) return true;
    const hit = { about: false };
    return scrubDetail(e.details, '', probe, hit, 0) !== e.details || hit.about;
  });
}
