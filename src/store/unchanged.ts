const UNCHANGED = Symbol('caprural.unchanged');

/** What a store change returns when it found nothing to change: the store is not written. */
export interface Unchanged<T> {
  readonly [UNCHANGED]: true;
  readonly result: T;
}

/** Inside `store.update`: "nothing to write", with the result to return (no write, no backup, no log). */
export function unchanged<T>(result: T): Unchanged<T> {
  return { [UNCHANGED]: true, result };
}

export function isUnchanged<T>(value: T | Unchanged<T>): value is Unchanged<T> {
  return typeof value === 'object' && value !== null && UNCHANGED in value;
}
