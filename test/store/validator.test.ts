import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
// @ts-expect-error the generator is a plain ESM script without types
import { generateValidator } from '../../scripts/generateValidator.js';

describe('the generated store validator', () => {
  it('is up to date with src/store/schema.ts (run node scripts/generateValidator.js after a schema change)', async () => {
    const committed = readFileSync(new URL('../../src/store/validateStore.generated.js', import.meta.url), 'utf8');
    expect(committed).toBe(await generateValidator());
  });
});
