// A very long text without ASCII (150,000 « é » in a history line) made the human `log` take 19 s:
// the segmenter's time grows faster than the text. Long texts are segmented window by window,
// giving exactly the graphemes of one pass (QA4 F14).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { displayWidth, graphemes, graphemeWidth } from '../../src/i18n/wrap';

const once = (text: string) => Array.from(new Intl.Segmenter('fr', { granularity: 'grapheme' }).segment(text), (s) => s.segment);

/** Hostile pieces: composed and decomposed accents, flags (pairs of regional letters), emoji joined by ZWJ, Indic conjuncts, CR LF, Hangul jamo, stacked marks, an Arabic prepend, lone halves. */
const PIECES = ['é', 'e\u0301', '🇫🇷', '🇫', '👨‍👩‍👧', 'a', '\u0915\u094d\u0937', '\r\n', '한', '\u1100\u1161\u11a8', 'Z\u0335\u0336\u0337', '\u0600\u0661', ' ', '\u200d', '\ud83d'];

/** A pseudo-random text of `length` code units made of PIECES (a fixed seed: the same text every run). */
function hostileText(length: number, seed: number): string {
  let state = seed;
  let text = '';
  while (text.length < length) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    text += PIECES[state % PIECES.length];
  }
  return text;
}

describe('graphemes of a long text', () => {
  afterEach(() => vi.restoreAllMocks());

  it('the segmenter is never given more than a window, and the graphemes are those of one pass', () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    const text = 'é'.repeat(150_000);
    expect(graphemes(text)).toHaveLength(150_000);
    expect(Math.max(...segment.mock.calls.map(([t]) => t.length))).toBeLessThanOrEqual(4096);
    expect(displayWidth(text)).toBe(150_000);
  });

  it('French text takes one column per character without being segmented; every character is measured as one pass would', () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    expect(displayWidth('« Œuvray », l’été : 12 € – Noël…'.repeat(10_000))).toBe(32 * 10_000);
    expect(segment).not.toHaveBeenCalled();
    const oracle = (text: string) => once(text).reduce((w, g) => w + graphemeWidth(g), 0);
    for (let code = 0x20; code < 0x2100; code += 1) {
      const text = `a${String.fromCharCode(code)}é${String.fromCharCode(code)}`;
      expect(displayWidth(text), code.toString(16)).toBe(oracle(text));
      expect(graphemes(text), code.toString(16)).toEqual(once(text));
    }
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('hostile text %i: the same graphemes as one pass', (seed) => {
    const text = hostileText(13_000, seed);
    expect(graphemes(text)).toEqual(once(text));
  });
});
