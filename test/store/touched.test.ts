// Issue 20: before a write, only what the change touched is checked against the schema
// (src/store/touched.ts), and caprural still never writes a store that does not validate. The
// property below is the guarantee: on random stores and random changes (records changed in
// place, replaced, added, removed, moved; nested values; the top level; texts made to look like
// JSON), the check of the touched records accepts exactly what the full check accepts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newStoreData } from '../../src/store/catalogue';
import { openJsonFileStore } from '../../src/store/jsonFileStore';
import type { Member, StoreData } from '../../src/store/schema';
import { commonPart, isValidChange, serialiseStoreParts, touchedRecords, type WrittenVersion } from '../../src/store/touched';
import { isValid } from '../../src/store/validateStore.generated.js';
import { person, registration } from '../helpers/people';
import { bytesOf, tempDir } from '../helpers/tempStore';

// Texts that look like the JSON around them: a change must not be able to hide a record in them.
const TRICKY = ['Zoé', 'a"b', '{"id":"x"}', '},{"id":"y","firstName":"', '\\', ']', '","', 'Lœuvre’s', 'x\\"}', '{"'];

function store(people: string[]): StoreData {
  const data = newStoreData();
  data.members = people.map((name, i) => person(`p-${i}`, `Prénom${'abcdefgh'[i % 8]}`, name || 'Nom', { email: `p${i}@gal.fr` }));
  data.registrations = data.members.map((m, i) => registration(data.sessions[i % data.sessions.length]!.id, m.id));
  data.organisations = [{ id: 'gal-gex', name: 'GAL du Pays de Gex', kind: 'GAL', territory: null }];
  data.logSeq = 3;
  return data;
}

/** The version read: the text written and its layout, with the data parsed from it. */
function written(data: StoreData): { previous: WrittenVersion; data: StoreData } {
  const { parts, layout } = serialiseStoreParts(data);
  const bytes = Buffer.concat(parts);
  return { previous: { bytes, layout }, data: { ...(JSON.parse(bytes.toString('utf8')) as StoreData), log: [] } };
}

type Change = (data: StoreData) => void;
const at = (list: unknown[], i: number) => i % Math.max(1, list.length);
const collections = ['members', 'registrations', 'organisations', 'sessions'] as const;
const value = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 6 }), fc.constantFrom('', 'ab', null, 3, -1, true, [], {}, ['bogus'], ['agent']));
const field = fc.constantFrom('id', 'firstName', 'lastName', 'email', 'roles', 'status', 'createdAt', 'name', 'kind', 'capacity', 'speakers', 'extra');
const changeArb: fc.Arbitrary<Change> = fc.oneof(
  // A field set in place (a valid or an invalid value).
  fc.tuple(fc.constantFrom(...collections), fc.nat(), field, value).map(([c, i, f, v]): Change => (d) => {
    const list = d[c] as unknown as Array<Record<string, unknown>>;
    if (list.length) list[at(list, i)]![f] = v;
  }),
  // A record replaced by a changed copy.
  fc.tuple(fc.constantFrom(...collections), fc.nat(), field, value).map(([c, i, f, v]): Change => (d) => {
    const list = d[c] as unknown as Array<Record<string, unknown>>;
    if (list.length) list[at(list, i)] = { ...list[at(list, i)], [f]: v };
  }),
  // A field removed in place, the last one of the record included.
  fc.tuple(fc.constantFrom(...collections), fc.nat(), fc.constantFrom('id', 'email', 'territory', 'anonymisedAt', 'cancelledAt', 'status', 'sequence')).map(([c, i, f]): Change => (d) => {
    const list = d[c] as unknown as Array<Record<string, unknown>>;
    if (list.length) delete list[at(list, i)]![f];
  }),
  // A nested value changed in place.
  fc.tuple(fc.nat(), value).map(([i, v]): Change => (d) => {
    const m = d.members[at(d.members, i)];
    if (m) (m.roles as unknown[]).push(v);
  }),
  fc.tuple(fc.nat(), value).map(([i, v]): Change => (d) => {
    const s = d.sessions[at(d.sessions, i)];
    if (s) (s.speakers as unknown[]).push({ name: v, role: '', confirmed: true });
  }),
  // A record added (valid or not), at the end or inside; removed; two swapped; one copied.
  fc.tuple(fc.nat(), fc.constantFrom(...TRICKY), fc.boolean(), fc.boolean()).map(([i, name, valid, end]): Change => (d) => {
    const m: Member = person(`new-${i}`, 'Zoé', name, { email: valid ? `new${i}@x.fr` : '' });
    d.members.splice(end ? d.members.length : at(d.members, i), 0, m);
  }),
  fc.tuple(fc.constantFrom(...collections), fc.nat()).map(([c, i]): Change => (d) => {
    (d[c] as unknown[]).splice(at(d[c], i), 1);
  }),
  fc.tuple(fc.constantFrom(...collections), fc.nat(), fc.nat()).map(([c, i, j]): Change => (d) => {
    const list = d[c] as unknown[];
    if (list.length) [list[at(list, i)], list[at(list, j)]] = [list[at(list, j)], list[at(list, i)]];
  }),
  fc.tuple(fc.constantFrom(...collections), fc.nat()).map(([c, i]): Change => (d) => {
    const list = d[c] as unknown[];
    if (list.length) list.push(list[at(list, i)]);
  }),
  // The top level: a count, a collection that is no longer a list, one missing, one new, the history.
  fc.constantFrom<Change>(
    (d) => (d.logSeq = -1),
    (d) => (d.logSeq += 1),
    (d) => ((d as unknown as Record<string, unknown>).members = {}),
    (d) => delete (d as Partial<StoreData>).rules,
    (d) => (d.outbox = []),
    (d) => ((d as unknown as Record<string, unknown>).extra = []),
    (d) => d.log.push({ at: 'hier', user: 'x', action: 'a', target: null, details: {} }),
    (d) => d.log.push({ at: '2018-01-01T00:00:00.000Z', user: 'x', action: 'a', target: null, details: {} }),
  ),
);

