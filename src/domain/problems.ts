import { CapruralError, UsageError } from '../errors';

/**
 * Collects every input problem of one command, so the user fixes them all at once:
 * the first becomes the error, the others its detail lines.
 */
export class Problems {
  private readonly found: CapruralError[] = [];

  /** Runs a parser; records its UsageError instead of throwing. */
  check<T>(parse: () => T): T | undefined {
    try {
      return parse();
    } catch (error) {
      if (error instanceof UsageError) {
        this.found.push(error);
        return undefined;
      }
      throw error;
    }
  }

  add(error: CapruralError): void {
    this.found.push(error);
  }

  throwIfAny(): void {
    const [first, ...rest] = this.found;
    if (first) throw new CapruralError(first.exitCode, first.key, first.params, [...first.details, ...rest]);
  }
}
