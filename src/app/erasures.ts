// Erasures remembered without personal data, so that a restored backup has them applied again:
// the anonymous id, when and how, and keyed hashes (HMAC-SHA-256) of the e-mails the person had.
// The key is random, made at the first erasure and kept in the store: the hashes cannot be
// compared across stores, nor reversed without guessing the e-mail and holding the store.
import { createHmac, randomBytes } from 'node:crypto';
import { anonymisePeople, identityOf, isAnonymised, nextAnonymousIds, type Erasure } from '../domain/anonymise';
import type { ErasureRecord, StoreData } from '../store/index';

/** The log actions of erasures (their entries hold anonymous ids only). */
export const ERASURE_ACTIONS = new Set(['member.forget', 'retention']);

export function emailHash(key: string, email: string): string {
  return createHmac('sha256', Buffer.from(key, 'hex')).update(email.trim().toLowerCase()).digest('hex');
}

/** The store's erasure key, made on first use. */
export function erasureKeyOf(data: StoreData): string {
  data.erasureKey ??= randomBytes(32).toString('hex');
  return data.erasureKey;
}

/** Records (or completes, with e-mails learnt since) the erasures of `plan` in `data`'s registry. Returns true when it changed. */
export function rememberErasures(data: StoreData, plan: readonly Erasure[], at: string, action: string): boolean {
  if (plan.length === 0) return false;
  const key = erasureKeyOf(data);
  const registry = (data.erasures ??= []);
  const byId = new Map(registry.map((e) => [e.id, e]));
  let changed = false;
  for (const p of plan) {
    const hashes = [...new Set(p.identity.emails.map((e) => emailHash(key, e)))].sort();
    const known = byId.get(p.anonId);
    if (!known) {
      const record: ErasureRecord = { id: p.anonId, at, action, emailHashes: hashes };
      registry.push(record);
      byId.set(record.id, record);
      changed = true;
    } else if (hashes.some((h) => !known.emailHashes.includes(h))) {
      known.emailHashes = [...new Set([...known.emailHashes, ...hashes])].sort();
      changed = true;
    }
  }
  return changed;
}

/**
 * Applies to `restored` (an earlier version being put back) the erasures `current` knows and it
 * does not: each person found by a hash of their e-mail is anonymised again, under the same
 * anonymous id when free (their log entries stay in the store's history, which a restore continues). Returns the anonymous ids re-applied.
 */
export function reapplyErasures(restored: StoreData, current: StoreData | null): string[] {
  if (!current?.erasureKey || !current.erasures?.length) return [];
  const key = current.erasureKey;
  const known = new Set((restored.erasures ?? []).map((e) => e.id));
  const missing = current.erasures.filter((e) => !known.has(e.id));
  if (missing.length === 0) return [];
  const byHash = new Map<string, (typeof restored.members)[number]>();
  for (const m of restored.members) if (!isAnonymised(m)) byHash.set(emailHash(key, m.email), m);
  const taken = new Set(restored.members.map((m) => m.id));
  const byTime = new Map<string, Erasure[]>();
  const applied: string[] = [];
  for (const e of missing) {
    // Someone added after the erasure with that e-mail is not the erased person (as doctor judges it).
    const member = e.emailHashes.map((h) => byHash.get(h)).find((m) => m !== undefined && !addedAfter(m.createdAt, e.at));
    if (!member) continue;
    const anonId = taken.has(e.id) ? nextAnonymousIds(restored, 1, taken)[0]! : e.id;
    taken.add(anonId);
    byHash.delete(emailHash(key, member.email));
    const group = byTime.get(e.at) ?? [];
    group.push({ oldId: member.id, anonId, identity: identityOf(member) });
    byTime.set(e.at, group);
    applied.push(anonId);
  }
  for (const [at, plan] of byTime) anonymisePeople(restored, plan, at);
  restored.erasureKey = key;
  restored.erasures = [...(restored.erasures ?? []), ...missing];
  // The erasures' log entries need no copy: the restored version continues the store's one history
  // (src/store/logFile.ts), where they are already.
  return applied;
}

/**
 * The erased people whose e-mail a text still holds (a history set aside, whatever its lines:
 * an erasure cannot rewrite a line that is not an entry): their anonymous ids.
 */
export function erasedStillInText(text: string, registry: readonly ErasureRecord[], key: string | undefined): string[] {
  if (!key || registry.length === 0) return [];
  const byHash = new Map<string, string>();
  for (const e of registry) for (const h of e.emailHashes) byHash.set(h, e.id);
  const found = new Set<string>();
  for (const email of text.match(/[^\s"'<>(),;:\\]+@[^\s"'<>(),;:\\]+/g) ?? []) {
    const id = byHash.get(emailHash(key, email));
    if (id) found.add(id);
  }
  return [...found];
}

/**
 * The erased people a version of the store still holds (by the hashes of their e-mails): their
 * anonymous ids. An erasure covers the people present when it was made: a person with the same
 * e-mail added after it (someone who came back, as the refusal advises) is not the erased one,
 * nor is anyone in a version that was written after the erasure (it knows it in its own registry:
 * whoever holds that e-mail there was given it later).
 */
export function erasedStillIn(version: StoreData, registry: readonly ErasureRecord[], key: string | undefined): string[] {
  if (!key || registry.length === 0) return [];
  const knownThere = new Set((version.erasures ?? []).map((e) => `${e.id}\u0000${e.at}`));
  const byHash = new Map<string, ErasureRecord>();
  for (const e of registry) {
    if (knownThere.has(`${e.id}\u0000${e.at}`)) continue;
    for (const h of e.emailHashes) byHash.set(h, e);
  }
  if (byHash.size === 0) return [];
  const found: string[] = [];
  for (const m of version.members) {
    if (isAnonymised(m)) continue;
    const e = byHash.get(emailHash(key, m.email));
    if (e && !addedAfter(m.createdAt, e.at)) found.push(e.id);
  }
  return found;
}

/** Whether an instant (ISO) is later than another; an unreadable one is not. */
function addedAfter(createdAt: string, erasedAt: string): boolean {
  const created = Date.parse(createdAt);
  const erased = Date.parse(erasedAt);
  return Number.isFinite(created) && Number.isFinite(erased) && created > erased;
}
