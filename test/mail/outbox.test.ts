// The outbox: what each change queues, in its own write; --no-notify; imports; mail plan (due
// convocations, reminders, thanks); session changes (updates, SEQUENCE) and cancellations; erasure.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPerson, forgetMember } from '../../src/app/dataRights';
import { planMail } from '../../src/app/mail';
import { cancelRegistration, importRegistrationFile, register } from '../../src/app/registrations';
import { cancelSession, editSession } from '../../src/app/sessions';
import { mapColumns } from '../../src/domain/registrationImport';
import { listBackups, parseStore } from '../helpers/storeInternals';
import type { OutboxEntry } from '../../src/store/schema';
import { emailOf, FIRST, galDeps, N1, registerAgents } from '../helpers/mailScenario';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDir } from '../helpers/tempStore';

const outbox = (path: string): OutboxEntry[] => parseStore(readFileSync(path, 'utf8'), path).outbox ?? [];
const kinds = (path: string) => outbox(path).map((e) => `${e.kind} ${e.to} ${e.state}`);
const at = (deps: Awaited<ReturnType<typeof galDeps>>, iso: string) => ({ ...deps, clock: () => new Date(iso) });
/** The session starts 15/02/2018 10:00 Paris (09:00 UTC): convocations are due from 08/02 00:00 in Paris. */
const CONVOCATION_DUE = '2018-02-07T23:00:00.000Z';

