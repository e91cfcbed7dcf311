// The shell's request at each Tab (`caprural complete -- <words…>`, sent by the script that
// `caprural completion <shell>` prints): one candidate per line, `value<TAB>description`, then
// `:<directive>` (the protocol of @bomb.sh/tab). The store is read only when session ids are
// wanted, never created, locked or changed, and an unreadable store just offers no id: the
// request never fails. The ids of a store are kept in the user's cache folder beside the store's
// fingerprint (device, inode, size, time), so that a Tab on a large store does not parse it again.
import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLang } from '../i18n/translate';
import { locateStore, openStore, readRegularFileSync, userCacheDir } from '../store/index';
import { completeWords, type SessionChoice } from './completeWords';
import { storeDataChecks } from './storeChecks';
import type { Io } from './context';

/** The store the command line names (`--store FILE` or `--store=FILE` among the words), else CAPRURAL_STORE, else the default one. */
function storeNamedIn(words: readonly string[], io: Io): string {
  let flag: string | undefined;
  words.forEach((word, i) => {
    if (word === '--store' && i + 1 < words.length - 1) flag = words[i + 1];
    else if (word.startsWith('--store=')) flag = word.slice('--store='.length);
  });
  return locateStore(flag === '' ? undefined : flag, io.env).path;
}

/** What identifies one version of the store file (it changes with every write, which renames a new file in). */
function fingerprintOf(path: string): string | null {
  try {
    const s = statSync(path, { bigint: true });
    return s.isFile() ? `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}` : null;
  } catch {
    return null;
  }
}

interface Cached {
  path: string;
  fingerprint: string;
  sessions: SessionChoice[];
}

async function sessionsOf(path: string, io: Io): Promise<SessionChoice[]> {
  // Only an existing store is read: completion never creates one.
  const fingerprint = fingerprintOf(path);
  if (fingerprint === null) return [];
  const cacheDir = userCacheDir(io.env);
  const cacheFile = cacheDir ? join(cacheDir, 'completion-sessions.json') : null;
  if (cacheFile) {
    try {
      // Anything may sit at that path (a FIFO would hang the shell's tab): only a small regular file is read.
      const text = readRegularFileSync(cacheFile, 1 << 20);
      const cached = text === null ? null : (JSON.parse(text) as Cached);
      if (cached && cached.path === path && cached.fingerprint === fingerprint && Array.isArray(cached.sessions)) return cached.sessions;
    } catch {
      /* none yet, or unreadable: read the store */
    }
  }
  const data = await openStore(path, { namedBy: 'option', cacheDir, dataChecks: storeDataChecks }).read();
  // "Coopérer dans LEADER : amorcer les dynamiques…": the part after the cycle's name tells sessions apart.
  const distinct = (title: string) => (title.includes(' : ') ? title.slice(title.indexOf(' : ') + 3) : title);
  const sessions = [...data.sessions].sort((a, b) => b.year - a.year || a.id.localeCompare(b.id)).map((s) => ({ id: s.id, title: distinct(s.title), year: s.year }));
  if (cacheFile && fingerprintOf(path) === fingerprint) {
    try {
      mkdirSync(cacheDir!, { recursive: true, mode: 0o700 });
      const temp = `${cacheFile}.${io.pid ?? 0}.tmp`;
      writeFileSync(temp, JSON.stringify({ path, fingerprint, sessions } satisfies Cached), { mode: 0o600 });
      renameSync(temp, cacheFile);
    } catch {
      /* no cache: the next Tab reads the store again */
    }
  }
  return sessions;
}

/** Answers one completion request; always exit 0 (a shell shows nothing rather than an error). */
export async function answerCompletionRequest(io: Io, words: readonly string[]): Promise<number> {
  const typed = words.length === 0 ? [''] : words;
  // `--lang fr` on the line, else the locale.
  const i = typed.findIndex((w, at) => w === '--lang' && at < typed.length - 2);
  const lang = detectLang(i >= 0 ? typed[i + 1] : typed.find((w) => w.startsWith('--lang='))?.slice('--lang='.length), io.env);
  let answer = completeWords(typed, lang, null);
  if (answer.needsSessions) {
    let sessions: SessionChoice[] = [];
    try {
      sessions = await sessionsOf(storeNamedIn(typed, io), io);
    } catch {
      /* an unusable store offers no id */
    }
    answer = completeWords(typed, lang, sessions);
  }
  const lines = answer.candidates.map((c) => (c.description ? `${c.value}\t${c.description}` : c.value));
  io.stdout.write([...lines, `:${answer.directive}`].join('\n') + '\n');
  return 0;
}
