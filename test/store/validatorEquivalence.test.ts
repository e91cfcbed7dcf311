// The generated validator is rewritten for speed (scripts/generateValidator.js): the schema's
// anyOf of disjoint types merged into type lists, and a copy without error paths (`isValid`).
// Both must accept exactly what the schema as zod emits it accepts: checked here against ajv
// compiled in the ordinary way from the unmodified schema, on a full store mutated at random.
// (zod itself is not the reference: its objects drop unknown keys, where the JSON schema it
// emits, and so the validator, refuses them.)
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { newStoreData } from '../../src/store/catalogue';
import { storeSchema, type StoreData } from '../../src/store/schema';
import { isValid, validate } from '../../src/store/validateStore.generated.js';
// @ts-expect-error the generator is a plain ESM script without types
import { mergeTypeUnions } from '../../scripts/generateValidator.js';

const AT = '2018-02-07T23:00:00.000Z';

/** A store using every collection and every optional field, with details nested to the limit. */
function fullStore(): StoreData {
  const data = newStoreData();
  data.sessions[3]!.link = 'https://visio.example.fr/leader';
  data.sessions[3]!.place = null;
  data.sessions[3]!.sequence = 2;
  data.organisations.push({ id: 'gal-drome', name: 'GAL Drôme', kind: 'GAL', territory: null });
  data.members.push({
    id: 'veronique-bernard',
    firstName: 'Véronique',
    lastName: 'Bernard',
    email: 'veronique.bernard@gal-drome.fr',
    phone: null,
    organisationId: 'gal-drome',
    roles: ['agent', 'coprog'],
    createdAt: AT,
    anonymisedAt: null,
  });
  data.memberships.push({ id: 'cot-1', organisationId: 'gal-drome', memberId: null, year: 2018, paidOn: '2018-01-10', amountCents: 12_000, reference: null });
  data.registrations.push({
    id: 'reg-1',
    sessionId: 'cooperer-leader-n1-2018',
    memberId: 'veronique-bernard',
    receivedAt: AT,
    createdAt: AT,
    status: 'confirmed',
    attendance: 'present',
    override: null,
    cancelledAt: null,
    connectionMinutes: 122,
    certificates: [{ issuedAt: AT }],
  });
  data.log.push({ at: AT, user: 'marine', action: 'registration.add', target: 'reg-1', details: { session: 'cooperer-leader-n1-2018', n: 1, ok: true, none: null } });
  data.log.push({ at: AT, user: 'marine', action: 'import', target: null, details: { rows: [1, 'a', { b: [null, { c: 'd' }] }], by: { a: { b: { c: 1 } } } } });
  data.erasureKey = 'a'.repeat(64);
  data.erasures = [{ id: 'anon-1', at: AT, action: 'member.forget', emailHashes: ['b'.repeat(64)] }];
  data.outbox = [
    {
      id: 'mail-1',
      key: 'confirmation/cooperer-leader-n1-2018/veronique-bernard/0',
      kind: 'confirmation',
      sessionId: 'cooperer-leader-n1-2018',
      memberId: 'veronique-bernard',
      registrationId: 'reg-1',
      lang: 'fr',
      to: 'veronique.bernard@gal-drome.fr',
      subject: 'Inscription',
      text: 'Bonjour',
      ics: null,
      attach: ['certificate'],
      state: 'queued',
      tries: 0,
      lastError: null,
      queuedAt: AT,
      sentAt: null,
      messageId: null,
      sendingPid: null,
      erasedAt: null,
    },
  ];
  return data;
}

type Path = Array<string | number>;

/** Every place in the value: objects, arrays and leaves. */
function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
  return out;
}

type Mutation = { kind: 'set' | 'delete' | 'add'; path: number; key: string; value: unknown };

function mutate(data: StoreData, paths: Path[], m: Mutation): void {
  const path = paths[m.path % paths.length]!;
  if (path.length === 0) {
    if (m.kind === 'add') (data as unknown as Record<string, unknown>)[m.key] = m.value;
    return;
  }
  let parent: unknown = data;
  for (const step of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)?.[step];
  if (parent === null || typeof parent !== 'object') return;
  const last = path[path.length - 1]!;
  const target = parent as Record<string | number, unknown>;
  if (m.kind === 'set') target[last] = m.value;
  else if (m.kind === 'delete') {
    if (Array.isArray(target)) target.splice(Number(last), 1);
    else delete target[last];
  } else {
    const inner = target[last];
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) (inner as Record<string, unknown>)[m.key] = m.value;
    else if (Array.isArray(inner)) inner.push(m.value);
  }
}

