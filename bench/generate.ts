// Builds the benchmark's synthetic stores through caprural's own domain code (the same
// constructors and checks the commands use), plus the CSV files the bulk imports read.
// Bundled and run by bench/run.js; the names are fictional.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newMember } from '../src/domain/members';
import { newOrganisation } from '../src/domain/organisations';
import { PeopleIndex } from '../src/domain/peopleIndex';
import { indexRegistrations, addToIndex } from '../src/domain/registrationRules';
import { newRegistration } from '../src/domain/registrations';
import { newSession } from '../src/domain/sessionFields';
import { newStoreData } from '../src/store/catalogue';
import type { StoreData } from '../src/store/schema';
import { openJsonFileStore as openStore } from '../src/store/jsonFileStore';

const FIRST = [
  'Anne',
  'Benoît',
  'Céline',
  'Damien',
  'Élodie',
  'François',
  'Gaëlle',
  'Hugo',
  'Inès',
  'Jérôme',
  'Karine',
  'Loïc',
  'Maëlle',
  'Noël',
  'Océane',
  'Pierre',
  'Quentin',
  'Rémi',
  'Sophie',
  'Théo',
  'Ursule',
  'Valérie',
  'William',
  'Xavier',
  'Yasmine',
  'Zoé',
  'Adèle',
  'Bastien',
  'Chloé',
  'Denis',
  'Émile',
  'Fanny',
  'Gérald',
  'Hélène',
  'Irène',
  'Jules',
  'Laure',
  'Mathis',
  'Nadège',
  'Odile',
  'Pascale',
  'Raphaël',
  'Solène',
  'Thibault',
  'Victor',
  'Yves',
  'Zacharie',
  'Agnès',
  'Bruno',
  'Cécile',
];
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefèbvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
];
const SYLLABLES = ['ba', 'ché', 'di', 'fo', 'gu', 'la', 'mé', 'no', 'pi', 'ro', 'sa', 'té', 'vu', 'zo', 'lin', 'mar', 'bel', 'cour', 'val', 'mont'];

/** The i-th of 20 × 20 × 20 × 20 last names: distinct, pronounceable, valid names. */
function lastName(i: number): string {
  const base = LAST[i % LAST.length]!;
  const a = SYLLABLES[Math.floor(i / LAST.length) % 20]!;
  const b = SYLLABLES[Math.floor(i / (LAST.length * 20)) % 20]!;
  return `${base}-${a}${b}`;
}

export const BENCH_NOW = new Date('2026-06-01T10:00:00.000Z');
/** Sessions of this year are scheduled and open at BENCH_NOW: register and imports land there. */
export const OPEN_YEAR = 2027;

export interface Size {
  people: number;
  sessions: number;
  registrations: number;
  organisations: number;
}

export const SIZES: Record<string, Size> = {
  demo: { people: 50, sessions: 0, registrations: 0, organisations: 5 },
  region: { people: 3_000, sessions: 300, registrations: 5_000, organisations: 43 },
  national: { people: 20_000, sessions: 2_000, registrations: 50_000, organisations: 430 },
};

