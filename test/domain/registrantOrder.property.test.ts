// inRegistrantOrder skips sorting what is in order already: it must give exactly the list a
// stable sort by registrantOrder gives, in order or not, with ties on every key.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inRegistrantOrder, registrantOrder } from '../../src/domain/registrations';
import type { Registration } from '../../src/store/index';
import { registration } from '../helpers/people';

// Few distinct instants, so that ties on receivedAt and createdAt are frequent.
const instant = fc.integer({ min: 0, max: 5 }).map((n) => `2018-01-1${n}T09:00:00.000Z`);
const entry = fc.record({ status: fc.constantFrom<Registration['status']>('confirmed', 'waitlisted', 'cancelled'), receivedAt: instant, createdAt: instant });

describe('inRegistrantOrder', () => {
  it('gives what a stable sort by registrantOrder gives', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), fc.boolean(), (entries, presorted) => {
        const list = entries.map((e, i) => registration('s', `m-${i}`, e));
        // Stored as received, as real use does, or in any order.
        if (presorted) list.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.createdAt.localeCompare(b.createdAt));
        const before = [...list];
        expect(inRegistrantOrder(list)).toEqual([...list].sort(registrantOrder));
        expect(list).toEqual(before);
      }),
      { numRuns: 1500 },
    );
  });
});
