import { escapeForDisplay } from '../escapeForDisplay';
import { displayWidth, frenchPunctuationGlued, graphemes, graphemeWidth } from '../i18n/wrap';

/**
 * How a column may be shortened when the table is wider than the terminal.
 * - `shrink`: the higher, the sooner this column gives up width, down to its minimum, before any column
 *   of a lower level is touched (0 or absent: never shortened, unless nothing else fits);
 * - `min`: the narrowest it may become (default 6 columns);
 * - `cut`: which part of a long cell is kept: its start (`end`, the default: "Inscription confirmée…"),
 *   its end (`start`: "…n000034.json"), or for titles that share a prefix before " : ", the part
 *   after the last " : " ("… : amorcer les dynamiques…"), or the leading whole words (`words`: a date
 *   loses its time, seats their fill bar; no ellipsis);
 * - `drop`: the column may be left out when even every minimum does not fit (the higher, the sooner).
 */
export interface ColumnFit {
  shrink?: number;
  min?: number;
  cut?: 'end' | 'start' | 'title' | 'words';
  drop?: number;
}

export interface TableOptions {
  /** The terminal's width in columns; undefined (piped output) leaves every cell whole. */
  width?: number;
  /** One entry per column, in order; a missing entry is a column that is never shortened. */
  columns?: readonly (ColumnFit | undefined)[];
}

export { displayWidth } from '../i18n/wrap';

/** The first graphemes of `text` that fit in `width` columns. */
function head(text: string, width: number): string {
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const w = graphemeWidth(g);
    if (used + w > width) break;
    out += g;
    used += w;
  }
  return out;
}

/** The last graphemes of `text` that fit in `width` columns. */
function tail(text: string, width: number): string {
  let out = '';
  let used = 0;
  for (const g of graphemes(text).reverse()) {
    const w = graphemeWidth(g);
    if (used + w > width) break;
    out = g + out;
    used += w;
  }
  return out;
}

/**
 * `text` shortened to at most `width` columns, an ellipsis marking what was left out. `marked`
 * (cells): a bracket left out by `words` is marked ("confirmée (…)"); a header loses it silently.
 */
export function fitText(text: string, width: number, cut: ColumnFit['cut'] = 'end', marked = true): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 1) return head('…', width);
  if (cut === 'start') return `…${tail(text, width - 1)}`;
  if (cut === 'words') {
    const words = text.split(' ');
    let kept = '';
    for (const word of words) {
      const next = kept === '' ? word : `${kept} ${word}`;
      if (displayWidth(next) > width) break;
      kept = next;
    }
    // A clause cut in its middle would read as whole ("2017, date" of "2017, date non fixée"):
    // what comes before its comma is kept instead ("2017").
    const comma = kept.lastIndexOf(',');
    if (comma > 0) return kept.slice(0, comma);
    // Nor a bracket: "confirmée (dérogation" would hide that it goes on; "confirmée (…)" says so.
    const open = kept.lastIndexOf(' (');
    if (open > 0 && !kept.slice(open).includes(')')) kept = kept.slice(0, open);
    if (marked && kept !== '' && text.slice(kept.length).startsWith(' (')) return [`${kept} (…)`, `${kept}…`, kept].find((short) => displayWidth(short) <= width)!;
    if (kept !== '') return kept;
  }
  if (cut === 'title') {
    const at = text.lastIndexOf(' : ');
    if (at > 0) return fitText(`… :${text.slice(at + 2)}`, width, 'end');
  }
  return `${head(text, width - 1).trimEnd()}…`;
}

/** The widths of the columns once the widest, least useful ones have given up what does not fit. */
function fitWidths(natural: number[], all: readonly (readonly string[])[], fits: readonly (ColumnFit | undefined)[], width: number, lastResort: boolean): number[] {
  const widths = [...natural];
  const headers = all[0]!;
  const total = (): number => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  // A column cut on words keeps at least its widest first word ("programmée", never "programm…").
  const firstWords = natural.map((_, i) => (fits[i]?.cut === 'words' ? Math.max(0, ...all.slice(1).map((row) => displayWidth((row[i] ?? '').split(' ')[0]!))) : 0));
  // A column declared shortenable keeps its minimum and a short header whole; any other one, all of it.
  const min = (i: number) => (fits[i]?.shrink ? Math.min(natural[i]!, Math.max(fits[i]!.min ?? 6, firstWords[i]!, Math.min(displayWidth(headers[i] ?? ''), 12))) : natural[i]!);
  // First the declared order (highest `shrink` first, the widest first among equals) down to each
  // column's minimum; then, if that is not enough, any column down to 3 columns ("ab…").
  for (const floor of lastResort ? [min, (i: number) => Math.min(natural[i]!, 3)] : [min]) {
    const levels = [...new Set(widths.map((_, i) => fits[i]?.shrink ?? 0))].sort((a, b) => b - a);
    for (const level of levels) {
      let excess = total() - width;
      while (excess > 0) {
        let widest = -1;
        widths.forEach((w, i) => {
          if ((fits[i]?.shrink ?? 0) === level && w > floor(i) && (widest < 0 || w > widths[widest]!)) widest = i;
        });
        if (widest < 0) break;
        widths[widest]! -= 1;
        excess -= 1;
      }
      if (excess <= 0) return widths;
    }
  }
  return widths;
}