function populate(data: StoreData, size: Size): void {
  for (let i = 0; i < size.organisations; i += 1) {
    data.organisations.push(newOrganisation(data, { name: `GAL Territoire ${i + 1}`, kind: 'GAL', territory: `Territoire ${i + 1}` }));
  }
  const people = new PeopleIndex(data);
  for (let i = 0; i < size.people; i += 1) {
    const member = newMember(
      data,
      {
        firstName: FIRST[i % FIRST.length],
        lastName: lastName(Math.floor(i / FIRST.length)),
        email: `personne${i}@gal${i % size.organisations}.example.fr`,
        phone: `04 72 ${String(10 + (i % 90)).padStart(2, '0')} ${String(i % 100).padStart(2, '0')} ${String(Math.floor(i / 100) % 100).padStart(2, '0')}`,
        organisation: data.organisations[i % size.organisations]!.id,
        roles: ['agent'],
      },
      BENCH_NOW,
      people,
    );
    data.members.push(member);
    people.addMember(member);
  }
  const courses = ['cooperer-leader-n1', 'cooperer-leader-n2', 'cooperer-leader-n3'];
  for (let i = 0; i < size.sessions; i += 1) {
    const open = i % 2 === 1;
    const year = open ? OPEN_YEAR : 2015 + (i % 11);
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const date = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
    const session = newSession(data, {
      course: courses[i % 3],
      starts: `${date} 10:00`,
      ends: `${date} 12:00`,
      closes: open ? `01/01/${year}` : undefined,
      status: open ? 'scheduled' : 'held',
      capacity: '12',
    });
    data.sessions.push(session);
  }
  for (const year of [...new Set(data.sessions.map((s) => s.year))]) {
    for (const org of data.organisations) {
      data.memberships.push({ id: `cot-${data.memberships.length + 1}`, organisationId: org.id, memberId: null, year, paidOn: `${year}-01-10`, amountCents: 12_000, reference: null });
    }
  }
  const index = indexRegistrations(data);
  const pool = data.sessions;
  const taken = new Set<string>();
  for (let j = 0; taken.size < size.registrations && pool.length > 0; j += 1) {
    const session = pool[(j * 7919) % pool.length]!;
    const member = data.members[(j * 104_729) % data.members.length]!;
    const key = `${session.id} ${member.id}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const confirmed = (index.confirmed.get(session.id) ?? 0) < (session.capacity ?? Infinity);
    const before = session.startsAt ? Date.parse(session.startsAt) - 86_400_000 * 20 : BENCH_NOW.getTime();
    const received = new Date(Math.min(before, BENCH_NOW.getTime()) - j * 60_000);
    const r = newRegistration(index, session, member, received, BENCH_NOW, confirmed ? 'confirmed' : 'waitlisted', null);
    if (session.status === 'held' && confirmed) r.attendance = j % 5 === 0 ? 'absent' : 'present';
    data.registrations.push(r);
    addToIndex(index, r);
  }
}

/** Writes `<name>.json` through the store's own atomic writer. */
async function writeStore(dir: string, name: string, size: Size): Promise<string> {
  const path = join(dir, `${name}.json`);
  const store = openStore(path);
  await store.create(false);
  await store.update((data) => {
    const fresh = newStoreData();
    Object.assign(data, fresh);
    populate(data, size);
  });
  return path;
}

/** The bulk-import inputs: new people, and registrations of existing people to open sessions. */
async function writeImports(dir: string, nationalPath: string): Promise<void> {
  const people = ['first_name,last_name,email,phone,organisation'];
  for (let i = 0; i < 20_000; i += 1) {
    people.push(
      `${FIRST[i % FIRST.length]},${lastName(Math.floor(i / FIRST.length))}-nouveau,import${i}@nouveau.example.fr,06 77 83 ${String(i % 100).padStart(2, '0')} ${String(Math.floor(i / 100) % 100).padStart(2, '0')},GAL Territoire ${1 + (i % 430)}`,
    );
  }
  writeFileSync(join(dir, 'members-20000.csv'), `${people.join('\n')}\n`);
  const data = await openStore(nationalPath).read();
  const open = data.sessions.filter((s) => s.status === 'scheduled' && s.year === OPEN_YEAR);
  const existing = new Set(data.registrations.map((r) => `${r.sessionId} ${r.memberId}`));
  const rows = ['session,email,received_at'];
  // Pair k is (session k mod S, person spread by k): every k gives a different pair.
  for (let k = 0; rows.length <= 50_000; k += 1) {
    const j = k;
    const session = open[k % open.length]!;
    const member = data.members[(Math.floor(k / open.length) + (k % open.length) * 20) % data.members.length]!;
    const key = `${session.id} ${member.id}`;
    if (existing.has(key)) continue;
    existing.add(key);
    rows.push(`${session.id},${member.email},2026-05-${String(1 + (j % 28)).padStart(2, '0')}T09:${String(j % 60).padStart(2, '0')}:00Z`);
  }
  writeFileSync(join(dir, 'registrations-50000.csv'), `${rows.join('\n')}\n`);
}

const dir = process.argv[2]!;
const paths: Record<string, string> = {};
for (const [name, size] of Object.entries(SIZES)) paths[name] = await writeStore(dir, name, size);
await writeImports(dir, paths.national!);

/** For one store: an open session, someone not registered to it, and a name to look up. */
async function targets(path: string) {
  const data = await openStore(path).read();
  const open = data.sessions.find((s) => s.status === 'scheduled' && s.year === OPEN_YEAR)!;
  const registered = new Set(data.registrations.filter((r) => r.sessionId === open.id).map((r) => r.memberId));
  const newcomer = data.members.find((m) => !registered.has(m.id))!;
  const known = data.members[1_234]!;
  return { openSession: open.id, registerMember: newcomer.email, eligibilityName: `${known.lastName} ${known.firstName}` };
}

// What the per-command runs need to know about the generated stores.
process.stdout.write(JSON.stringify({ paths, region: await targets(paths.region!), national: await targets(paths.national!), receivedAt: '2026-06-01T10:00:00Z' }));
