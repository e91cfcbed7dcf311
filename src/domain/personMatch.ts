// The one way caprural finds a person from what was typed or read: flags (--member, <ref>),
// every prompt, eligibility, membership payers and imports all go through PersonMatcher, so
// what one finds, all find.
import type { Member } from '../store/index';
import { emailKey } from './contact';
import { typoBudget, typoDistance } from './suggest';
import { compareAscii, wordsOf } from './text';

/**
 * How a person was found, best first:
 * - `id`, `email`: exactly (the e-mail in any case);
 * - `name`: the full name, in any order, case, accents, apostrophes, hyphens or spaces inside names
 *   ("dartois jean edouard", "Marie Hélène Lhote" for Marie-Hélène L'Hôte);
 * - `initials`: the last name and the initials of the first name ("V. Bernard", "Bernard V", "J.-É. d'Artois");
 * - `partial`: part of the name or of the e-mail ("veron", "Bernard", "dartois"): never picks a person alone;
 * - `close`: within a few typos of the name, the last name or the first name ("Bernrad"): a suggestion only.
 */
export type HitKind = 'id' | 'email' | 'name' | 'initials' | 'partial' | 'close';

export interface PersonHit {
  member: Member;
  kind: HitKind;
  /** Typos between what was typed and the name (0 except for `close`). */
  distance: number;
}

/**
 * `erased`: REF is exactly the id or the e-mail of a record `member forget` or retention made
 * (anonyme-N): the anonymous trace of an erased person, which no command may change or pick.
 */
export type MemberMatch = { kind: 'one'; member: Member; by: HitKind } | { kind: 'many'; members: Member[] } | { kind: 'none'; suggestions: Member[] } | { kind: 'erased'; member: Member };

const RANK: Record<HitKind, number> = { id: 0, email: 1, name: 2, initials: 3, partial: 4, close: 5 };

/** The forms a person's name is compared in, computed once per person. */
interface Forms {
  member: Member;
  /** Words of the full name in comparison form (no accents, lower case, ligatures spelled out). */
  words: string[];
  first: string;
  last: string;
  /** first + last and last + first, without separators: "jeanedouarddartois", "dartoisjeanedouard". */
  full: string;
  reversed: string;
  /** First letters of each word of the first name: "je" for Jean-Édouard. */
  initials: string;
}

function formsOf(member: Member): Forms {
  const firstWords = wordsOf(member.firstName);
  const lastWords = wordsOf(member.lastName);
  const first = firstWords.join('');
  const last = lastWords.join('');
  return {
    member,
    words: [...firstWords, ...lastWords],
    first,
    last,
    full: first + last,
    reversed: last + first,
    initials: firstWords.map((w) => w[0]).join(''),
  };
}

/** What was typed, in the forms it is compared in (computed once per look-up). */
interface Query {
  typed: string[];
  compact: string;
  /** The typed words sorted, space-separated: the full name in any word order. */
  sorted: string;
  lower: string;
  /** Some typed word is one letter: initials are possible. */
  hasInitial: boolean;
}