/**
 * Aligns tab-separated cells into columns, for terminal lists. The last column is not padded.
 * Every cell is escaped for display (a value read from a file cannot take over the terminal).
 * Given the terminal's `width`, the table fits it: the columns declared shortenable give up width
 * first (see `ColumnFit`); without it (piped output) every cell is whole.
 */
export function formatTable(header: string, rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  let all = [header.split('\t'), ...rows.map((r) => r.map((cell) => escapeForDisplay(cell)))];
  let fits = options.columns ?? [];
  const naturalOf = () => {
    const natural: number[] = [];
    for (const row of all) row.forEach((cell, i) => (natural[i] = Math.max(natural[i] ?? 0, displayWidth(cell))));
    return natural;
  };
  let natural = naturalOf();
  const droppable = () => fits.some((f) => f?.drop !== undefined);
  // A column cut on words may need less than it was given ("02/02/2018" in 15 columns): it keeps
  // what its cells take once cut, and the columns shortened before get the rest back.
  const fitted = (): number[] => {
    let widths = fitWidths(natural, all, fits, options.width!, !droppable());
    let fixedNatural = natural;
    let fixedFits = fits;
    // Until no column gives anything back (each round fixes at least one column).
    for (let round = 0; round < fits.length; round += 1) {
      const used = widths.map((w, i) => (fits[i]?.cut === 'words' && w < natural[i]! ? Math.max(...all.map((row) => displayWidth(fitText(row[i] ?? '', w, 'words', row !== all[0])))) : w));
      if (!used.some((w, i) => w < widths[i]!)) break;
      const freed = (i: number) => used[i]! < widths[i]!;
      fixedNatural = fixedNatural.map((n, i) => (freed(i) ? used[i]! : n));
      fixedFits = fixedFits.map((f, i) => (freed(i) ? undefined : f));
      widths = fitWidths(fixedNatural, all, fixedFits, options.width!, !droppable());
    }
    return widths;
  };
  let widths = options.width === undefined ? natural : fitted();
  const total = (): number => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  // Still too wide at every minimum: leave out the droppable columns, the least useful first.
  while (options.width !== undefined && total() > options.width) {
    let drop = -1;
    fits.forEach((f, i) => {
      if (f?.drop !== undefined && (drop < 0 || f.drop > fits[drop]!.drop!)) drop = i;
    });
    if (drop < 0) break;
    all = all.map((row) => row.filter((_, i) => i !== drop));
    fits = fits.filter((_, i) => i !== drop);
    natural = naturalOf();
    widths = fitted();
  }
  return all
    .map((row, r) =>
      row
        .map((cell, i) => {
          const text = widths[i]! < natural[i]! ? fitText(cell, widths[i]!, fits[i]?.cut, r > 0) : cell;
          return i === row.length - 1 ? text : text + ' '.repeat(Math.max(0, widths[i]! - displayWidth(text)));
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * A line of text wrapped at word boundaries to `width` columns, the lines after the first indented
 * by `indent` spaces; undefined `width` (piped output) leaves it whole. A word longer than a line is cut.
 * French spacing stays with its word, as in `wrapWords`: no line starts with ` : …` or ends with `« `.
 */
export function wrapText(text: string, width: number | undefined, indent = 4): string {
  if (width === undefined || displayWidth(text) <= width) return text;
  const lines: string[] = [];
  const lead = /^ */.exec(text)![0];
  let line = '';
  for (const word of frenchPunctuationGlued(text.slice(lead.length).split(' '))) {
    const prefix = lines.length === 0 ? lead : ' '.repeat(indent);
    const next = line === '' ? `${prefix}${word}` : `${line} ${word}`;
    if (line !== '' && displayWidth(next) > width) {
      lines.push(line);
      line = fitText(`${' '.repeat(indent)}${word}`, width);
    } else line = displayWidth(next) > width ? fitText(next, width) : next;
  }
  lines.push(line);
  return lines.join('\n');
}
