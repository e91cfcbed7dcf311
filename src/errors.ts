import type { MessageKey, MessageParams } from './i18n/messages';

/**
 * A detail line under an error: plain text (a candidate), another error (its first line), another
 * error said whole (its lines joined: what is wrong, then what to do), or an error at a line (and
 * column, as its header is written) of a file.
 */
export type Detail = string | CapruralError | { whole: CapruralError } | { line: number; column?: string; error: CapruralError };

/**
 * Every failure a user can cause or meet is one of these. Each carries a message key
 * (rendered in the user's language by src/main.ts) and the exit code of the contract:
 * 1 refused by a rule, 2 usage or input, 3 store unusable, 130 interrupted.
 */
export class CapruralError extends Error {
  constructor(
    readonly exitCode: 1 | 2 | 3 | 130,
    readonly key: MessageKey,
    readonly params: object,
    /** Extra lines (candidates, every failed rule, bad CSV rows) shown under the message. */
    readonly details: readonly Detail[] = [],
  ) {
    super(String(key));
    this.name = new.target.name;
  }
}

/** Exit 2: an unknown option, an invalid value, an id or name that matches nothing. */
export class UsageError<K extends MessageKey = MessageKey> extends CapruralError {
  constructor(key: K, params: MessageParams<K>, details: readonly Detail[] = []) {
    super(2, key, params as object, details);
  }
}

/** Exit 1: the request is well-formed but a rule of the brochure (or of the contract) refuses it. */
export class RuleError<K extends MessageKey = MessageKey> extends CapruralError {
  constructor(key: K, params: MessageParams<K>, details: readonly Detail[] = []) {
    super(1, key, params as object, details);
  }
}

/** Exit 3: the store cannot be used (unreadable, invalid, newer schema, locked for too long). */
export class StoreError<K extends MessageKey = MessageKey> extends CapruralError {
  constructor(key: K, params: MessageParams<K>, details: readonly Detail[] = []) {
    super(3, key, params as object, details);
  }
}

/** Exit 130: the user pressed Ctrl-C at a prompt. */
export class InterruptedError extends CapruralError {
  constructor() {
    super(130, 'interrupted', {});
  }
}
