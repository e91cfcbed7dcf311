// What the shell offers at a Tab: computed from the command table alone (names, French names,
// options, what each value is), so that completion never lists a command or option that
// `caprural` would not take. Pure: the session ids are passed in.
import { EXPORT_KIND_ALIASES, EXPORT_KINDS, exportKindName } from '../export/kindNames';
import { escapeForDisplay } from '../escapeForDisplay';
import { helpTexts } from '../i18n/languages';
import type { Lang } from '../i18n/translate';
import type { ArgSpec, CommandSpec, Completes, OptionSpec } from './commandTable';
import { COMMANDS, GLOBAL_OPTIONS, GROUP_ALIASES, GROUPS } from './commands';

/** One candidate: the word, and what it is (shown by zsh and fish). */
export interface Candidate {
  value: string;
  description: string;
}

/** The shells' directives (the protocol of @bomb.sh/tab, from cobra): 4 = no file names, 0 = file names when nothing else. */
export const NO_FILES = 4;
export const FILES_TOO = 0;

export interface CompletionAnswer {
  candidates: Candidate[];
  directive: number;
  /** The answer needs the store's sessions, which were not given (null): ask again with them. */
  needsSessions?: true;
}

/** A session as completion shows it. */
export interface SessionChoice {
  id: string;
  title: string;
  year: number;
}

type Node = { kind: 'root' } | { kind: 'group'; group: keyof typeof GROUPS } | { kind: 'command'; spec: CommandSpec };

/** Ids and words that may be offered to a shell: letters, digits and a few marks, nothing it would interpret. */
const SAFE = /^[\p{L}\p{N}][\p{L}\p{N}._:+@-]*$/u;

/** One line, no tab, at most 70 characters, every control shown visibly. */
function describe(text: string): string {
  const line = escapeForDisplay(text.replace(/[\t\r\n]+/g, ' ')).replace(/\t/g, ' ');
  const chars = [...line];
  return chars.length <= 70 ? line : `${chars.slice(0, 69).join('')}…`;
}

const optionName = (o: OptionSpec) => o.flags.split(/[ ,]/)[0]!;
const takesValue = (o: OptionSpec) => o.kind === 'value' || o.kind === 'list';

/** The names of a command or group: English first, then its French ones. */
function namesOf(node: Node): string[] {
  if (node.kind === 'group') return [node.group, ...GROUP_ALIASES[node.group]];
  if (node.kind === 'command') return [node.spec.name.split(' ').at(-1)!, ...(node.spec.aliases ?? [])];
  return [];
}

/** The commands and groups directly under `node`. */
function children(node: Node): Node[] {
  if (node.kind === 'command') return [];
  const depth = node.kind === 'root' ? 0 : 1;
  const seen = new Set<string>();
  const out: Node[] = [];
  for (const spec of COMMANDS) {
    const words = spec.name.split(' ');
    if (node.kind === 'group' && words[0] !== node.group) continue;
    if (words.length === depth + 1) out.push({ kind: 'command', spec });
    else if (depth === 0 && !seen.has(words[0]!)) {
      seen.add(words[0]!);
      out.push({ kind: 'group', group: words[0] as keyof typeof GROUPS });
    }
  }
  return out;
}

function describeNode(node: Node, lang: Lang): string {
  const help = helpTexts(lang);
  if (node.kind === 'group') return describe(help[GROUPS[node.group]]);
  if (node.kind === 'command') return describe(help[node.spec.help]);
  return '';
}

/** Names in the user's language first; when none starts with what was typed, the other language's. */
function preferred(cands: Array<{ names: string[]; description: string }>, typed: string, lang: Lang): Candidate[] {
  const first = (names: string[]) => (lang === 'fr' ? (names[1] ?? names[0]!) : names[0]!);
  const main = cands.map((c) => ({ value: first(c.names), description: c.description })).filter((c) => c.value.startsWith(typed));
  if (main.length > 0 || typed === '') return main;
  return cands.flatMap((c) => c.names.filter((n) => n.startsWith(typed)).map((value) => ({ value, description: c.description })));
}