describe('the outbox: messages queued by the change that causes them', () => {
  it('register queues the confirmation in its own write; a refused registration queues nothing and writes nothing', async () => {
    const deps = await galDeps();
    const backups = listBackups(deps.path).length;
    await register(deps, { session: N1, member: emailOf('Anne'), receivedAt: '02/02/2018 09:00' });
    expect(listBackups(deps.path).length).toBe(backups + 1);
    expect(outbox(deps.path)).toMatchObject([
      {
        id: 'mail-1',
        key: `confirmation/${N1}/anne-durand/reg-1`,
        kind: 'confirmation',
        to: emailOf('Anne'),
        state: 'queued',
        tries: 0,
        lang: 'fr',
        registrationId: 'reg-1',
        queuedAt: '2018-02-07T12:00:00.000Z',
      },
    ]);
    const before = bytesOf(deps.path);
    await expect(register(deps, { session: N1, member: emailOf('Anne'), receivedAt: '02/02/2018 09:00' })).rejects.toThrow();
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });

  it('--no-notify queues nothing; English is available (CAPRURAL_MAIL_LANG=en)', async () => {
    const deps = await galDeps();
    const r = await runCli(['register', '--session', N1, '--member', emailOf('Anne'), '--received-at', '02/02/2018 09:00', '--no-notify'], { store: deps.path, now: '2018-02-07T12:00:00.000Z' });
    expect(r.code).toBe(0);
    expect(outbox(deps.path)).toEqual([]);
    const en = await runCli(['register', '--session', N1, '--member', emailOf('Bruno'), '--received-at', '02/02/2018 09:00'], {
      store: deps.path,
      now: '2018-02-07T12:00:00.000Z',
      env: { CAPRURAL_MAIL_LANG: 'en' },
    });
    expect(en.code).toBe(0);
    expect(outbox(deps.path)).toMatchObject([{ lang: 'en', subject: 'Registration confirmed: Coopérer dans LEADER : amorcer les dynamiques de coopération, 15/02/2018 10:00' }]);
    expect(outbox(deps.path)[0]!.text).toContain('Date: on 15/02/2018 from 10:00 to 12:00 (Paris time)');
  });

  it('a registration for a session already held (history) queues nothing', async () => {
    const deps = await galDeps();
    const r = await runCli(['register', '--session', 'cooperer-leader-n1-2017', '--member', emailOf('Anne'), '--received-at', '01/03/2017', '--force', '--reason', 'historique'], {
      store: deps.path,
      now: '2018-02-07T12:00:00.000Z',
    });
    expect(r.code).toBe(0);
    expect(outbox(deps.path)).toEqual([]);
  });

  it('register --notify-refusal: refused for the cotisation alone, only the message saying what to do is written (exit 1)', async () => {
    const deps = await galDeps();
    await deps.store.update((data) => void (data.memberships = []));
    const before = bytesOf(deps.path);
    const args = ['register', '--session', N1, '--member', emailOf('Anne'), '--received-at', '02/02/2018 09:00'];
    const plain = await runCli(args, { store: deps.path, now: '2018-02-07T12:00:00.000Z' });
    expect(plain.code).toBe(1);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    const told = await runCli([...args, '--notify-refusal'], { store: deps.path, now: '2018-02-07T12:00:00.000Z' });
    expect(told.code).toBe(1);
    expect(told.stderr).toContain('Cotisation (R3)');
    expect(told.stderr).toContain(`Only the message telling ${emailOf('Anne')} how to pay the cotisation was written, to the outbox`);
    const [refusal] = outbox(deps.path);
    expect(refusal).toMatchObject({
      kind: 'refusal',
      to: emailOf('Anne'),
      registrationId: null,
      subject: 'Inscription non enregistrée : Coopérer dans LEADER : amorcer les dynamiques de coopération',
    });
    expect(refusal!.text).toContain('la participation demande la cotisation 2018');
    expect(parseStore(readFileSync(deps.path, 'utf8'), deps.path).registrations).toEqual([]);
    // The same request again: the same key, nothing more. Refused by the deadline too: nothing at all.
    await runCli([...args, '--notify-refusal'], { store: deps.path, now: '2018-02-07T12:00:00.000Z' });
    expect(outbox(deps.path)).toHaveLength(1);
    const late = await runCli(['register', '--session', N1, '--member', emailOf('Bruno'), '--received-at', '08/02/2018 09:00', '--notify-refusal'], {
      store: deps.path,
      now: '2018-02-09T12:00:00.000Z',
    });
    expect(late.code).toBe(1);
    expect(outbox(deps.path)).toHaveLength(1);
  });

  it('an import queues nothing unless --notify', async () => {
    const rows = [
      ['cooperer-leader-n1-2018', emailOf('Anne'), '02/02/2018 09:00'],
      ['cooperer-leader-n1-2018', emailOf('Bruno'), '02/02/2018 09:01'],
    ];
    const header = ['session', 'email', 'received_at'];
    const input = { file: 'inscriptions.csv', header, rows: rows.map((cells, i) => ({ line: i + 2, cells })), columns: mapColumns(header) };
    const quiet = await galDeps();
    await importRegistrationFile(quiet, input);
    expect(outbox(quiet.path)).toEqual([]);
    const told = await galDeps();
    await importRegistrationFile(told, { ...input, notify: true });
    expect(kinds(told.path)).toEqual([`confirmation ${emailOf('Anne')} queued`, `confirmation ${emailOf('Bruno')} queued`]);
    // A bigger file: 12 confirmed, then the waiting list in order, each message once.
    const many = FIRST.map((first, i) => [N1, emailOf(first), `03/02/2018 10:${String(i).padStart(2, '0')}`]);
    const big = await galDeps();
    await importRegistrationFile(big, { ...input, rows: many.map((cells, i) => ({ line: i + 2, cells })), notify: true });
    const entries = outbox(big.path);
    expect(entries.map((e) => e.id)).toEqual(FIRST.map((_, i) => `mail-${i + 1}`));
    expect(entries.filter((e) => e.kind === 'waitlist').map((e) => [e.to, /position (\d)/.exec(e.text)?.[1]])).toEqual([
      [emailOf('Margaux'), '1'],
      [emailOf('Paul'), '2'],
    ]);
  });

  it('a cancellation queues its message and the promotion in the same write; --no-notify on cancel queues neither', async () => {
    const deps = await galDeps();
    await registerAgents(deps, 14);
    expect(
      outbox(deps.path)
        .filter((e) => e.kind === 'waitlist')
        .map((e) => [e.to, /position (\d)/.exec(e.text)?.[1]]),
    ).toEqual([
      [emailOf('Margaux'), '1'],
      [emailOf('Paul'), '2'],
    ]);
    let writes = 0;
    const counted = { ...deps, store: { ...deps.store, update: ((change) => (writes++, deps.store.update(change))) as typeof deps.store.update } };
    await cancelRegistration(counted, { session: N1, member: emailOf('David') });
    expect(writes).toBe(1);
    expect(kinds(deps.path).slice(14)).toEqual([`cancellation ${emailOf('David')} queued`, `promotion ${emailOf('Margaux')} queued`]);
    await cancelRegistration(deps, { session: N1, member: emailOf('Anne'), notify: false });
    expect(outbox(deps.path)).toHaveLength(16);
  });
});

