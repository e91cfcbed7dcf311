// Checking before a write only what the change touched, with the guarantee kept: caprural never
// writes a store that does not validate.
//
// The store is written one top-level property at a time (serialiseStoreParts), and the fingerprint
// of a version caprural wrote (src/store/trust.ts) keeps where each collection's JSON text lies in
// the file (in bytes, UTF-8). When the next change reads that very file (its fingerprint matches),
// it has the text of every collection as validated and written. Before writing, each collection's
// new text is compared with its old text: a record changed in place, replaced, added, moved or
// removed changes the text, however the change was made (no copy-on-write or freezing needed).
// Only records whose text is not found unchanged are validated, with the store's top level and
// the history entries the change appends. Any other version (not written by this caprural, or
// whose fingerprint does not match) is validated in full before it is written.
//
// Why a record found in the common prefix or suffix of the two texts is valid without a check:
// - Prefix: the new text and the old one are equal up to the end of the record. JSON read from
//   the start reads the same tokens from equal text: the record is an element of the old array,
//   at the same place, with the same text, hence the same value, which was valid.
// - Suffix: the new text from the record's start to the end equals the old text's end. The record
//   starts with `{"` and a letter. In the old text, that `{` cannot be inside a string: the `"`
//   after it would then close the string, and a letter cannot follow a string's end in JSON. So
//   both texts read the same tokens from there to the end, where both close the array: the
//   record's `{` is at the same depth in both, directly in the array, so it starts an element of
//   the old array with the same text.
// The old array's elements were all valid: the version read was written by caprural after the
// same check (the fingerprint names the validator), which goes back to a version checked in full.
import type { StoreData } from './schema';
import { isValid } from './validateStore.generated.js';

/** Where each collection's JSON text lies in a store file as caprural wrote it: [start, end) in bytes. */
export type Layout = Record<string, [number, number]>;

/** A version read from a file caprural wrote: its bytes and where its collections are. */
export interface WrittenVersion {
  bytes: Uint8Array;
  layout: Layout;
}

/**
 * The store's file in parts, UTF-8 (one per top-level property: exactly JSON.stringify of the store
 * without its history, and a newline), with each collection's own bytes and where they lie.
 * JSON's structure is ASCII, which UTF-8 never uses inside another character: everything below
 * reads the same on bytes as on characters.
 */
export function serialiseStoreParts(data: StoreData): { parts: Buffer[]; layout: Layout; texts: Map<string, Buffer> } {
  const { log: _log, ...store } = data;
  const values = store as Record<string, unknown>;
  const parts: Buffer[] = [];
  const layout: Layout = {};
  const texts = new Map<string, Buffer>();
  let at = 0;
  for (const key of Object.keys(values)) {
    const json = JSON.stringify(values[key]) as string | undefined;
    // JSON.stringify leaves out a property whose value it cannot write (undefined).
    if (json === undefined) continue;
    const head = Buffer.from(`${parts.length === 0 ? '{' : ','}${JSON.stringify(key)}:`);
    const text = Buffer.from(json);
    parts.push(head, text);
    at += head.length;
    if (Array.isArray(values[key])) {
      layout[key] = [at, at + text.length];
      texts.set(key, text);
    }
    at += text.length;
  }
  parts.push(Buffer.from(parts.length === 0 ? '{}\n' : '}\n'));
  return { parts, layout, texts };
}

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;

/** The old bytes of collection `key`, or null when the layout does not point at one (it is then checked in full). */
function oldTextOf(previous: WrittenVersion, key: string): Buffer | null {
  const at = Object.hasOwn(previous.layout, key) ? previous.layout[key] : undefined;
  if (!Array.isArray(at) || at.length !== 2) return null;
  const [start, end] = at;
  const bytes = Buffer.from(previous.bytes.buffer, previous.bytes.byteOffset, previous.bytes.byteLength);
  const head = Buffer.from(`${JSON.stringify(key)}:`);
  const fits = Number.isInteger(start) && Number.isInteger(end) && start >= head.length + 1 && end > start && end <= bytes.length;
  if (!fits || bytes[start] !== OPEN_BRACKET || bytes[end - 1] !== CLOSE_BRACKET || !bytes.subarray(start - head.length, start).equals(head)) return null;
  return bytes.subarray(start, end);
}

const CHUNK = 1 << 16;

