import { escapeForDisplay } from '../escapeForDisplay';

/**
 * Aligns tab-separated cells into columns, for terminal lists. The last column is not padded.
 * Every cell is escaped for display (a value read from a file cannot take over the terminal).
 */
export function formatTable(header: string, rows: readonly (readonly string[])[]): string {
  const all = [header.split('\t'), ...rows.map((r) => r.map((cell) => escapeForDisplay(cell)))];
  const widths: number[] = [];
  for (const row of all) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return all
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - [...cell].length))).join('  ').trimEnd())
    .join('\n');
}
