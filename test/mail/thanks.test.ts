// After the session: thanks to those present, with their certificate of completion (caprural doc's
// model) attached when the provider is set in the config file; the certificate is then recorded as issued.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emailOf, galDeps, registerAgents } from '../helpers/mailScenario';
import { runCli } from '../helpers/runCli';
import { mailEnv, startSmtp } from '../helpers/smtpServer';
import { parseStore } from '../helpers/storeInternals';
import { tempDir } from '../helpers/tempStore';

const AFTER = '2018-02-15T12:00:00.000Z';
const PROVIDER = { provider: { name: 'Cap Rural', address: '14 rue de l’Exemple, 69007 Lyon', siret: '73282932000074', signatory: 'Marine Rouchouse', place: 'Lyon' } };

async function heldWithTwoPresent() {
  const deps = await galDeps();
  await registerAgents(deps, 3);
  await deps.store.update((data) => {
    data.registrations[0]!.attendance = 'present';
    data.registrations[1]!.attendance = 'present';
    data.registrations[2]!.attendance = 'absent';
    for (const e of data.outbox!) e.state = 'sent';
  });
  return deps;
}

describe('thanks after the session', () => {
  it('attach the certificate of completion when the provider is set, and record it as issued', async () => {
    const deps = await heldWithTwoPresent();
    const config = join(tempDir(), 'config.json');
    writeFileSync(config, JSON.stringify(PROVIDER), { mode: 0o600 });
    const smtp = await startSmtp();
    const env = mailEnv(smtp, { CAPRURAL_CONFIG: config });
    const plan = await runCli(['mail', 'plan'], { store: deps.path, now: AFTER, env });
    expect(plan.code).toBe(0);
    expect(plan.stderr).toContain('2 messages queued now.');
    const sent = await runCli(['mail', 'send', '--yes'], { store: deps.path, now: AFTER, env });
    expect(sent.code).toBe(0);
    expect(smtp.accepted.map((m) => (m.to as { text: string }).text)).toEqual([emailOf('Anne'), emailOf('Bruno')]);
    const anne = smtp.accepted[0]!;
    expect(anne.subject).toBe('Merci de votre participation : Coopérer dans LEADER : amorcer les dynamiques de coopération');
    expect(anne.text).toContain('Votre certificat de réalisation est joint à ce message (PDF).');
    const pdf = anne.attachments.find((a) => a.contentType === 'application/pdf')!;
    expect(pdf.filename).toBe('certificat-cooperer-leader-n1-2018.pdf');
    expect(pdf.content.subarray(0, 5).toString()).toBe('%PDF-');
    const data = parseStore(readFileSync(deps.path, 'utf8'), deps.path);
    expect(data.registrations.map((r) => r.certificates?.length ?? 0)).toEqual([1, 1, 0]);
    expect(data.outbox!.filter((e) => e.kind === 'thanks').map((e) => e.attach)).toEqual([['certificate'], ['certificate']]);
  });

  it('without the provider in the config file: thanks alone, and the organiser is told why', async () => {
    const deps = await heldWithTwoPresent();
    const smtp = await startSmtp();
    const plan = await runCli(['mail', 'plan'], { store: deps.path, now: AFTER, env: mailEnv(smtp) });
    expect(plan.stderr).toContain("The thanks are queued without the certificate of completion: the provider's provider.name, provider.siret is not set");
    await runCli(['mail', 'send', '--yes'], { store: deps.path, now: AFTER, env: mailEnv(smtp) });
    expect(smtp.accepted).toHaveLength(2);
    expect(smtp.accepted[0]!.attachments).toEqual([]);
    expect(smtp.accepted[0]!.text).toContain('Pour une attestation ou un certificat de réalisation, répondez à ce message.');
  });
});
