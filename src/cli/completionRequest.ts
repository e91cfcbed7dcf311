// The shell's request at each Tab (`caprural complete -- <words…>`, sent by the script that
// `caprural completion <shell>` prints): one candidate per line, `value<TAB>description`, then
// `:<directive>` (the protocol of @bomb.sh/tab). It reads the store only to list session ids,
// never creates, locks or changes it, and never fails: an unreadable store just offers no id.
import { detectLang } from '../i18n/translate';
import { locateStore, openStore, userCacheDir } from '../store/index';
import { completeWords, type SessionChoice } from './completeWords';
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

async function sessionsOf(path: string, io: Io): Promise<SessionChoice[]> {
  try {
    // Only an existing store is read: completion never creates one.
    const store = openStore(path, { namedBy: 'option', cacheDir: userCacheDir(io.env), lockWaitMs: 1 });
    if (!(await store.fileInfo()).exists) return [];
    const data = await store.read();
    // "Coopérer dans LEADER : amorcer les dynamiques…": the part after the cycle's name tells sessions apart.
    const distinct = (title: string) => (title.includes(' : ') ? title.slice(title.indexOf(' : ') + 3) : title);
    return [...data.sessions].sort((a, b) => b.year - a.year || a.id.localeCompare(b.id)).map((s) => ({ id: s.id, title: distinct(s.title), year: s.year }));
  } catch {
    return [];
  }
}

/** Answers one completion request; always exit 0 (a shell shows nothing rather than an error). */
export async function answerCompletionRequest(io: Io, words: readonly string[]): Promise<number> {
  // `--lang fr` on the line, else the locale.
  const i = words.findIndex((w, at) => w === '--lang' && at < words.length - 2);
  const lang = detectLang(i >= 0 ? words[i + 1] : words.find((w) => w.startsWith('--lang='))?.slice('--lang='.length), io.env);
  const needsSessions = words.length > 0;
  const sessions = needsSessions ? await sessionsOf(storeNamedIn(words, io), io) : [];
  const answer = completeWords(words.length === 0 ? [''] : words, lang, sessions);
  const lines = answer.candidates.map((c) => (c.description ? `${c.value}\t${c.description}` : c.value));
  io.stdout.write([...lines, `:${answer.directive}`].join('\n') + '\n');
  return 0;
}
