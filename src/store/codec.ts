// The store's file format: parse (with migration), validate, serialise. No I/O.
import { StoreError } from '../errors';
import { isTimeZone } from '../time';
import { migrate, OLDEST_SUPPORTED } from './migrations';
import type { StoreData } from './schema';
import { isValid, validate } from './validateStore.generated.js';
import { SCHEMA_VERSION } from './vocabulary';

/**
 * A store's text parsed, validated and migrated, with the version the file was written in.
 * Every way it can be wrong is a StoreError naming `path`; `backup` (the newest backup, for a
 * store; empty for a backup) is offered in the message.
 */
export function parseStoreVersioned(text: string, path: string, backup = '', trusted = false): { data: StoreData; fromVersion: number } {
  const fail = (reason: string): never => {
    throw new StoreError('storeInvalid', { path, reason, backup });
  };
  // A regex that stops at the first visible character: trim() would copy a 20 MB store.
  if (!/\S/.test(text)) fail(text.length === 0 ? 'empty' : 'blank');
  if (text.includes('\u0000')) fail('nulBytes');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('notJson');
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail('notObject');
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_SUPPORTED) {
    return fail(`badVersion:${JSON.stringify(version) ?? 'missing'}`);
  }
  if (version > SCHEMA_VERSION) {
    throw new StoreError('storeNewer', { path, version, supported: SCHEMA_VERSION, backup });
  }
  if (version === SCHEMA_VERSION) {
    // The history is in the file beside the store (src/store/logFile.ts), read only when asked for:
    // a store of this version holding one inside was not written by caprural.
    if ('log' in (raw as object)) fail('logInside');
    (raw as { log: unknown }).log = [];
  }
  // This very file (same inode, size, times) was checked or written by this caprural's validator:
  // parsing it again cannot give anything else (src/store/trust.ts).
  if (trusted && version === SCHEMA_VERSION) return { data: raw as StoreData, fromVersion: version };
  let migrated: unknown = raw;
  try {
    migrated = migrate(raw as Record<string, unknown>, version, SCHEMA_VERSION);
  } catch {
    fail('shape');
  }
  const problem = schemaProblem(migrated);
  if (problem) fail(problem);
  return { data: migrated as StoreData, fromVersion: version };
}

/** Parses and validates a store's text (see parseStoreVersioned). */
export function parseStore(text: string, path: string, backup = '', trusted = false): StoreData {
  return parseStoreVersioned(text, path, backup, trusted).data;
}

/** What is wrong with `data` against the schema (`field.path: message`), or null when it is valid. */
export function schemaProblem(data: unknown): string | null {
  // Checked in place, not copied: the generated validator is the zod schema compiled ahead of time.
  // `isValid` accepts exactly what `validate` does, without building error paths; the full
  // validator runs only on a refused store, to say where it is wrong.
  if (isValid(data)) return unknownTimeZone(data as StoreData);
  if (validate(data)) return 'shape';
  const issue = validate.errors?.[0];
  return issue ? `${issue.instancePath.slice(1).replace(/\//g, '.') || '(root)'}: ${issue.message ?? 'invalid'}` : 'shape';
}

/**
 * The first session whose time zone this Node does not know, as a problem (`sessions.N.timeZone:
 * …`), or null. caprural checks every zone it is given; one edited by hand (« Europe/Pari ») would
 * make every date of the session fail to show, in every command. A few zones, each checked once.
 */
function unknownTimeZone(data: StoreData): string | null {
  const known = new Set<string>();
  for (const [i, s] of data.sessions.entries()) {
    if (known.has(s.timeZone)) continue;
    if (!isTimeZone(s.timeZone)) return `sessions.${i}.timeZone: unknown time zone`;
    known.add(s.timeZone);
  }
  return null;
}

/**
 * The store as written: compact JSON (`jq . store.json` shows it indented). Indenting cost 7% of
 * a command's time and 22% of the file's size on a 20,000-person store (README, Performance).
 */
export function serialiseStore(data: StoreData): string {
  // The history is not in the store's file (version 4): it is appended to the file beside it.
  const { log: _log, ...store } = data;
  return `${JSON.stringify(store)}\n`;
}

/**
 * A version read from a file of schema 3 or older (a backup from before the history file), written
 * back as schema 3 with its history inside, as it was: an erasure rewrites such backups this way.
 */
export function serialiseLegacy(data: StoreData): string {
  const { logSeq: _seq, ...rest } = data;
  return `${JSON.stringify({ ...rest, schemaVersion: 3 })}\n`;
}

const EMPTY_STORE: Omit<StoreData, 'log'> = { schemaVersion: SCHEMA_VERSION, courses: [], sessions: [], organisations: [], members: [], memberships: [], registrations: [], rules: [], logSeq: 0 };

/**
 * What is wrong with entries read from the history file against the schema, or null: the line (the
 * entry's index + firstLine) and a reason code said in words by src/i18n/logFile.ts: `missing:FIELD`
 * (a field left out), `field:FIELD` (a field of the wrong form), `notObject`.
 */
export function logProblem(entries: readonly unknown[], firstLine = 1): { line: number; reason: string } | null {
  const data = { ...EMPTY_STORE, log: entries };
  if (isValid(data) || validate(data)) return null;
  const issue = validate.errors?.[0];
  const at = issue ? /^\/log\/(\d+)(?:\/([^/]+))?/.exec(issue.instancePath) : null;
  if (!issue || !at) return { line: firstLine, reason: 'notObject' };
  const missing = /required property '([^']+)'/.exec(issue.message ?? '')?.[1];
  return { line: firstLine + Number(at[1]), reason: missing ? `missing:${missing}` : at[2] ? `field:${at[2]}` : 'notObject' };
}