/** True when each typed word starts a different word of the name. */
function wordsStartName(typed: readonly string[], words: readonly string[]): boolean {
  const left = [...words];
  for (const w of typed) {
    const i = left.findIndex((x) => x.startsWith(w));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

/** True when the typed words are the last name plus the initials of the first name, in either order. */
function initialsMatch(typed: readonly string[], f: Forms): boolean {
  for (let k = 1; k < typed.length; k += 1) {
    for (const [name, rest] of [
      [typed.slice(k), typed.slice(0, k)],
      [typed.slice(0, k), typed.slice(k)],
    ] as const) {
      if (name.join('') !== f.last || !rest.every((w) => w.length === 1)) continue;
      const letters = rest.join('');
      if (letters === f.initials || letters === f.initials[0]) return true;
    }
  }
  return false;
}

/**
 * Finds people in a list (everyone, or a session's registrants). Build it once and ask many times:
 * a bulk import matches thousands of rows against the same matcher.
 *
 * Erased people (their anonymous record, `anonymisedAt` set) are never found: no search, picker,
 * name, part of a name or typo gives them; their exact id or e-mail gives `erased`, so that every
 * command that resolves a person refuses them with the same sentence (memberMatchError).
 */
export class PersonMatcher {
  private formsCache: Forms[] | null = null;
  private readonly byId = new Map<string, Member>();
  private readonly byEmail = new Map<string, Member>();
  private readonly formOf = new Map<Member, Forms>();
  /** The people who can be found: everyone but the erased. */
  private readonly findable: readonly Member[];

  /** The name forms, computed at the first search by name: an id or an e-mail never needs them. */
  private get forms(): Forms[] {
    if (!this.formsCache) {
      this.formsCache = this.findable.map(formsOf);
      for (const f of this.formsCache) this.formOf.set(f.member, f);
    }
    return this.formsCache;
  }

  /** `offerErased`: searches list erased people's records too (the cancel picker: freeing a seat one still holds). */
  constructor(
    readonly members: readonly Member[],
    offerErased = false,
  ) {
    let findable: Member[] | null = null;
    members.forEach((m, i) => {
      this.byId.set(m.id, m);
      this.byEmail.set(m.email.toLowerCase(), m);
      if (m.anonymisedAt != null && !offerErased) findable ??= members.slice(0, i);
      else findable?.push(m);
    });
    this.findable = findable ?? members;
  }

  /**
   * How one person compares with what was typed, or null when not at all. Runs for every person of
   * the store at each look-up by name: cheap tests first, nothing allocated unless they pass.
   */
  private compare(f: Forms, q: Query, typos: boolean): PersonHit | null {
    const { typed, compact, lower } = q;
    const member = f.member;
    if (typed.length > 0) {
      if (compact === f.full || compact === f.reversed) return { member, kind: 'name', distance: 0 };
      if (typed.length === f.words.length && compact.length === f.full.length && [...f.words].sort().join(' ') === q.sorted) return { member, kind: 'name', distance: 0 };
      if (q.hasInitial && initialsMatch(typed, f)) return { member, kind: 'initials', distance: 0 };
      if (f.words.some((w) => w.startsWith(typed[0]!)) && wordsStartName(typed, f.words)) return { member, kind: 'partial', distance: 0 };
      if (compact.length >= 3 && (f.full.includes(compact) || f.reversed.includes(compact))) return { member, kind: 'partial', distance: 0 };
    }
    if (lower.length >= 3 && member.email.includes(lower)) return { member, kind: 'partial', distance: 0 };
    if (typos && compact.length >= 3) {
      const budget = typoBudget(compact.length);
      let distance = Infinity;
      // Lengths further apart than the budget cannot be within it: skip the costly comparison.
      for (const target of [f.full, f.reversed, f.last, f.first]) {
        if (Math.abs(target.length - compact.length) <= budget) distance = Math.min(distance, typoDistance(compact, target));
      }
      if (distance <= budget) return { member, kind: 'close', distance };
    }
    return null;
  }

  /** Everyone `query` finds, best first (id, e-mail, full name, initials, part, typos), then by name. */
  search(query: string | undefined, typos = true): PersonHit[] {
    const text = (query ?? '').normalize('NFC').trim();
    if (text === '') return [...this.forms].sort(compareForms).map((f) => ({ member: f.member, kind: 'partial' as const, distance: 0 }));
    const byId = this.byId.get(text);
    const lower = text.toLowerCase();
    const byEmail = this.byEmail.get(emailKey(text));
    const typed = wordsOf(text);
    const q: Query = { typed, compact: typed.join(''), sorted: [...typed].sort().join(' '), lower, hasInitial: typed.length > 1 && typed.some((w) => w.length === 1) };
    const hits: PersonHit[] = [];
    for (const f of this.forms) {
      if (f.member === byId) hits.push({ member: f.member, kind: 'id', distance: 0 });
      else if (f.member === byEmail) hits.push({ member: f.member, kind: 'email', distance: 0 });
      else {
        const hit = this.compare(f, q, typos);
        if (hit) hits.push(hit);
      }
    }
    return hits.sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.distance - b.distance || compareForms(this.formOf.get(a.member)!, this.formOf.get(b.member)!));
  }

  /**
   * The person REF names. An id, an e-mail, a full name or initials naming one person pick them;
   * several people with that name are `many`. A part of a name (a last name alone) never picks:
   * several are `many` (to choose among), one is suggested (`none`); typos are suggested too.
   */
  match(ref: string): MemberMatch {
    const text = ref.normalize('NFC').trim();
    if (text === '') return { kind: 'none', suggestions: [] };
    const exact = this.byId.get(text) ?? this.byEmail.get(emailKey(text));
    if (exact?.anonymisedAt != null) return { kind: 'erased', member: exact };
    if (exact) return { kind: 'one', member: exact, by: this.byId.has(text) ? 'id' : 'email' };
    // Typos are looked for only when nothing else is found: they cost the most.
    let hits = this.search(text, false);
    for (const kind of ['id', 'email', 'name', 'initials'] as const) {
      const found = hits.filter((h) => h.kind === kind).map((h) => h.member);
      if (found.length === 1) return { kind: 'one', member: found[0]!, by: kind };
      if (found.length > 1) return { kind: 'many', members: found };
    }
    const partial = hits.filter((h) => h.kind === 'partial').map((h) => h.member);
    if (partial.length > 1) return { kind: 'many', members: partial };
    hits = this.search(text, true);
    const close = hits.filter((h) => h.kind === 'close').map((h) => h.member);
    return { kind: 'none', suggestions: [...partial, ...close].slice(0, 5) };
  }

  /**
   * What `match` answers when REF is an id or an e-mail (any case), found in one scan of `members`
   * without building a matcher (its maps cost more than the scan for a single look-up, on 20,000
   * people); null when REF is neither, and `match` is needed.
   */
  static exact(members: readonly Member[], ref: string): MemberMatch | null {
    const text = ref.normalize('NFC').trim();
    if (text === '') return null;
    const key = emailKey(text);
    // The last one with it, as in the matcher's maps.
    let byId: Member | undefined;
    let byEmail: Member | undefined;
    for (const m of members) {
      if (m.id === text) byId = m;
      if (m.email === key || m.email.toLowerCase() === key) byEmail = m;
    }
    const exact = byId ?? byEmail;
    if (!exact) return null;
    if (exact.anonymisedAt != null) return { kind: 'erased', member: exact };
    return { kind: 'one', member: exact, by: byId ? 'id' : 'email' };
  }

  /**
   * A person read from a file by first and last name (a guest in a connection report): picked only
   * when exactly one person has that full name (or those initials); otherwise null.
   */
  matchName(firstName: string, lastName: string): Member | null {
    const found = this.match(`${firstName} ${lastName}`);
    return found.kind === 'one' && (found.by === 'name' || found.by === 'initials') ? found.member : null;
  }
}

/** By last name, then first name, in comparison form (no ICU collator: it costs ~10 ms to load). */
function compareForms(a: Forms, b: Forms): number {
  return compareAscii(a.last, b.last) || compareAscii(a.first, b.first) || compareAscii(a.member.id, b.member.id);
}
