// caprural mail send against a real SMTP server on a loopback port (smtp-server), messages read
// back with mailparser: the brochure's scenario, never twice, 451 then 250, 550.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cancelRegistration } from '../../src/app/registrations';
import { parseStore } from '../helpers/storeInternals';
import { emailOf, FIRST, galDeps, N1, registerAgents } from '../helpers/mailScenario';
import { runCli } from '../helpers/runCli';
import { mailEnv, startSmtp } from '../helpers/smtpServer';
import { bytesOf } from '../helpers/tempStore';

const NOW = '2018-02-09T12:00:00.000Z';
const outbox = (path: string) => parseStore(readFileSync(path, 'utf8'), path).outbox ?? [];
const recipients = (messages: Array<{ to?: unknown }>) => messages.map((m) => (m.to as { text: string }).text);
const send = (store: string, env: Record<string, string>, ...more: string[]) => runCli(['mail', 'send', '--yes', ...more], { store, now: NOW, env });

describe('caprural mail send (brochure scenario, real SMTP server on loopback)', () => {
  it('sends 12 confirmations and 1 waiting-list message, then after a cancellation the cancellation and 1 promotion; never twice', async () => {
    const deps = await galDeps();
    await registerAgents(deps, 13);
    const smtp = await startSmtp();

    const first = await send(deps.path, mailEnv(smtp));
    expect(first.stderr).toBe('13 sent, 0 to try again later, 0 failed.\n');
    expect(first.code).toBe(0);
    const subjects = smtp.accepted.map((m) => m.subject);
    expect(subjects.filter((s) => s?.startsWith('Inscription confirmée : Coopérer dans LEADER'))).toHaveLength(12);
    expect(subjects.filter((s) => s?.startsWith("Liste d'attente : "))).toHaveLength(1);
    const waiting = smtp.accepted.find((m) => m.subject?.startsWith("Liste d'attente"))!;
    expect(waiting.to).toMatchObject({ value: [{ address: emailOf('Margaux') }] });
    expect(waiting.text).toContain("liste d'attente, en position 1");
    const anne = smtp.accepted.find((m) => (m.to as { text: string }).text === emailOf('Anne'))!;
    expect(anne.subject).toBe('Inscription confirmée : Coopérer dans LEADER : amorcer les dynamiques de coopération, le 15/02/2018 09:00'.replace('09:00', '10:00'));
    expect(anne.text).toContain('Date : le 15/02/2018 de 10:00 à 12:00 (heure de Paris)');
    expect(anne.text).toContain('Pour toute question : Marine Rouchouse, 04 72 72 49 76, 06 77 83 12 76, europe.devrural@caprural.org');
    expect(anne.headers.get('auto-submitted')).toBe('auto-generated');
    expect(anne.messageId).toMatch(/^<caprural\.[0-9a-f]{32}@caprural\.org>$/);
    expect(anne.from?.value).toEqual([{ name: 'Cap Rural', address: 'formation@caprural.org' }]);
    expect(anne.replyTo?.text).toBe('europe.devrural@caprural.org');
    expect(new Set(smtp.accepted.map((m) => m.messageId)).size).toBe(13);
    expect(outbox(deps.path).every((e) => e.state === 'sent' && e.sentAt === NOW && e.tries === 1)).toBe(true);

    // A second run sends nothing already sent.
    const again = await send(deps.path, mailEnv(smtp));
    expect(again).toMatchObject({ code: 0, stdout: 'Nothing to send: the outbox holds no queued message.\n' });
    expect(smtp.attempts).toBe(13);

    // David cancels: his cancellation and Margaux's promotion are queued in that same write.
    await cancelRegistration(deps, { session: N1, member: emailOf('David') });
    expect(
      outbox(deps.path)
        .filter((e) => e.state === 'queued')
        .map((e) => [e.kind, e.to]),
    ).toEqual([
      ['cancellation', emailOf('David')],
      ['promotion', emailOf('Margaux')],
    ]);
    const third = await send(deps.path, mailEnv(smtp), '--json');
    expect(third.code).toBe(0);
    expect(JSON.parse(third.stdout).map((r: { kind: string; outcome: string }) => `${r.kind}:${r.outcome}`)).toEqual(['cancellation:sent', 'promotion:sent']);
    const promotion = smtp.accepted.at(-1)!;
    expect(promotion.subject).toBe("Une place s'est libérée : inscription confirmée à Coopérer dans LEADER : amorcer les dynamiques de coopération");
    expect((promotion.to as { text: string }).text).toBe(emailOf('Margaux'));
    expect(smtp.accepted).toHaveLength(15);
    // Every message went to one person, once.
    const keys = smtp.accepted.map((m) => `${(m.to as { text: string }).text} ${m.subject}`);
    expect(new Set(keys).size).toBe(15);
  });

  it('a server answering 451 then 250 gets the message once; one answering 550 leaves it failed with its words', async () => {
    const deps = await galDeps();
    await registerAgents(deps, 2);
    // Anne's message: 451 the first time, 250 the next. Bruno's: 550.
    const answers = new Map<number, { code: number; message: string }>([
      [1, { code: 451, message: 'Greylisted, try again later' }],
      [2, { code: 550, message: 'No such user here' }],
    ]);
    const smtp = await startSmtp({ answer: (n) => answers.get(n) ?? 'accept' });
    const first = await send(deps.path, mailEnv(smtp));
    expect(first.code).toBe(1);
    expect(first.stderr).toContain(`not sent (will be tried again): confirmation to ${emailOf('Anne')} — 451 Greylisted, try again later`);
    expect(first.stderr).toContain(`failed: confirmation to ${emailOf('Bruno')} — 550 No such user here`);
    expect(outbox(deps.path).map((e) => [e.to, e.state, e.tries, e.lastError])).toEqual([
      [emailOf('Anne'), 'queued', 1, '451 Greylisted, try again later'],
      [emailOf('Bruno'), 'failed', 1, '550 No such user here'],
    ]);

    const second = await send(deps.path, mailEnv(smtp));
    expect(second.code).toBe(0);
    expect(smtp.accepted.map((m) => (m.to as { text: string }).text)).toEqual([emailOf('Anne')]);
    expect(outbox(deps.path).map((e) => [e.state, e.tries])).toEqual([
      ['sent', 2],
      ['failed', 1],
    ]);
    const log = await runCli(['mail', 'log', '--member', emailOf('Bruno')], { store: deps.path, now: NOW });
    expect(log.stdout).toMatch(/confirmation +cooperer-leader-n1-2018 +bruno@gal.fr +failed +1 +Inscription confirmée : .* — 550 No such user here/);
    // A third run sends nothing: the failed message waits for mail retry --failed.
    expect((await send(deps.path, mailEnv(smtp))).stdout).toContain('Nothing to send');
    const retry = await runCli(['mail', 'retry', '--failed', '--yes'], { store: deps.path, now: NOW, env: mailEnv(smtp) });
    expect(retry.code).toBe(0);
    expect(smtp.accepted.map((m) => (m.to as { text: string }).text)).toEqual([emailOf('Anne'), emailOf('Bruno')]);
  });

  it('a connection broken after the whole message went out leaves it unknown: never sent again by itself', async () => {
    const deps = await galDeps();
    await registerAgents(deps, 2);
    const smtp = await startSmtp({ answer: (n) => (n === 1 ? 'drop' : 'accept') });
    const first = await send(deps.path, mailEnv(smtp));
    expect(first.code).toBe(1);
    expect(outbox(deps.path).map((e) => [e.to, e.state])).toEqual([
      [emailOf('Anne'), 'unknown'],
      [emailOf('Bruno'), 'sent'],
    ]);
    await send(deps.path, mailEnv(smtp));
    expect(recipients(smtp.received)).toEqual([emailOf('Anne'), emailOf('Bruno')]);
  });

  it('a transient error is tried again in later runs a bounded number of times, then failed', async () => {
    const deps = await galDeps();
    await registerAgents(deps, 1);
    const smtp = await startSmtp({ answer: () => ({ code: 421, message: 'Too busy' }) });
    for (let run = 1; run <= 6; run += 1) await send(deps.path, mailEnv(smtp));
    expect(smtp.attempts).toBe(5);
    expect(outbox(deps.path)[0]).toMatchObject({ state: 'failed', tries: 5, lastError: '421 Too busy' });
  });

  it('asks first: without a terminal it needs --yes (exit 2, nothing sent, store unchanged)', async () => {
    const deps = await galDeps();
    await registerAgents(deps, 1);
    const smtp = await startSmtp();
    const before = bytesOf(deps.path);
    const r = await runCli(['mail', 'send'], { store: deps.path, now: NOW, env: mailEnv(smtp) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--yes');
    expect(smtp.attempts).toBe(0);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });

  it('--test-to sends one message of each kind to the organiser only, and changes nothing', async () => {
    const deps = await galDeps();
    await registerAgents(deps, 13);
    const smtp = await startSmtp();
    const before = bytesOf(deps.path);
    const r = await send(deps.path, mailEnv(smtp), '--test-to', 'organisatrice@caprural.org');
    expect(r.stdout).toBe('2 test messages sent to organisatrice@caprural.org (one of each kind queued); the outbox is unchanged.\n');
    expect(smtp.accepted.map((m) => [(m.to as { text: string }).text, m.subject?.slice(0, 28)])).toEqual([
      ['organisatrice@caprural.org', '[TEST] Inscription confirmée'],
      ['organisatrice@caprural.org', "[TEST] Liste d'attente : Coo"],
    ]);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });

  it('needs a server and a sender; the password never reaches the store, its backups or the messages', async () => {
    const deps = await galDeps();
    await registerAgents(deps, 1);
    const noUrl = await runCli(['mail', 'send', '--yes'], { store: deps.path, now: NOW, env: {} });
    expect(noUrl.code).toBe(2);
    expect(noUrl.stderr).toContain('CAPRURAL_SMTP_URL');
    // The command to copy is quoted for the shell (« » would be pasted as part of the words).
    const noUrlFr = await runCli(['mail', 'send', '--yes'], { store: deps.path, now: NOW, env: {}, lang: 'fr' });
    expect(noUrlFr.stderr.replace(/\s+/g, ' ')).toContain('caprural reglages definir mail.from "Cap Rural <formation@caprural.org>"');
    const inUrl = await runCli(['mail', 'send', '--yes'], { store: deps.path, now: NOW, env: { CAPRURAL_SMTP_URL: 'smtp://u:pw@127.0.0.1:25', CAPRURAL_MAIL_FROM: 'a@b.fr' } });
    expect(inUrl.code).toBe(2);
    expect(inUrl.stderr).toContain('CAPRURAL_SMTP_PASSWORD');
    const smtp = await startSmtp({ auth: { user: 'caprural', password: 'Tr0ub4dor&3-secret' } });
    const url = smtp.url.replace('smtp://', 'smtp://caprural@');
    const wrong = await runCli(['mail', 'send', '--yes'], { store: deps.path, now: NOW, env: mailEnv(smtp, { CAPRURAL_SMTP_URL: url, CAPRURAL_SMTP_PASSWORD: 'nope' }) });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('The SMTP server refused the login');
    expect(outbox(deps.path)[0]).toMatchObject({ state: 'queued', tries: 0 });
    const ok = await runCli(['mail', 'send', '--yes'], { store: deps.path, now: NOW, env: mailEnv(smtp, { CAPRURAL_SMTP_URL: url, CAPRURAL_SMTP_PASSWORD: 'Tr0ub4dor&3-secret' }) });
    expect(ok.code).toBe(0);
    expect(smtp.logins.at(-1)).toEqual({ user: 'caprural', password: 'Tr0ub4dor&3-secret' });
    expect(smtp.accepted).toHaveLength(1);
    const { readdirSync } = await import('node:fs');
    const { dirname, join } = await import('node:path');
    const files = [deps.path, ...readdirSync(`${deps.path}.backups`).map((f) => join(`${deps.path}.backups`, f))];
    for (const file of files) expect(readFileSync(file, 'utf8')).not.toContain('Tr0ub4dor');
    expect(readdirSync(dirname(deps.path)).some((f) => f.includes('Tr0ub4dor'))).toBe(false);
    expect(smtp.accepted[0]!.text).not.toContain('Tr0ub4dor');
  });

  it('a server that cannot be reached stops the run; the messages stay queued for the next one', async () => {
    const deps = await galDeps();
    await registerAgents(deps, 2);
    const r = await runCli(['mail', 'send', '--yes'], { store: deps.path, now: NOW, env: { CAPRURAL_SMTP_URL: 'smtp://127.0.0.1:1', CAPRURAL_MAIL_FROM: 'formation@caprural.org' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The SMTP server cannot be reached');
    expect(outbox(deps.path).map((e) => [e.state, e.tries])).toEqual([
      ['queued', 1],
      ['queued', 0],
    ]);
  });

  it('session add|edit --link/--place are shown by session show; a link must be an http(s) URL', async () => {
    const deps = await galDeps();
    const edit = await runCli(['session', 'edit', N1, '--link', 'https://visio.caprural.org/n1', '--place', 'Maison de la Région, Lyon'], { store: deps.path, now: NOW });
    expect(edit.code).toBe(0);
    const show = await runCli(['session', 'show', N1], { store: deps.path, now: NOW });
    expect(show.stdout).toContain('  Joining link: https://visio.caprural.org/n1\n  Place: Maison de la Région, Lyon');
    const before = bytesOf(deps.path);
    const bad = await runCli(['session', 'edit', N1, '--link', 'javascript:alert(1)'], { store: deps.path, now: NOW });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Invalid --link');
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    const cleared = await runCli(['session', 'edit', N1, '--place', ''], { store: deps.path, now: NOW });
    expect(cleared.code).toBe(0);
    expect((await runCli(['session', 'show', N1], { store: deps.path, now: NOW })).stdout).not.toContain('Place:');
  });

  it(`sends each of ${FIRST.length} people's message in their order (one at a time)`, async () => {
    const deps = await galDeps();
    await registerAgents(deps, 3);
    const smtp = await startSmtp();
    await send(deps.path, mailEnv(smtp));
    expect(smtp.accepted.map((m) => (m.to as { text: string }).text)).toEqual(FIRST.slice(0, 3).map(emailOf));
  });
});
