/** The names of the fields whose values differ between two versions of a record (for the log). */
export function changedFields<T extends object>(before: T, after: T): string[] {
  return (Object.keys(after) as Array<keyof T>).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k])).map(String);
}