describe('mail plan: convocations, reminders and thanks when due', () => {
  it('queues the convocation from the day 7 days before (with an .ics), the reminder the day before, each once', async () => {
    const deps = await galDeps();
    await registerAgents(deps, 2);
    await editSession(deps, N1, { link: 'https://visio.caprural.org/leader-n1' });
    expect((await planMail(at(deps, '2018-02-07T22:59:00.000Z'), {})).queued).toEqual([]);
    const due = await planMail(at(deps, CONVOCATION_DUE), {});
    expect(due.queued.map((e) => [e.kind, e.to])).toEqual([
      ['convocation', emailOf('Anne')],
      ['convocation', emailOf('Bruno')],
    ]);
    const convocation = due.queued[0]!;
    expect(convocation.subject).toBe('Convocation : Coopérer dans LEADER : amorcer les dynamiques de coopération, le 15/02/2018 10:00');
    expect(convocation.text).toContain('Lien de connexion : https://visio.caprural.org/leader-n1');
    expect(convocation.ics).toContain('METHOD:REQUEST');
    expect(convocation.ics).toContain('DTSTART:20180215T090000Z');
    expect(convocation.ics).toContain(`UID:${N1}.reg-1@caprural`);
    // Setting the link raised the invitation's SEQUENCE (0 -> 1) before anyone was invited.
    expect(convocation.ics).toContain('SEQUENCE:1');
    // Run again the same day: nothing new. The day before (Paris), the reminders.
    expect((await planMail(at(deps, '2018-02-09T10:00:00.000Z'), {})).queued).toEqual([]);
    expect((await planMail(at(deps, '2018-02-13T22:59:00.000Z'), {})).queued).toEqual([]);
    const reminders = await planMail(at(deps, '2018-02-13T23:00:00.000Z'), {});
    expect(reminders.queued.map((e) => e.kind)).toEqual(['reminder', 'reminder']);
    expect(reminders.queued[0]!.subject).toBe('Rappel : Coopérer dans LEADER : amorcer les dynamiques de coopération, le 15/02/2018 10:00');
    expect((await planMail(at(deps, '2018-02-14T10:00:00.000Z'), {})).queued).toEqual([]);
    // --convocation-days, and a session given by id.
    const other = await galDeps();
    await registerAgents(other, 1);
    expect((await planMail(at(other, '2018-02-12T09:00:00.000Z'), { session: N1, convocationDays: 2 })).queued).toEqual([]);
    expect((await planMail(at(other, '2018-02-13T09:00:00.000Z'), { session: N1, convocationDays: 2 })).queued).toHaveLength(1);
  });

  it('after the session, thanks to those present only, and not for sessions long past', async () => {
    const deps = await galDeps();
    await registerAgents(deps, 3);
    await deps.store.update((data) => {
      data.registrations[0]!.attendance = 'present';
      data.registrations[1]!.attendance = 'absent';
    });
    expect((await planMail(at(deps, '2018-02-15T10:00:00.000Z'), {})).queued).toEqual([]);
    const thanks = await planMail(at(deps, '2018-02-15T11:00:00.000Z'), {});
    expect(thanks.queued.map((e) => [e.kind, e.to])).toEqual([['thanks', emailOf('Anne')]]);
    const late = await galDeps();
    await registerAgents(late, 1);
    await late.store.update((data) => void (data.registrations[0]!.attendance = 'present'));
    expect((await planMail(at(late, '2018-03-15T11:00:00.000Z'), {})).queued).toEqual([]);
  });

  it('mail plan prints the outbox and sends nothing; an unknown session is a usage error', async () => {
    const deps = await galDeps();
    await registerAgents(deps, 1);
    const r = await runCli(['mail', 'plan'], { store: deps.path, now: CONVOCATION_DUE });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 message queued now.');
    expect(r.stdout).toMatch(/^kind +session +to +subject\nconfirmation .*\nconvocation +cooperer-leader-n1-2018 +anne@gal.fr +Convocation : /);
    const bad = await runCli(['mail', 'plan', '--session', 'nope'], { store: deps.path, now: CONVOCATION_DUE });
    expect(bad.code).toBe(2);
    // The delay from the config file (caprural config set mail.convocationDays 2); a bad one is a usage error.
    const other = await galDeps();
    await registerAgents(other, 1);
    const config = join(tempDir(), 'config.json');
    writeFileSync(config, JSON.stringify({ mail: { convocationDays: '2' } }));
    const env = { CAPRURAL_CONFIG: config };
    expect((await runCli(['mail', 'plan'], { store: other.path, now: '2018-02-12T09:00:00.000Z', env })).stderr).toContain('Nothing new is due.');
    expect((await runCli(['mail', 'plan'], { store: other.path, now: '2018-02-13T09:00:00.000Z', env })).stderr).toContain('1 message queued now.');
    writeFileSync(config, JSON.stringify({ mail: { convocationDays: 'soon' } }));
    expect((await runCli(['mail', 'plan'], { store: other.path, now: '2018-02-13T09:00:00.000Z', env })).code).toBe(2);
  });
});

