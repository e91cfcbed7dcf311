import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../errors';
import { writeFileAtomic } from '../store/index';
import { CONFIG_KEYS, isConfigKey, type ConfigKey } from './keys';

/** The settings read from the config file, as dotted keys ("provider.name") to text. */
export interface Config {
  /** The file read (it may not exist: then `values` is empty). */
  readonly path: string;
  /** Every value of the file, known keys or not, flattened to dotted keys. */
  readonly values: Readonly<Record<string, string>>;
  /** The trimmed value of a known key; undefined when unset or blank. */
  get(key: ConfigKey): string | undefined;
}

type Tree = { [key: string]: unknown };

async function readTree(path: string): Promise<Tree> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return {};
    throw new UsageError('configUnreadable', { path, reason: code ?? String(error) });
  }
  let tree: unknown;
  try {
    tree = text.trim() === '' ? {} : JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError('configInvalid', { path, reason: (error as Error).message });
  }
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) throw new UsageError('configInvalid', { path, reason: 'not a JSON object' });
  return tree as Tree;
}

function flatten(tree: Tree, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) flatten(v as Tree, key, out);
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[key] = String(v);
  }
  return out;
}

/** Reads the config file at `path`; a missing file is an empty config, an unreadable or invalid one a usage error (exit 2). */
export async function readConfig(path: string): Promise<Config> {
  const values = flatten(await readTree(path));
  return {
    path,
    values,
    get: (key) => {
      const value = values[key]?.trim();
      return value ? value : undefined;
    },
  };
}

/** SIRET: 14 digits whose Luhn sum is a multiple of 10 (La Poste's establishments excepted, as INSEE does). */
export function isSiret(digits: string): boolean {
  if (!/^\d{14}$/.test(digits)) return false;
  if (digits.startsWith('356000000')) return [...digits].reduce((s, d) => s + Number(d), 0) % 5 === 0;
  let sum = 0;
  for (let i = 0; i < 14; i += 1) {
    let d = Number(digits[13 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Checks and normalises a value typed for `key` (NFC, trimmed; a SIRET without its spaces). */
export function normaliseValue(key: ConfigKey, input: string): string {
  // In the address, a typed "\n" is a line break (a shell argument rarely holds a real one).
  const text = (key === 'provider.address' ? input.replace(/\\n/g, '\n') : input).normalize('NFC').trim();
  if (text === '') throw new UsageError('configEmptyValue', { key });
  const allowed = key === 'provider.address' ? /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/ : /[\u0000-\u001f\u007f-\u009f]/;
  if (allowed.test(text)) throw new UsageError('configControlChars', { key });
  switch (CONFIG_KEYS[key].kind) {
    case 'siret': {
      const digits = text.replace(/[\s.]/g, '');
      if (!isSiret(digits)) throw new UsageError('configBadSiret', { value: input });
      return digits;
    }
    case 'days':
      // The same rule as --convocation-days: a whole number of days from 0 to 60.
      if (!/^\d+$/.test(text) || Number(text) > 60) throw new UsageError('configBadDays', { key, value: input });
      return String(Number(text));
    case 'email':
      if (!/^[^@<>\s]+@[^@<>\s]+\.[^@<>\s]+$|<[^@<>\s]+@[^@<>\s]+\.[^@<>\s]+>$/.test(text)) throw new UsageError('configBadEmail', { key, value: input });
      return text;
    case 'url':
      try {
        new URL(text);
      } catch {
        throw new UsageError('configBadUrl', { key, value: input });
      }
      return text;
    default:
      return text.replace(/[ \t]+\n/g, '\n');
  }
}

function checkKey(key: string): ConfigKey {
  if (!isConfigKey(key)) throw new UsageError('configUnknownKey', { key, keys: Object.keys(CONFIG_KEYS).join(', ') });
  return key;
}

async function writeTree(path: string, tree: Tree): Promise<void> {
  try {
    await fs.mkdir(dirname(path), { recursive: true, mode: 0o700 });
    await writeFileAtomic(fs, path, `${JSON.stringify(tree, null, 2)}\n`);
  } catch (error) {
    throw new UsageError('configWriteFailed', { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

/** Sets a known key (checked and normalised) in the file at `path`, creating it (mode 0600) if needed; returns the value stored. */
export async function setConfigValue(path: string, key: string, input: string): Promise<string> {
  const known = checkKey(key);
  const value = normaliseValue(known, input);
  const tree = await readTree(path);
  const parts = known.split('.');
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[part] = {};
    node = node[part] as Tree;
  }
  node[parts[parts.length - 1]!] = value;
  await writeTree(path, tree);
  return value;
}

/** Removes a key from the file at `path`; returns false (and writes nothing) when it was not set. */
export async function unsetConfigValue(path: string, key: string): Promise<boolean> {
  const known = checkKey(key);
  const tree = await readTree(path);
  const parts = known.split('.');
  const parents: Tree[] = [tree];
  for (const part of parts.slice(0, -1)) {
    const next = parents[parents.length - 1]![part];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) return false;
    parents.push(next as Tree);
  }
  const last = parts[parts.length - 1]!;
  if (!Object.hasOwn(parents[parents.length - 1]!, last)) return false;
  delete parents[parents.length - 1]![last];
  // Drop the groups left empty ("provider": {}).
  for (let i = parents.length - 1; i > 0; i -= 1) if (Object.keys(parents[i]!).length === 0) delete parents[i - 1]![parts[i - 1]!];
  await writeTree(path, tree);
  return true;
}

/** A value fit to show in a list: the password of a URL hidden. */
export function maskSecret(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)[^@/\s]+@/i, '$1****@');
}
