import { UsageError } from '../errors';
import { parseFreeText } from './text';

/** A session's joining link (`--link`): an http(s) URL without spaces; "" clears it. */
export function parseLink(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  // eslint-disable-next-line no-control-regex
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || /[\s\u0000-\u001f\u007f]/.test(text) || text.length > 2000) {
    throw new UsageError('invalidLink', { value: input });
  }
  return text;
}

/** A session's place (`--place`): free text on one line; "" clears it. */
export function parsePlace(input: string): string | null {
  if (input.trim() === '') return null;
  const place = parseFreeText(input, 300);
  if (place === null) throw new UsageError('invalidText', { option: '--place', value: input });
  return place;
}