describe('checking only the records a change touched', () => {
  it('accepts exactly what the full check accepts, whatever the change', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRICKY, 'Martin', 'Bernard'), { maxLength: 12 }), fc.array(changeArb, { minLength: 1, maxLength: 4 }), (names, changes) => {
        const { previous, data } = written(store(names));
        for (const change of changes) {
          try {
            change(data);
          } catch {
            // A change to a collection an earlier one made a non-list.
          }
        }
        const { texts } = serialiseStoreParts(data);
        expect(isValidChange(data, texts, previous)).toBe(isValid(data));
      }),
      { numRuns: 1500 },
    );
  });

  it('checks a record changed in place, however deep, and one added among unchanged ones', () => {
    const { previous, data } = written(store(['Martin', 'Bernard', 'Petit']));
    data.members[1]!.roles.push('bogus' as never);
    expect(isValidChange(data, serialiseStoreParts(data).texts, previous)).toBe(false);
    const again = written(store(['Martin', 'Bernard', 'Petit']));
    again.data.members.splice(1, 0, person('x', 'Zoé', 'X', { email: 'x' }));
    expect(isValidChange(again.data, serialiseStoreParts(again.data).texts, again.previous)).toBe(false);
  });

  it('checks a record whose text ends or starts as an old record did (a last property removed, a record cut in two)', () => {
    const lastRemoved = written(store(['Martin', 'Bernard']));
    delete (lastRemoved.data.organisations[0] as Partial<(typeof lastRemoved.data.organisations)[0]>).territory;
    expect(isValidChange(lastRemoved.data, serialiseStoreParts(lastRemoved.data).texts, lastRemoved.previous)).toBe(false);
    // The second half's text ends the old record's: `{"email":…}` where the old text had `,"email":…}`.
    const cut = written(store(['Martin', 'Bernard']));
    const { id, firstName, lastName, ...rest } = cut.data.members[1]!;
    cut.data.members.splice(1, 1, { id, firstName, lastName } as Member, rest as Member);
    expect(isValidChange(cut.data, serialiseStoreParts(cut.data).texts, cut.previous)).toBe(false);
  });

  it('does not check again what it finds unchanged (the version read was checked when written)', () => {
    // A version holding an invalid record, as if written: a change that leaves it alone is not
    // refused for it (the full check would): only what is touched is checked.
    const old = store(['Martin', 'Bernard', 'Petit']);
    old.members[1]!.email = '';
    const { previous, data } = written(old);
    data.members.push(person('zoe', 'Zoé', 'Nouvelle', { email: 'zoe@x.fr' }));
    const { texts } = serialiseStoreParts(data);
    expect(isValid(data)).toBe(false);
    expect(isValidChange(data, texts, previous)).toBe(true);
    expect(touchedRecords(data.members, texts.get('members')!, previous.bytes.subarray(...previous.layout.members!) as Buffer)).toEqual([data.members[3]]);
    // Without the version read, or with a layout that does not point at a collection, everything is checked.
    expect(isValidChange(data, texts, null)).toBe(false);
    expect(isValidChange(data, texts, { ...previous, layout: { ...previous.layout, members: [0, 10] } })).toBe(false);
  });

  it('writes exactly what JSON.stringify writes, and says where each collection is', () => {
    const data = store(['Martin', TRICKY[3]!]);
    data.logAt = undefined;
    const { parts, layout, texts } = serialiseStoreParts(data);
    const bytes = Buffer.concat(parts);
    const { log: _log, ...rest } = data;
    expect(bytes.toString('utf8')).toBe(`${JSON.stringify(rest)}\n`);
    for (const [key, [start, end]] of Object.entries(layout)) expect(bytes.subarray(start, end).equals(texts.get(key)!)).toBe(true);
    expect(Object.keys(layout)).toEqual(['courses', 'sessions', 'organisations', 'members', 'memberships', 'registrations', 'rules']);
  });

  it('finds common starts and ends of long texts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), fc.nat({ max: 200_000 }), (mid, x, y, n) => {
        const a = Buffer.from('é'.repeat(n) + x + mid);
        const b = Buffer.from('é'.repeat(n) + y + mid);
        const naive = (s: Buffer, t: Buffer) => {
          let i = 0;
          while (i < Math.min(s.length, t.length) && s[i] === t[i]) i += 1;
          return i;
        };
        expect(commonPart(a, b)).toBe(naive(a, b));
        expect(commonPart(a, b, true)).toBe(naive(Buffer.from(a).reverse(), Buffer.from(b).reverse()));
      }),
      { numRuns: 60 },
    );
  });
});

