// The one function that makes text safe to show: every value read from a file, the store, a flag
// or a prompt goes through it before it reaches a terminal (or any other display). A leaf module:
// it imports nothing, so every layer (cli, prompts, mail, documents, reports) may use it.

/**
 * What never reaches a display raw:
 * - C0 controls, DEL, C1 controls (\p{Cc}): ESC starts the escape sequences (OSC 52 writes the
 *   clipboard, CSI clears the screen), backspace and CR overwrite what was shown;
 * - format characters (\p{Cf}): bidi overrides, embeddings, isolates and marks, zero-width spaces
 *   and joiners, soft hyphen, word joiner, BOM, invisible operators, tag characters;
 * - line and paragraph separators (U+2028, U+2029), unpaired surrogates;
 * - invisible "letters" that render as blanks (Hangul fillers, Braille blank).
 */
const OTHER_UNSAFE = '\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}\\u115f\\u1160\\u3164\\uffa0\\u2800';
// Each pattern is built on first use: a Unicode property class (\p{Cf}) costs about 0.1 ms to
// build, at every start otherwise, and most runs use only one or two of them.
const lazy = (source: string, flags: string) => {
  let made: RegExp | undefined;
  return () => (made ??= new RegExp(source, flags));
};
const UNSAFE_SOURCE = `[\\p{Cc}${OTHER_UNSAFE}]`;
const HAS_UNSAFE = lazy(UNSAFE_SOURCE, 'u');
const UNSAFE = lazy(UNSAFE_SOURCE, 'gu');
// The same without LF and tab (kept in a whole text made of lines), and without CR too (JSON's
// own white space): long outputs are scanned without stopping at every line break.
const UNSAFE_BUT_LINES_SOURCE = `[\\0-\\x08\\x0b-\\x1f\\x7f-\\x9f${OTHER_UNSAFE}]`;
const UNSAFE_BUT_LINES = lazy(UNSAFE_BUT_LINES_SOURCE, 'gu');
const HAS_UNSAFE_BUT_LINES = lazy(UNSAFE_BUT_LINES_SOURCE, 'u');
const UNSAFE_IN_JSON_SOURCE = `[\\0-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f${OTHER_UNSAFE}]`;
const UNSAFE_IN_JSON = lazy(UNSAFE_IN_JSON_SOURCE, 'gu');
const HAS_UNSAFE_IN_JSON = lazy(UNSAFE_IN_JSON_SOURCE, 'u');
// A text made only of these characters is safe as it is, and is checked first, without the
// Unicode classes (built only for a text holding anything else): printable ASCII, the Latin-1
// and Latin Extended letters and signs (but the soft hyphen U+00AD, a format character), and the
// general punctuation of French text (’ « » – — … and the narrow no-break space U+202F). None
// is a control, format, separator or invisible character (test/display/escapeForDisplay.test.ts
// checks every character against the full patterns).
const SAFE_WIDE = '\\xa0-\\xac\\xae-\\u02ff\\u2010-\\u2027\\u202f-\\u205e\\u20ac';
const ALL_SAFE = lazy(`^[\\x20-\\x7e${SAFE_WIDE}]*$`, '');
const ALL_SAFE_BUT_LINES = lazy(`^[\\t\\n\\x20-\\x7e${SAFE_WIDE}]*$`, '');
const ALL_SAFE_IN_JSON = lazy(`^[\\t\\n\\r\\x20-\\x7e${SAFE_WIDE}]*$`, '');

// The colour and style sequences (SGR) that our own painting (node:util styleText, src/cli/program.ts) writes: reset, bold, dim,
// italic, underline, strike-through, their resets, foreground and background colours.
// Never conceal (8), blink (5, 6) or reverse (7).
const SGR_PARAM = '(?:0|1|2|3|4|9|2[1-49]|3[0-79]|4[0-79]|9[0-7]|10[0-7])';
const OWN_COLOUR = lazy(`^\\x1b\\[(?:${SGR_PARAM}(?:;${SGR_PARAM})*)?m`, '');

const NAMED: Record<string, string> = {
  '\0': '\\0',
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '\x1b': '\\e',
};

/** The visible form of one unsafe character: `\e`, `\n`, `\x9B`, `\u202E`, `\u{E0041}`. */
function visibleForm(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.codePointAt(0)!;
  const hex = code.toString(16).toUpperCase();
  if (code < 0xa0) return `\\x${hex.padStart(2, '0')}`;
  if (code < 0x10000) return `\\u${hex.padStart(4, '0')}`;
  return `\\u{${hex}}`;
}

export interface DisplayOptions {
  /** Keep line breaks (LF, CRLF) and tabs: for a whole text made of lines, not for a value. */
  keepLines?: boolean;
  /** Keep the colour sequences our own painting writes (and only those): for a whole painted text. */
  keepColours?: boolean;
}

/**
 * The text with every control, escape sequence, bidi control and invisible character shown
 * visibly (`\e]52;c;…\a`, `\u202E`, `\u200B`), never sent raw. Printable text, accents and
 * emoji are unchanged, and so are backslashes: applying it twice gives the same result.
 *
 * Use it on every value that enters a display: message parameters (done by the translator),
 * table cells (formatTable), prompts' messages and choices (src/prompts/ask.ts), log details,
 * file names, cells of imported files, text put in mails, PDFs or HTML. Without options it also
 * shows line breaks as `\n`, so a value keeps to its line. JSON output does not use it: see
 * `escapeJsonForDisplay`.
 */
export function escapeForDisplay(text: string, options: DisplayOptions = {}): string {
  const keepLines = Boolean(options.keepLines);
  if ((keepLines ? ALL_SAFE_BUT_LINES : ALL_SAFE)().test(text) || !(keepLines ? HAS_UNSAFE_BUT_LINES : HAS_UNSAFE)().test(text)) return text;
  return text.replace((keepLines ? UNSAFE_BUT_LINES : UNSAFE)(), (c: string, offset: number) => {
    // With keepLines, LF and tab are not matched; CR is kept before LF (CRLF), a lone CR would go
    // back over what was shown.
    if (keepLines && c === '\r' && text[offset + 1] === '\n') return c;
    if (options.keepColours && c === '\x1b' && OWN_COLOUR().test(text.slice(offset, offset + 24))) return c;
    return visibleForm(c);
  });
}

/**
 * A JSON text (as JSON.stringify writes it) safe for a terminal and still exact: the unsafe
 * characters JSON leaves raw (DEL, C1, bidi and zero-width characters, U+2028/9) become JSON's
 * own `\uXXXX` escapes, so a parser reads back the very same values.
 */
export function escapeJsonForDisplay(json: string): string {
  // Raw line breaks and tabs in a JSON text are white space between tokens (inside strings
  // JSON.stringify has already escaped them): they are not matched, they stay.
  if (ALL_SAFE_IN_JSON().test(json) || !HAS_UNSAFE_IN_JSON().test(json)) return json;
  return json.replace(UNSAFE_IN_JSON(), (c) => {
    let out = '';
    for (let i = 0; i < c.length; i += 1) out += `\\u${c.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`;
    return out;
  });
}