function valuesOf(complete: Completes | undefined, choices: readonly string[] | undefined, typed: string, lang: Lang, sessions: readonly SessionChoice[] | null): CompletionAnswer {
  if (complete === 'files') return { candidates: [], directive: FILES_TOO };
  if (complete === 'sessions') {
    if (sessions === null) return { candidates: [], directive: NO_FILES, needsSessions: true };
    const candidates = sessions.filter((s) => SAFE.test(s.id) && s.id.startsWith(typed)).map((s) => ({ value: s.id, description: describe(`${s.year} · ${s.title}`) }));
    return { candidates, directive: NO_FILES };
  }
  if (complete === 'exportKinds') {
    const kinds = EXPORT_KINDS.map((k) => ({ names: [k, ...EXPORT_KIND_ALIASES[k]], description: exportKindName(k, 'fr') === k ? '' : lang === 'fr' ? k : exportKindName(k, 'fr') }));
    return { candidates: dedupe(preferred(kinds, typed, lang)), directive: NO_FILES };
  }
  const words = complete ?? choices ?? [];
  return { candidates: words.filter((w) => w.startsWith(typed)).map((value) => ({ value, description: '' })), directive: NO_FILES };
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => !seen.has(c.value) && Boolean(seen.add(c.value)));
}

/**
 * The candidates for the last word of `words` (the words after `caprural`; the last is the one
 * being completed, '' after a space). Never throws: an unknown word just means no candidate.
 * `sessions` null: not read yet (the answer says when it needs them).
 */
export function completeWords(words: readonly string[], lang: Lang, sessions: readonly SessionChoice[] | null = []): CompletionAnswer {
  const typed = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  const help = helpTexts(lang);
  let node: Node = { kind: 'root' };
  let expecting: OptionSpec | undefined;
  let positional = 0;
  let afterDashes = false;
  const given = new Set<string>();
  const optionsOf = (n: Node): Array<[string, OptionSpec]> => [...(n.kind === 'command' ? Object.values(n.spec.options) : []), ...Object.values(GLOBAL_OPTIONS)].map((o) => [optionName(o), o]);
  const findOption = (n: Node, name: string) => optionsOf(n).find(([flag, o]) => flag === name || (o.kind === 'toggle' && name === flag.replace(/^--/, '--no-')))?.[1];

  for (const word of before) {
    if (expecting) {
      expecting = undefined;
      continue;
    }
    if (!afterDashes && word === '--') {
      afterDashes = true;
      continue;
    }
    if (!afterDashes && word.startsWith('-')) {
      const option = findOption(node, word.split('=')[0]!);
      if (option) {
        given.add(optionName(option));
        if (takesValue(option) && !word.includes('=')) expecting = option;
      }
      continue;
    }
    // `caprural help <command…>` completes the commands, as at the start.
    if (node.kind === 'root' && word === 'help') continue;
    if (node.kind !== 'command') {
      const next: Node | undefined = children(node).find((child) => namesOf(child).includes(word));
      if (!next) return { candidates: [], directive: NO_FILES };
      node = next;
      continue;
    }
    positional += 1;
  }

  if (expecting) return valuesOf(expecting.complete, expecting.choices, typed, lang, sessions);
  if (!afterDashes && typed.startsWith('-')) {
    if (typed.includes('=')) return { candidates: [], directive: NO_FILES };
    const options = optionsOf(node).filter(([flag, o]) => o.kind === 'list' || !given.has(flag));
    const candidates: Candidate[] = [];
    for (const [flag, o] of options) {
      candidates.push({ value: flag, description: describe(help[o.help]) });
      if (o.kind === 'toggle') candidates.push({ value: flag.replace(/^--/, '--no-'), description: describe(help[o.negatedHelp!]) });
    }
    candidates.push({ value: '--help', description: describe(help.optHelp) });
    if (node.kind === 'root') candidates.push({ value: '--version', description: describe(help.optVersion) });
    return { candidates: dedupe(candidates.filter((c) => c.value.startsWith(typed))), directive: NO_FILES };
  }
  if (node.kind !== 'command') {
    const cands = children(node).map((child) => ({ names: namesOf(child), description: describeNode(child, lang) }));
    return { candidates: dedupe(preferred(cands, typed, lang)), directive: NO_FILES };
  }
  const arg: ArgSpec | undefined = node.spec.args[positional];
  if (!arg) return { candidates: [], directive: NO_FILES };
  if (!arg.complete) return { candidates: [], directive: NO_FILES };
  return valuesOf(arg.complete, undefined, typed, lang, sessions);
}
