import { CapruralError } from '../errors';

/**
 * The one collector of input problems: every value of one command (or of one row of a file) is
 * checked, and the user fixes them all at once. An input problem is a CapruralError of exit 2
 * (UsageError, or one rebuilt with its details); anything else is thrown at once.
 */
export class Problems {
  private readonly found: CapruralError[] = [];

  /** Runs a parser; records its input problem instead of throwing it, and returns undefined then. */
  check<T>(parse: () => T): T | undefined {
    try {
      return parse();
    } catch (error) {
      if (error instanceof CapruralError && error.exitCode === 2) {
        this.found.push(error);
        return undefined;
      }
      throw error;
    }
  }

  add(error: CapruralError): void {
    this.found.push(error);
  }

  /** The problems found, in the order found. */
  get all(): readonly CapruralError[] {
    return this.found;
  }

  /** Throws the first problem, the others as its detail lines. */
  throwIfAny(): void {
    const [first, ...rest] = this.found;
    if (first) throw new CapruralError(first.exitCode, first.key, first.params, [...first.details, ...rest]);
  }
}
