// Each step turns a store of version N into version N + 1. Steps work on the raw parsed JSON
// (before validation), never throw on a wrong shape (validation after the last step reports it),
// and never touch the file: the migrated data is written at the next change, after the usual
// backup of the file being replaced (so the old version is kept beside the store).

type Raw = Record<string, unknown>;

const asArray = (value: unknown): unknown[] | null => (Array.isArray(value) ? value : null);
const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `steps[n]` migrates version n to n + 1. */
export const steps: Record<number, (raw: Raw) => Raw> = {
  // 1 -> 2: members gain anonymisedAt (null: nobody was anonymised before version 2 existed).
  1: (raw) => ({
    ...raw,
    schemaVersion: 2,
    members: asArray(raw.members)?.map((m) => (isRecord(m) && !('anonymisedAt' in m) ? { ...m, anonymisedAt: null } : m)) ?? raw.members,
  }),
  // 2 -> 3: only optional fields and collections were added (absent = empty), so the data is kept
  // as it is; the number changes so that a version-2 build says "newer" rather than "damaged".
  2: (raw) => ({ ...raw, schemaVersion: 3 }),
  // 3 -> 4: the history leaves the file for the one beside it. In memory, the entries the file held
  // stay in `log` with logSeq 0: none of them is in the history file yet, so the next change
  // appends them all (numbered from 1) before its own, then writes the store without them.
  3: (raw) => {
    const { log, ...rest } = raw;
    return { ...rest, schemaVersion: 4, log, logSeq: 0 };
  },
};

/** The oldest version this build can migrate from. */
export const OLDEST_SUPPORTED = 1;

/** Migrates raw store JSON of version `from` to `to`, step by step. */
export function migrate(raw: Raw, from: number, to: number): Raw {
  let current = raw;
  for (let version = from; version < to; version += 1) {
    const step = steps[version];
    if (!step) throw new Error(`no migration from schema ${version}`);
    current = step(current);
  }
  return current;
}
