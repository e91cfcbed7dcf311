import { escapeForDisplay } from '../escapeForDisplay';
import { language } from './languages';
import type { MessageKey, MessageParams, Messages } from './messages';

export type Lang = 'fr' | 'en';

/** `--lang` if given, else French when LC_ALL / LC_MESSAGES / LANG says so, else English. */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (flag === 'fr' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^fr([_.-]|$)/i.test(locale) ? 'fr' : 'en';
}

export type Translate = <K extends MessageKey>(key: K, params?: MessageParams<K>) => string;

export function translator(lang: Lang): Translate {
  const table: Messages = language(lang).messages;
  return (key, params) => (table[key] as (p: unknown) => string)(params ? visible(params) : {});
}

/**
 * Values quoted in messages (a CSV cell, a typed name, a file name) are escaped for display:
 * controls, escape sequences, bidi and zero-width characters are shown visibly, never sent raw,
 * and line breaks show as \n, so a message stays its one or two lines and the value is shown whole.
 */
function visible(params: object): object {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'string') out[k] = escapeForDisplay(clip(k, v));
    else if (Array.isArray(v)) out[k] = v.map((x: unknown) => (typeof x === 'string' ? escapeForDisplay(clip(k, x)) : x));
    else out[k] = v;
  }
  return out;
}

/**
 * Parameters that quote a value typed or read from a file (or an id, which may come from one):
 * at most QUOTE_MAX characters are quoted. Paths, lists and descriptions caprural composes are whole.
 */
const QUOTED = new Set([
  'value',
  'ref',
  'name',
  'email',
  'reason',
  'which',
  'title',
  'kind',
  'key',
  'id',
  'session',
  'option',
  'text',
  'subject',
  'problem',
  'to',
  'payer',
  'sessionId',
  'memberId',
  'courseId',
  'organisationId',
  'cell',
  'column',
]);
/** The most of a value a message quotes (a 100 MB CSV cell makes a one-line message, not a 100 MB one). */
export const QUOTE_MAX = 80;

function clip(key: string, value: string): string {
  if (value.length <= QUOTE_MAX || !QUOTED.has(key)) return value;
  const chars = [...value];
  // Already cut and escaped the same way (shownValue, for the rows of an import; escapes such as
  // \u202E make it longer than it was): left as it is.
  if (chars.length <= QUOTE_MAX || (chars.at(-1) === '…' && chars.length <= QUOTE_MAX * 7)) return value;
  return `${chars.slice(0, QUOTE_MAX).join('')}…`;
}