// Values that the schema's checks tell apart: nulls, instants and near-instants, enum words,
// bounds of lengths and numbers, wrong types, nested JSON.
const value = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    '',
    'x',
    'ab',
    'abc',
    'x'.repeat(120),
    'x'.repeat(121),
    AT,
    '2018-02-07T23:00:00Z',
    '2018-02-07',
    '18-02-07',
    'agent',
    'other',
    'present',
    'absent',
    'confirmed',
    'cancelled',
    'held',
    'webconference',
    'GAL',
    'fr',
    'en',
    'queued',
    'certificate',
    'confirmation',
    'a'.repeat(64),
    'A'.repeat(64),
    0,
    -1,
    1,
    3,
    4,
    1999,
    2000,
    2100,
    2101,
    1.5,
    -0,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    true,
    false,
    [],
    {},
  ),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.jsonValue({ maxDepth: 6 }),
);
const mutation = fc.record({
  kind: fc.constantFrom<Mutation['kind']>('set', 'set', 'delete', 'add'),
  path: fc.nat(),
  key: fc.constantFrom('id', 'extra', 'details', 'x', '__proto__', 'constructor'),
  value,
});

describe('the generated validator', () => {
  const reference = new Ajv({ strict: true, allowUnionTypes: true, validateFormats: false, unicode: false, logger: false }).compile(z.toJSONSchema(storeSchema, { target: 'draft-7' }));

  it('accepts the full store, and so do the reference validators', () => {
    const data = fullStore();
    expect(storeSchema.safeParse(data).success).toBe(true);
    expect(reference(data)).toBe(true);
    expect(validate(data)).toBe(true);
    expect(isValid(data)).toBe(true);
  });

  it('accepts and refuses exactly what the unmerged schema does, with or without error paths', () => {
    const base = fullStore();
    const paths = pathsOf(base);
    let refused = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const data = structuredClone(base);
        for (const m of mutations) mutate(data, paths, m);
        const expected = reference(data);
        if (!expected) refused += 1;
        expect(validate(data)).toBe(expected);
        expect(isValid(data)).toBe(expected);
      }),
      { numRuns: 1500 },
    );
    // The mutations reach both answers.
    expect(refused).toBeGreaterThan(300);
    expect(refused).toBeLessThan(1400);
  });

  it('merges only unions of disjoint types, keeping each keyword with its type', () => {
    expect(mergeTypeUnions({ anyOf: [{ type: 'string', pattern: '^a$' }, { type: 'null' }] })).toEqual({ type: ['string', 'null'], pattern: '^a$' });
    expect(mergeTypeUnions({ anyOf: [{ type: 'string', enum: ['a', 'b'] }, { type: 'null' }] })).toEqual({ type: ['string', 'null'], enum: ['a', 'b', null] });
    // Overlapping types, a shared keyword, a keyword of another type, an enum beside a non-null type: left as they are.
    const kept = [
      { anyOf: [{ type: 'integer', minimum: 1 }, { type: 'number' }] },
      {
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'string', maxLength: 1 },
        ],
      },
      { anyOf: [{ type: 'string', minimum: 1 }, { type: 'null' }] },
      { anyOf: [{ type: 'string', enum: ['a'] }, { type: 'number' }] },
      { anyOf: [{ const: 1 }, { type: 'null' }] },
      { anyOf: [{ type: 'string' }, { type: 'null' }], default: null },
    ];
    for (const schema of kept) expect(mergeTypeUnions(schema)).toEqual(schema);
  });

  it('gives the full validator’s message for a refused store', async () => {
    const { schemaProblem } = await import('../../src/store/codec');
    const data = fullStore();
    (data.registrations[0] as { cancelledAt: unknown }).cancelledAt = 'yesterday';
    expect(schemaProblem(data)).toMatch(/^registrations\.0\.cancelledAt: must match pattern/);
    (data.log[1]!.details as { by: unknown }).by = { a: { b: { c: { d: { e: 1 } } } } };
    (data.registrations[0] as { cancelledAt: unknown }).cancelledAt = null;
    expect(schemaProblem(data)).toMatch(/^log\.1\.details\.by/);
  });
});