/** How many bytes `a` and `b` have in common from their start (or, with `fromEnd`, at their end). */
export function commonPart(a: Buffer, b: Buffer, fromEnd = false): number {
  const n = Math.min(a.length, b.length);
  // [from, to) counted from the start, or from the end.
  const same = (from: number, to: number) =>
    fromEnd ? a.subarray(a.length - to, a.length - from).equals(b.subarray(b.length - to, b.length - from)) : a.subarray(from, to).equals(b.subarray(from, to));
  let lo = 0;
  let hi = n;
  // Equal chunks are skipped whole (a native comparison each), then the differing one is halved.
  while (lo < n) {
    const next = Math.min(n, lo + CHUNK);
    if (!same(lo, next)) {
      hi = next;
      break;
    }
    lo = next;
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (same(lo, mid)) lo = mid;
    else hi = mid;
  }
  return lo < n && same(lo, lo + 1) ? lo + 1 : lo;
}

/** A record as JSON.stringify writes an object with a property whose name starts with a letter: `{"` and a letter. */
function isRecordStart(own: Buffer): boolean {
  const c = own[2] ?? 0;
  return own[0] === 0x7b && own[1] === 0x22 && ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
}

/**
 * The records of a collection whose text is not found unchanged in `old` (see above): the ones to
 * check. null when the new text is not laid out as expected, or most of it changed (then every
 * record is checked).
 * `text` is JSON.stringify(records) in UTF-8, `old` the collection's bytes in the version read.
 */
export function touchedRecords(records: readonly unknown[], text: Buffer, old: Buffer): unknown[] | null {
  if (text.equals(old)) return [];
  if (text[0] !== OPEN_BRACKET || text[text.length - 1] !== CLOSE_BRACKET) return null;
  const prefix = commonPart(text, old);
  const suffixStart = text.length - commonPart(text, old, true);
  // Walking a record (its JSON written again and compared) costs about three checks of it: when
  // more than a third of a long text changed (a bulk import), checking the whole collection is cheaper.
  if (text.length > CHUNK && 3 * Math.min(text.length - prefix, suffixStart) > text.length) return null;
  const touched: unknown[] = [];
  const ownText = (record: unknown) => Buffer.from(JSON.stringify(record) ?? 'null');
  // Walked from the end, or from the start, whichever reaches the unchanged part sooner. Each
  // record's text is checked to be where it is said to be.
  if (text.length - prefix <= suffixStart) {
    let end = text.length - 1;
    for (let j = records.length - 1; j >= 0; j -= 1) {
      const own = ownText(records[j]);
      const start = end - own.length;
      if (start < 1 || !text.subarray(start, end).equals(own) || text[start - 1] !== (j === 0 ? OPEN_BRACKET : COMMA)) return null;
      // This record and everything before it lie in the unchanged prefix.
      if (end <= prefix) return touched;
      if (!(start >= suffixStart && isRecordStart(own))) touched.push(records[j]);
      end = start - 1;
    }
    return end === 0 ? touched : null;
  }
  let start = 1;
  for (let j = 0; j < records.length; j += 1) {
    const own = ownText(records[j]);
    const end = start + own.length;
    if (end >= text.length || !text.subarray(start, end).equals(own) || text[end] !== (j === records.length - 1 ? CLOSE_BRACKET : COMMA)) return null;
    // This record starts the unchanged suffix: it and everything after it are found in the old text.
    if (start >= suffixStart && isRecordStart(own)) return touched;
    if (end > prefix) touched.push(records[j]);
    start = end + 1;
  }
  return start === text.length ? touched : null;
}

/**
 * Whether `data` validates, checking in full only its top level, its new history entries and the
 * records `touchedRecords` finds, when `previous` (the version read, as caprural wrote it) is
 * known; everything otherwise. `texts`: each collection's new text (serialiseStoreParts).
 */
export function isValidChange(data: StoreData, texts: ReadonlyMap<string, Buffer>, previous: WrittenVersion | null): boolean {
  if (!previous) return isValid(data);
  const top: Record<string, unknown> = {};
  const checks: Array<[string, readonly unknown[]]> = [];
  for (const [key, value] of Object.entries(data)) {
    if (key === 'log' || !Array.isArray(value)) {
      top[key] = value;
      continue;
    }
    top[key] = [];
    const text = texts.get(key);
    const old = oldTextOf(previous, key);
    const touched = text === undefined || old === null ? null : touchedRecords(value, text, old);
    const check = touched ?? value;
    if (check.length > 0) checks.push([key, check]);
  }
  if (!isValid(top)) return false;
  const empty = { ...top, log: [] };
  return checks.every(([key, records]) => isValid({ ...empty, [key]: records }));
}
