import { CapruralError } from '../errors';

/**
 * The one collector of input problems: every value of one command (or of one row of a file) is
 * checked, and the user fixes them all at once. An input problem is a CapruralError of exit 2
 * (UsageError, or one rebuilt with its details); anything else is thrown at once.
 */
export class Problems {
  private readonly found: Array<{ error: CapruralError; column?: string }> = [];

  /**
   * Runs a parser; records its input problem instead of throwing it, and returns undefined then.
   * `column`: the column of an imported file the value came from, as its header is written.
   */
  check<T>(parse: () => T, column?: string): T | undefined {
    try {
      return parse();
    } catch (error) {
      if (error instanceof CapruralError && error.exitCode === 2) {
        this.add(error, column);
        return undefined;
      }
      throw error;
    }
  }

  add(error: CapruralError, column?: string): void {
    this.found.push(column === undefined ? { error } : { error, column });
  }

  /** The problems found, in the order found. */
  get all(): readonly CapruralError[] {
    return this.found.map((f) => f.error);
  }

  /** The problems found, each with the column it was found in (when a file's cell). */
  get located(): ReadonlyArray<{ error: CapruralError; column?: string }> {
    return this.found;
  }

  /** Throws the first problem, the others as its detail lines. */
  throwIfAny(): void {
    const [first, ...rest] = this.all;
    if (first) throw new CapruralError(first.exitCode, first.key, first.params, [...first.details, ...rest]);
  }
}
