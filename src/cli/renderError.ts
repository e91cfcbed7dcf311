import { shownValue } from '../domain/csvColumns';
import { escapeForDisplay } from '../escapeForDisplay';
import { CapruralError, type Detail } from '../errors';
import type { Translate } from '../i18n/translate';

/**
 * One bad row of an imported file, the same way for every import: "line N: message", or "line N,
 * column "Prénom": message" when the fault is in one cell (the column named by its header as the
 * file writes it); the values read from the file escaped and cut at 80 characters (they are
 * hostile until shown so).
 */
export function rowLine(t: Translate, line: number, error: CapruralError, column?: string): string {
  const params = Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, typeof v === 'string' ? shownValue(v) : v]));
  const at = column === undefined ? t('atLine', { line }) : t('atCell', { line, column: shownValue(column) });
  return `${at} ${t(error.key, params as never).split('\n')[0]!}`;
}

/** The detail lines under an error (candidates, failed rules, bad rows), in the user's language. */
export function errorDetails(error: CapruralError, t: Translate): string[] {
  const first = (e: CapruralError) => t(e.key, e.params as never).split('\n')[0]!;
  const line = (d: Detail): string => {
    if (typeof d === 'string') return escapeForDisplay(d);
    if (d instanceof CapruralError) return first(d);
    if ('whole' in d) return t(d.whole.key, d.whole.params as never).replace(/\s*\n\s*/g, ' ');
    return rowLine(t, d.line, d.error, d.column);
  };
  return error.details.map(line);
}

/** Renders an error and its detail lines in the user's language. */
export function renderError(error: CapruralError, t: Translate): string {
  return [t(error.key, error.params as never), ...errorDetails(error, t).map((d) => `  - ${d}`)].join('\n');
}

/** The rule each refusal or warning detail is about (DESIGN.md §3), for scripts. */
const RULE_OF_KEY: Readonly<Record<string, string>> = {
  ruleCapacity: 'R1',
  ruleDeadline: 'R2',
  ruleCotisation: 'R3',
  ruleCotisationNewPerson: 'R3',
  ruleAudience: 'R4',
  ruleDuplicate: 'R5',
  ruleStatus: 'R9',
  ruleAttendedBefore: 'R12',
};

/** One detail of an error for `--json`: its key, the rule it is about, its text, and the command it proposes. */
export interface JsonProblem {
  key?: string;
  rule?: string;
  message: string;
  command?: string;
}

/**
 * The details of an error as objects (`--json`'s `problems`), so that a script need not parse the
 * text: `{ key: "ruleCotisation", rule: "R3", message, command: "caprural … --year 2018" }`.
 */
export function errorProblems(error: CapruralError, t: Translate): JsonProblem[] {
  const lines = errorDetails(error, t);
  return error.details.map((d, i) => {
    const message = lines[i]!;
    // A problem said whole ends with what to do, its command quoted ('caprural member edit …').
    const quoted = typeof d === 'object' && 'whole' in d ? /'(caprural\s[^']+)'[^']*$/.exec(message)?.[1] : undefined;
    const command = quoted ?? /(?:^|\s)(caprural\s.+)$/.exec(message)?.[1];
    const key = d instanceof CapruralError ? String(d.key) : typeof d === 'string' ? undefined : 'whole' in d ? String(d.whole.key) : String(d.error.key);
    const rule = key === undefined ? undefined : RULE_OF_KEY[key];
    return { ...(key === undefined ? {} : { key }), ...(rule === undefined ? {} : { rule }), message, ...(command === undefined ? {} : { command }) };
  });
}

/** An error's message as one line for `--json`: its lines joined, without the colon that announced the details. */
export const jsonMessage = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ')
    .replace(/\s*:$/, '');
