// Calendar invitations read back by a calendar parser (ical.js), written by the built binary
// running under TZ=UTC, Europe/Paris and Pacific/Auckland: always 15/02/2018 10:00-12:00 in Paris.
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarInvitation } from '../../src/domain/calendar';
import { newStoreData } from '../../src/store/catalogue';
import { parseStore } from '../helpers/storeInternals';
import { emailOf, galDeps, N1, registerAgents } from '../helpers/mailScenario';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempStore';

const paris = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** What a calendar makes of an .ics, parsed in the zone `tz` (process.env.TZ changes Node's zone at run time). */
function readInvitation(ics: string, tz: string) {
  const saved = process.env.TZ;
  process.env.TZ = tz;
  try {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    const start = event.startDate.toJSDate();
    const end = event.endDate.toJSDate();
    return {
      method: calendar.getFirstPropertyValue('method'),
      uid: event.uid,
      sequence: event.sequence,
      start: paris.format(start),
      end: paris.format(end),
      localStartHour: start.getHours(),
      summary: event.summary,
      status: calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status'),
    };
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

/** The worker that writes the update under a given TZ (a child process: TZ is read when Node starts). */
let worker = '';
const workerDir = mkdtempSync(join(tmpdir(), 'caprural-tz-'));
afterAll(() => rmSync(workerDir, { recursive: true, force: true }));
beforeAll(async () => {
  worker = join(workerDir, 'tzWorker.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('../helpers/tzWorker.ts', import.meta.url))],
    outfile: worker,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
});

describe('convocation .ics', () => {
  it.each([
    ['UTC', 9],
    ['Europe/Paris', 10],
    ['Pacific/Auckland', 22],
  ])('written and read under TZ=%s: 15/02/2018 10:00-12:00 Europe/Paris, METHOD:REQUEST, the same UID, SEQUENCE raised', async (tz, localHour) => {
    // Anne was convoked for 14/02; the organiser moves the session to 15/02 10:00-12:00, in a process running under TZ.
    const deps = await galDeps();
    await registerAgents(deps, 1);
    await deps.store.update((data) => {
      const s = data.sessions.find((x) => x.id === N1)!;
      Object.assign(s, { startsAt: '2018-02-14T09:00:00.000Z', endsAt: '2018-02-14T11:00:00.000Z', link: 'https://visio.caprural.org/n1' });
      data.outbox![0]!.state = 'sent';
      data.outbox!.push({ ...data.outbox![0]!, id: 'mail-2', kind: 'convocation', key: `convocation/${N1}/anne-durand/reg-1.0` });
    });
    const r = spawnSync(process.execPath, [worker, deps.path, '2018-02-09T08:00:00.000Z'], { encoding: 'utf8', env: { PATH: process.env.PATH, TZ: tz }, timeout: 20_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${tz}\n`);
    expect(r.status).toBe(0);
    const update = parseStore(readFileSync(deps.path, 'utf8'), deps.path).outbox!.at(-1)!;
    expect(update).toMatchObject({ kind: 'convocation', state: 'queued', to: emailOf('Anne') });
    expect(update.subject).toBe('Modification : Coopérer dans LEADER : amorcer les dynamiques de coopération, désormais le 15/02/2018 10:00');
    expect(readInvitation(update.ics!, tz)).toEqual({
      method: 'REQUEST',
      uid: `${N1}.reg-1@caprural`,
      sequence: 1,
      start: '15/02/2018 10:00',
      end: '15/02/2018 12:00',
      localStartHour: localHour,
      summary: 'Coopérer dans LEADER : amorcer les dynamiques de coopération',
      status: 'CONFIRMED',
    });
  });

  it('mail preview writes .eml files a mail client opens, the invitation inside', async () => {
    const deps = await galDeps();
    await registerAgents(deps, 1);
    await runCli(['session', 'edit', N1, '--link', 'https://visio.caprural.org/n1'], { store: deps.path, now: '2018-02-07T12:00:00.000Z' });
    await runCli(['mail', 'plan'], { store: deps.path, now: '2018-02-08T09:00:00.000Z' });
    const dir = join(tempDir(), 'apercu');
    const r = await runCli(['mail', 'preview', '--output', dir], { store: deps.path, now: '2018-02-08T09:00:00.000Z', env: { CAPRURAL_MAIL_FROM: 'Cap Rural <formation@caprural.org>' } });
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['mail-1-confirmation.eml', 'mail-2-convocation.eml']);
    const mail = await simpleParser(readFileSync(join(dir, 'mail-2-convocation.eml')));
    expect(mail.subject).toBe('Convocation : Coopérer dans LEADER : amorcer les dynamiques de coopération, le 15/02/2018 10:00');
    expect(mail.text).toContain('Lien de connexion : https://visio.caprural.org/n1');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    const ics = mail.attachments.find((a) => a.contentType === 'text/calendar');
    expect(ics).toBeDefined();
    expect(readInvitation(ics!.content.toString('utf8'), 'Pacific/Auckland')).toMatchObject({ method: 'REQUEST', start: '15/02/2018 10:00', end: '15/02/2018 12:00' });
    // Nothing was sent or changed: the messages are still queued.
    expect(parseStore(readFileSync(deps.path, 'utf8'), deps.path).outbox!.map((e) => e.state)).toEqual(['queued', 'queued']);
  });

  it('escapes and folds text as RFC 5545 says (long accented titles, commas, semicolons, line breaks)', () => {
    const session = { ...newStoreData().sessions.find((s) => s.id === N1)!, title: 'Coopérer, agir; réussir — '.repeat(6).trim() };
    const ics = calendarInvitation({
      method: 'CANCEL',
      uid: 'u@caprural',
      sequence: 3,
      session,
      description: 'ligne 1\nligne 2',
      location: null,
      organizer: { name: 'Marine "R"', email: 'europe.devrural@caprural.org' },
      attendee: { name: 'Zoë Lefèvre-Ünal', email: 'zoe@gal.fr' },
      stamp: new Date('2018-02-08T09:00:00.000Z'),
    })!;
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const parsed = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(parsed.summary).toBe(session.title);
    expect(parsed.description).toBe('ligne 1\nligne 2');
    expect(parsed.sequence).toBe(3);
    expect(ics).toContain('DTSTAMP:20180208T090000Z');
  });
});