describe('session changes and cancellations', () => {
  it('a new date sends an update (SEQUENCE 1) to those convoked, and withdraws the convocation not yet sent', async () => {
    const deps = await galDeps();
    await registerAgents(deps, 2);
    await planMail(at(deps, CONVOCATION_DUE), {});
    // Anne's convocation left; Bruno's is still queued.
    await deps.store.update((data) => {
      const anne = data.outbox!.find((e) => e.kind === 'convocation' && e.memberId === 'anne-durand')!;
      Object.assign(anne, { state: 'sent', sentAt: CONVOCATION_DUE });
    });
    const edited = await editSession(at(deps, '2018-02-09T08:00:00.000Z'), N1, { starts: '16/02/2018 14:00', ends: '16/02/2018 16:00' });
    expect(edited.session.sequence).toBe(1);
    const conv = outbox(deps.path).filter((e) => e.kind === 'convocation');
    expect(conv.map((e) => [e.to, e.state, e.key.split('/').at(-1)])).toEqual([
      [emailOf('Anne'), 'sent', 'reg-1.0'],
      [emailOf('Bruno'), 'withdrawn', 'reg-2.0'],
      [emailOf('Anne'), 'queued', 'reg-1.1'],
      [emailOf('Bruno'), 'queued', 'reg-2.1'],
    ]);
    const [anneUpdate, brunoNew] = conv.slice(2);
    expect(anneUpdate!.subject).toBe('Modification : Coopérer dans LEADER : amorcer les dynamiques de coopération, désormais le 16/02/2018 14:00');
    expect(anneUpdate!.ics).toContain('SEQUENCE:1');
    expect(anneUpdate!.ics).toContain('DTSTART:20180216T130000Z');
    expect(anneUpdate!.ics).toContain(`UID:${N1}.reg-1@caprural`);
    expect(brunoNew!.subject).toMatch(/^Convocation : /);
    // The capacity raised: the waiting list is promoted and told.
    const capacity = await editSession(deps, N1, { capacity: '13' });
    expect(capacity.session.sequence).toBe(1);
  });

  it('a cancelled session tells every registrant, with a calendar cancellation for those invited; --no-notify tells nobody', async () => {
    const deps = await galDeps();
    await registerAgents(deps, 13);
    await planMail(at(deps, CONVOCATION_DUE), {});
    await deps.store.update((data) => {
      for (const e of data.outbox!) if (e.kind === 'convocation' && e.memberId === 'anne-durand') e.state = 'sent';
    });
    await cancelSession(deps, N1);
    const told = outbox(deps.path).filter((e) => e.kind === 'session-cancelled');
    expect(told).toHaveLength(13);
    expect(told[0]!.ics).toContain('METHOD:CANCEL');
    expect(told[0]!.ics).toContain('STATUS:CANCELLED');
    expect(told[0]!.ics).toContain('SEQUENCE:1');
    expect(told[1]!.ics).toBeNull();
    expect(outbox(deps.path).filter((e) => e.kind === 'convocation' && e.state === 'queued')).toEqual([]);
    // session edit --status cancelled tells them too.
    const edited = await galDeps();
    await registerAgents(edited, 2);
    await editSession(edited, N1, { status: 'cancelled' });
    expect(kinds(edited.path).slice(2)).toEqual([`session-cancelled ${emailOf('Anne')} queued`, `session-cancelled ${emailOf('Bruno')} queued`]);
    const quiet = await galDeps();
    await registerAgents(quiet, 1);
    await cancelSession(quiet, N1, { notify: false });
    expect(outbox(quiet.path).map((e) => e.kind)).toEqual(['confirmation']);
  });

  it('a person cancelling after their invitation left gets a calendar cancellation', async () => {
    const deps = await galDeps();
    await registerAgents(deps, 1);
    await planMail(at(deps, CONVOCATION_DUE), {});
    await deps.store.update((data) => void (data.outbox![1]!.state = 'sent'));
    await cancelRegistration(deps, { session: N1, member: emailOf('Anne') });
    const cancellation = outbox(deps.path).at(-1)!;
    expect(cancellation.kind).toBe('cancellation');
    expect(cancellation.ics).toContain('METHOD:CANCEL');
    expect(cancellation.text).toContain("L'annulation jointe (fichier .ics) retire la session de votre agenda.");
  });
});

describe('data rights', () => {
  it('member export includes the messages; member forget erases their content everywhere, backups included', async () => {
    const deps = await galDeps();
    await registerAgents(deps, 2);
    const exported = await exportPerson(deps, emailOf('Anne'));
    expect(exported.mail.map((e) => [e.kind, e.to, e.subject.slice(0, 21)])).toEqual([['confirmation', emailOf('Anne'), 'Inscription confirmée']]);
    await forgetMember(deps, emailOf('Anne'));
    const entries = outbox(deps.path);
    expect(entries[0]).toMatchObject({ memberId: 'anonyme-1', to: '[erased]', subject: '[erased]', text: '[erased]', ics: null, state: 'withdrawn', key: `confirmation/${N1}/anonyme-1/reg-1` });
    expect(entries[1]).toMatchObject({ to: emailOf('Bruno'), state: 'queued' });
    for (const file of [deps.path, ...listBackups(deps.path)]) {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toContain(emailOf('Anne'));
      expect(text).not.toContain('Bonjour Anne');
    }
  });
});
