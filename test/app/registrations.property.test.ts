// Any sequence of registrations and cancellations, through the real use cases (one decision
// inside each store change), keeps the seats and the waiting list right.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cancelRegistration, register } from '../../src/app/registrations';
import { byReceived, waitingPositions } from '../../src/domain/registrations';
import { CapruralError } from '../../src/errors';
import { newStoreData } from '../../src/store/catalogue';
import type { StoreData } from '../../src/store/schema';
import { memoryStore } from '../helpers/memoryStore';
import { person } from '../helpers/people';

const SESSION = 'cooperer-leader-n1-2018';
const PEOPLE = 6;

function seeded(capacity: number): StoreData {
  const data = newStoreData();
  data.sessions.find((s) => s.id === SESSION)!.capacity = capacity;
  data.organisations.push({ id: 'gal', name: 'GAL', kind: 'GAL', territory: null });
  data.memberships.push({ id: 'cot-1', organisationId: 'gal', memberId: null, year: 2018, paidOn: '2018-01-02', amountCents: null, reference: null });
  for (let i = 0; i < PEOPLE; i += 1) {
    data.members.push(person(`p${i}`, 'Anne', `Nom${'abcdef'[i]}`, { email: `p${i}@x.fr`, organisationId: 'gal', createdAt: '2018-01-01T00:00:00.000Z' }));
  }
  return data;
}

type Op = { kind: 'register'; who: number; minute: number } | { kind: 'cancel'; who: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('register' as const), who: fc.integer({ min: 0, max: PEOPLE - 1 }), minute: fc.integer({ min: 0, max: 10_000 }) }),
  fc.record({ kind: fc.constant('cancel' as const), who: fc.integer({ min: 0, max: PEOPLE - 1 }) }),
);

function checkInvariants(data: StoreData, capacity: number): void {
  const mine = data.registrations.filter((r) => r.sessionId === SESSION);
  const confirmed = mine.filter((r) => r.status === 'confirmed');
  const waiting = mine.filter((r) => r.status === 'waitlisted');
  // R1: never more confirmed than seats; R6: nobody waits while a seat is free.
  expect(confirmed.length).toBeLessThanOrEqual(capacity);
  if (waiting.length > 0) expect(confirmed.length).toBe(capacity);
  // R5: one active registration per person.
  const active = mine.filter((r) => r.status !== 'cancelled').map((r) => r.memberId);
  expect(new Set(active).size).toBe(active.length);
  // Ids stay unique.
  expect(new Set(data.registrations.map((r) => r.id)).size).toBe(data.registrations.length);
}

describe('register / cancel, any sequence', () => {
  it('never exceeds capacity, never leaves a seat free while someone waits, and promotes in order of time received', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.array(op, { minLength: 1, maxLength: 25 }), async (capacity, ops) => {
        const store = memoryStore(seeded(capacity));
        const deps = { store, clock: () => new Date('2018-02-01T12:00:00.000Z'), user: 'prop' };
        for (const o of ops) {
          const before = store.snapshot();
          try {
            if (o.kind === 'register') {
              const receivedAt = new Date(Date.parse('2018-01-20T00:00:00.000Z') + o.minute * 60_000).toISOString();
              const outcome = await register(deps, { session: SESSION, member: `p${o.who}@x.fr`, receivedAt });
              // Its place on the waiting list, counted on the index, is the one the whole store gives.
              const after = store.snapshot().registrations;
              const registration = after.find((r) => r.id === outcome.registration.id)!;
              expect(outcome.position).toBe(waitingPositions(after, new Set([SESSION])).get(registration) ?? null);
            } else {
              const promotedBefore = store
                .snapshot()
                .registrations.filter((r) => r.sessionId === SESSION && r.status === 'waitlisted')
                .sort(byReceived)[0];
              const wasConfirmed = store.snapshot().registrations.some((r) => r.memberId === `p${o.who}` && r.status === 'confirmed');
              const outcome = await cancelRegistration(deps, { session: SESSION, member: `p${o.who}@x.fr` });
              // A freed confirmed seat goes to the first on the waiting list, and only then.
              expect(outcome.promoted?.registration.id ?? null).toBe(wasConfirmed && promotedBefore ? promotedBefore.id : null);
            }
          } catch (error) {
            // Refused (a duplicate, cancelling someone not registered): the store is unchanged.
            if (!(error instanceof CapruralError)) throw error;
            expect(store.snapshot()).toEqual(before);
          }
          checkInvariants(store.snapshot(), capacity);
        }
      }),
      { numRuns: 150 },
    );
  });
});
