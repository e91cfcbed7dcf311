// The right of access gives a person what is about them, not what is about others: a log entry
// about several people (an attendance taken for a whole session, an import of people, a retention
// run) is cut down to the person's own part before `member export` hands it out. Pure.
import type { LogEntry, Member, StoreData } from '../store/index';

/** Details deeper than this are not walked (the schema refuses deeper ones). */
const MAX_DEPTH = 8;

/**
 * The ids that stand for people in `data`: people's ids (made from their names) and the
 * registrations' ids (each one person's), including those only the history still knows (a
 * person added, then undone by a restore).
 */
function peopleIds(data: Pick<StoreData, 'members' | 'registrations' | 'log'>): Set<string> {
  const ids = new Set<string>();
  for (const m of data.members) ids.add(m.id);
  for (const r of data.registrations) ids.add(r.id);
  for (const e of data.log) {
    if (e.target === null) continue;
    if (e.action.startsWith('member.') || e.action.startsWith('registration.') || e.action === 'mail.refusal') ids.add(e.target);
  }
  return ids;
}

/** Cuts log entries down to what is about one person; the rest names nobody else. */
export class OwnPart {
  /** The person's id and their registrations' ids. */
  private readonly own = new Set<string>();
  /** Every other id that stands for a person or a person's registration. */
  private readonly others = new Set<string>();

  constructor(data: Pick<StoreData, 'members' | 'registrations' | 'log'>, person: Pick<Member, 'id'>) {
    this.own.add(person.id);
    for (const r of data.registrations) if (r.memberId === person.id) this.own.add(r.id);
    for (const e of data.log) {
      // A registration of theirs the store no longer holds (a restore undid it) is still theirs in the history.
      const d = e.details as Record<string, unknown> | null;
      if (e.action.startsWith('registration.') && e.target !== null && d && (d.member === person.id || d.memberId === person.id)) this.own.add(e.target);
    }
    for (const id of peopleIds(data)) if (!this.own.has(id)) this.others.add(id);
  }

  /** Whether a value holds, somewhere, the id of someone else / of the person. */
  private names(value: unknown, ids: ReadonlySet<string>, depth: number): boolean {
    if (typeof value === 'string') return ids.has(value);
    if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return false;
    const values = Array.isArray(value) ? value : Object.values(value);
    return values.some((v) => this.names(v, ids, depth + 1));
  }

  /**
   * A value with the other people taken out: in a list, an element about someone else (and not
   * about the person) is left out; elsewhere another person's id becomes null. Unchanged values are
   * returned as they are (the entry is never mutated).
   */
  private cut(value: unknown, depth: number): unknown {
    if (typeof value === 'string') return this.others.has(value) ? null : value;
    if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      const kept = value.filter((v) => !(this.names(v, this.others, depth + 1) && !this.names(v, this.own, depth + 1))).map((v) => this.cut(v, depth + 1));
      return kept.length === value.length && kept.every((v, i) => v === value[i]) ? value : kept;
    }
    let out: Record<string, unknown> | null = null;
    for (const [k, v] of Object.entries(value)) {
      const next = this.cut(v, depth + 1);
      if (next !== v) (out ??= { ...(value as Record<string, unknown>) })[k] = next;
    }
    return out ?? value;
  }

  /** The entry as the person may receive it: their own part of its details; another person as target becomes null. */
  of(entry: LogEntry): LogEntry {
    const details = this.cut(entry.details, 0) as LogEntry['details'];
    const target = entry.target !== null && this.others.has(entry.target) ? null : entry.target;
    return details === entry.details && target === entry.target ? entry : { ...entry, target, details };
  }
}
