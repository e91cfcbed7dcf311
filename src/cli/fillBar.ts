/**
 * A small text bar of a session's seats taken, for `caprural sessions` at a terminal:
 * "███████░░░" is 7 of 10 parts full. Empty without a capacity (no limit: nothing to fill).
 * A session with at least one seat taken shows at least one full part; only a full one shows all.
 */
export function fillBar(confirmed: number, capacity: number | null, width = 10): string {
  if (capacity === null || capacity <= 0) return '';
  const ratio = Math.min(1, Math.max(0, confirmed / capacity));
  let full = Math.round(ratio * width);
  if (confirmed > 0 && full === 0) full = 1;
  if (ratio < 1 && full === width) full = width - 1;
  return '█'.repeat(full) + '░'.repeat(width - full);
}
