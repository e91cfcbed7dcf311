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
    return rowLine(t, d.line, d.error, d.column);
  };
  return error.details.map(line);
}

/** Renders an error and its detail lines in the user's language. */
export function renderError(error: CapruralError, t: Translate): string {
  return [t(error.key, error.params as never), ...errorDetails(error, t).map((d) => `  - ${d}`)].join('\n');
}
