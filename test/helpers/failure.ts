import { expect } from 'vitest';
import { CapruralError } from '../../src/errors';

/** The error `promise` rejects with, checked to be a `kind` (a CapruralError by default); fails the test if it resolves. */
export async function failure(promise: Promise<unknown>, kind: abstract new (...args: never[]) => CapruralError = CapruralError): Promise<CapruralError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(kind);
  return error as CapruralError;
}