describe('a store written by caprural, changed again', () => {
  async function setUp() {
    const dir = tempDir();
    const path = join(dir, 'store.json');
    const cacheDir = join(dir, 'cache', 'caprural');
    const store = openJsonFileStore(path, { cacheDir, now: () => new Date('2018-02-01T10:00:00.000Z') });
    await store.create(false);
    await store.update((d) => {
      d.members.push(person('ana', 'Ana', 'Bernard', { email: 'ana@x.fr' }), person('jean', 'Jean', 'Boss', { email: 'jean@x.fr' }));
      return null;
    });
    const trusted = join(cacheDir, 'trusted');
    const print = () => JSON.parse(readFileSync(join(trusted, readdirSync(trusted)[0]!), 'utf8')) as { layout?: Record<string, [number, number]> };
    return { path, store, print };
  }

  it('keeps where the collections are with the fingerprint of the version it wrote', async () => {
    const { path, print } = await setUp();
    const bytes = readFileSync(path);
    const [start, end] = print().layout!.members!;
    expect(JSON.parse(bytes.subarray(start, end).toString('utf8'))).toEqual((JSON.parse(bytes.toString('utf8')) as StoreData).members);
  });

  it('refuses a record changed in place or added invalid, and the store stays byte for byte', async () => {
    const { path, store } = await setUp();
    const refused = async (change: (d: StoreData) => void) => {
      const bytes = bytesOf(path);
      await expect(
        store.update((d) => {
          change(d);
          return null;
        }),
      ).rejects.toMatchObject({ key: 'storeWriteInvalid' });
      expect(bytesOf(path).equals(bytes)).toBe(true);
    };
    await refused((d) => (d.members[0]!.email = ''));
    await refused((d) => d.members[1]!.roles.push('bogus' as never));
    await refused((d) => d.members.push(person('zoe', 'Zoé', 'Martin', { createdAt: 'hier' })));
    await refused((d) => (d.sessions[0]!.status = 'perhaps' as never));
    await refused((d) => (d.erasureKey = 'not hexadecimal'));
    // A valid change goes through, and the next one is checked against it.
    await store.update((d) => {
      d.members[0]!.phone = '+33 4 50 00 00 00';
      return null;
    });
    await refused((d) => (d.members[0]!.firstName = ''));
    expect((await store.read()).members[0]!.phone).toBe('+33 4 50 00 00 00');
  });
});

describe('a bulk change', () => {
  it('checks the whole collection when most of a long text changed, and still refuses an invalid record', () => {
    const { previous, data } = written(store(Array.from({ length: 300 }, (_, i) => `Nom ${'abcdefghij'[i % 10]}`)));
    for (let i = 0; i < 600; i += 1) data.members.push(person(`new-${i}`, 'Zoé', 'Nouvelle', { email: `new${i}@x.fr` }));
    const { texts } = serialiseStoreParts(data);
    const old = previous.bytes.subarray(...previous.layout.members!) as Buffer;
    expect(touchedRecords(data.members, texts.get('members')!, old)).toBeNull();
    expect(isValidChange(data, texts, previous)).toBe(true);
    data.members[450]!.email = '';
    expect(isValidChange(data, serialiseStoreParts(data).texts, previous)).toBe(false);
  });
});
