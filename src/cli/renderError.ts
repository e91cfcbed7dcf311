import { escapeForDisplay } from '../escapeForDisplay';
import { CapruralError, type Detail } from '../errors';
import type { Translate } from '../i18n/translate';

/** Renders an error and its detail lines in the user's language. */
export function renderError(error: CapruralError, t: Translate): string {
  const first = (e: CapruralError) => t(e.key, e.params as never).split('\n')[0]!;
  const line = (d: Detail): string => {
    if (typeof d === 'string') return escapeForDisplay(d);
    if (d instanceof CapruralError) return first(d);
    return `${t('atLine', { line: d.line })} ${first(d.error)}`;
  };
  const details = error.details.map((d) => `  - ${line(d)}`);
  return [t(error.key, error.params as never), ...details].join('\n');
}

