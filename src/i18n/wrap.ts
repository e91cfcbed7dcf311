// Widths at a terminal and wrapping on words: messages and prompts are cut between words at the
// terminal's width, never in the middle of one (a terminal left to itself cuts "inscri-ption").

// Made on first use: creating a segmenter loads ICU's break rules (10-40 ms at start-up), which
// a command printing JSON or only ASCII never needs. Printable ASCII is one grapheme per character.
let segmenter: Intl.Segmenter | undefined;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * How much text the segmenter is given at once. Its time grows faster than the text's length (150,000
 * « é » in one go: 19 s), so a long text is segmented window by window, each one starting where the
 * last whole grapheme of the one before ended (see below why that gives the same graphemes).
 */
const WINDOW = 4096;

/**
 * Characters each of which is a grapheme of one column, whatever surrounds it: printable ASCII,
 * Latin letters (French ones composed: é, œ, Ç), the punctuation of French text (« », ’, …, –) and €.
 * The soft hyphen, the zero-width characters, © and ® (pictographs: two columns, as emoji) are not among them.
 */
const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u024f\u2010-\u2027\u20ac]*$/;

/** The graphemes of a text: "É" is one, whether composed or written E + combining accent. */
export function graphemes(text: string): string[] {
  if (PRINTABLE_ASCII.test(text) || ONE_COLUMN_EACH.test(text)) return [...text];
  segmenter ??= new Intl.Segmenter('fr', { granularity: 'grapheme' });
  if (text.length <= WINDOW) return Array.from(segmenter.segment(text), (s) => s.segment);
  const out: string[] = [];
  let from = 0;
  while (from < text.length) {
    let end = Math.min(text.length, from + WINDOW);
    // Never between the two halves of a character outside the BMP (an emoji, a flag's letter).
    if (end < text.length && /[\ud800-\udbff]/.test(text[end - 1]!)) end -= 1;
    const parts = Array.from(segmenter.segment(text.slice(from, end)), (s) => s.segment);
    // Boundaries inside a window are those of the whole text (a boundary depends on what comes
    // before it and the one character after it); its last grapheme may go on after it: it is
    // segmented again with the next window (unless the text ends there, or it is the window's only
    // one: one grapheme that long is kept whole).
    if (end < text.length && parts.length > 1) parts.pop();
    for (const part of parts) {
      out.push(part);
      from += part.length;
    }
  }
  return out;
}

// East Asian wide and full-width characters and emoji take two columns at a terminal.
const WIDE =
  /^[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
// Built on first use: a Unicode property class costs about 0.1 ms to build, at every start otherwise.
let ZERO: RegExp | undefined;

/** The columns one grapheme takes: 0, 1 or 2. */
export function graphemeWidth(g: string): number {
  if ((ZERO ??= /^[\p{M}\p{Cf}]+$/u).test(g)) return 0;
  return WIDE.test(g) || /\p{Extended_Pictographic}/u.test(g) ? 2 : 1;
}

/** A colour or style sequence (ESC [ … m): it takes no column. */
const SGR = /\u001b\[[0-9;:]*m/g;

/** The number of terminal columns a text takes: an accented letter is one, whether composed or not; colours none. */
export function displayWidth(text: string): number {
  const plain = text.includes('\u001b') ? text.replace(SGR, '') : text;
  if (ONE_COLUMN_EACH.test(plain)) return plain.length;
  let width = 0;
  for (const g of graphemes(plain)) width += graphemeWidth(g);
  return width;
}

/** The indentation of a line's continuation: its own, plus a list marker's ("  - ", "  • ", "  1. "). */
const HANGING = /^((?:\u001b\[[0-9;:]*m)*)( *)((?:[-•*~!]|\d+\.|\d+\)) )?/;

/**
 * `text` wrapped on words to `width` columns, line by line; undefined `width` (not a terminal)
 * leaves it whole. A continued line keeps its indentation (after a list marker, under its text);
 * a word longer than a line stays whole on its own line (a path, a URL, a command to copy).
 */
export function wrapWords(text: string, width: number | undefined): string {
  if (width === undefined || width < 20) return text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

/**
 * The words with each command meant to be copied glued into one, so that it is never broken across
 * lines (pasting the first half would run it without its last arguments): a `caprural …` that
 * follows a colon or opens the line runs to the end of the line; one in quotes (`'caprural …'`)
 * to its closing quote.
 */
function commandsWhole(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const quote = /^['`]caprural$/.test(word) ? word[0]! : null;
    if (quote !== null) {
      let end = i + 1;
      while (end < words.length && !words[end]!.replace(/[.,;:!?)»]+$/, '').endsWith(quote)) end += 1;
      out.push(words.slice(i, Math.min(end, words.length - 1) + 1).join(' '));
      i = Math.min(end, words.length - 1);
    } else if (word === 'caprural' && i + 1 < words.length && (i === 0 || words[i - 1]!.endsWith(':'))) {
      out.push(words.slice(i).join(' '));
      break;
    } else out.push(word);
  }
  return out;
}

/**
 * French spacing kept with its word: a `:` `;` `?` `!` or closing `»` written after a space goes
 * with the word before it, an opening `«` with the word after it, so that no line starts with
 * ` : …` or ends with `« ` (the space between them is kept as written).
 */
export function frenchPunctuationGlued(words: string[]): string[] {
  const out: string[] = [];
  let opening = '';
  for (const word of words) {
    if (word === '«') opening += `${word} `;
    else if (/^[:;?!»]/.test(word) && out.length > 0 && opening === '') out[out.length - 1] += ` ${word}`;
    else {
      out.push(`${opening}${word}`);
      opening = '';
    }
  }
  if (opening !== '') out.push(opening.trimEnd());
  return out;
}

function wrapLine(line: string, width: number): string {
  if (displayWidth(line) <= width) return line;
  const [lead, , spaces, marker] = HANGING.exec(line)!;
  // A deep indentation keeps at most half the width for the text.
  let indent = ' '.repeat(Math.min(spaces!.length + (marker?.length ?? 0), Math.floor(width / 2)));
  let rest = line.slice(lead.length);
  // A label padded to a column ("Contenu :     6 sessions, …"): the value continues under its
  // column, and its first word stays beside the label (a path longer than the line included).
  const labelled = marker ? null : /^(\S(?:\S| (?! ))*? {2,})(\S+) ?/.exec(rest);
  let first: string[] = [];
  if (labelled && lead.length + displayWidth(labelled[1]!) <= Math.floor(width / 2)) {
    indent = ' '.repeat(lead.length + displayWidth(labelled[1]!));
    first = [`${labelled[1]}${labelled[2]}`];
    rest = rest.slice(labelled[0].length);
  }
  const words = [...first, ...(rest === '' ? [] : frenchPunctuationGlued(commandsWhole(rest.split(' '))))];
  const lines: string[] = [];
  let current = lead;
  let empty = true;
  for (const word of words) {
    const next = empty ? `${current}${word}` : `${current} ${word}`;
    if (!empty && displayWidth(next) > width) {
      lines.push(current);
      current = `${indent}${word}`;
    } else current = next;
    empty = false;
  }
  lines.push(current);
  return lines.join('\n');
}
