// Issue 13, item 6: a cotisation recorded at the prompt with today's date and no amount can be
// corrected (membership edit) or cancelled with a reason (membership cancel); the "already paid"
// refusal names the edit command.
import { screen } from '@inquirer/testing/vitest';
import { until } from '../helpers/screen';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDir } from '../helpers/tempStore';

const NOW = '2018-01-20T10:00:00.000Z';

async function store() {
  const path = join(tempDir(), 'store.json');
  const ok = async (args: string[]) => expect((await runCli(args, { store: path, now: NOW })).code).toBe(0);
  await ok(['init']);
  await ok(['org', 'add', '--name', 'GAL du Pays de Gex', '--kind', 'GAL']);
  await ok(['member', 'add', '--first', 'Marie-Hélène', '--last', 'L’Hôte', '--email', 'mhl@gex.fr', '--org', 'gal-du-pays-de-gex', '--role', 'agent']);
  return path;
}

describe('cotisations recorded, then corrected', () => {
  it('at the prompt: the payer found by the one matcher, the day (today by default), the amount and the reference are asked', async () => {
    const path = await store();
    const running = runCli(['membership', 'pay', '--json'], { store: path, now: NOW, tty: true });
    await until('Who pays');
    screen.type('marie helene lhote');
    await until('Marie-Hélène L’Hôte <mhl@gex.fr>');
    screen.keypress('enter');
    await until('Year');
    screen.keypress('enter'); // 2018, the clock's year
    await until('Paid on');
    expect(screen.getScreen()).toContain('20/01/2018');
    screen.keypress('enter');
    await until('Amount in euros');
    screen.keypress('enter'); // not known
    await until('Reference');
    screen.type('Chèque 4521');
    screen.keypress('enter');
    const r = await running;
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ memberId: 'marie-helene-l-hote', year: 2018, paidOn: '2018-01-20', amountCents: null, reference: 'Chèque 4521' });
  });

  it('paying again is refused and names the edit command, which works', async () => {
    const path = await store();
    const cli = (args: string[]) => runCli(args, { store: path, now: NOW });
    expect((await cli(['membership', 'pay', 'GAL du Pays de Gex', '--year', '2018'])).code).toBe(0);
    const again = await cli(['membership', 'pay', 'GAL du Pays de Gex', '--year', '2018', '--on', '15/01/2018', '--amount', '120']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('To correct it: caprural membership edit gal-du-pays-de-gex --year 2018 --on DATE --amount EUR --reference TEXT');

    const edit = await cli(['membership', 'edit', 'gal-du-pays-de-gex', '--year', '2018', '--on', '15/01/2018', '--amount', '120,50', '--reference', 'Chèque 4521']);
    expect(edit.code).toBe(0);
    expect(edit.stdout).toBe('Cotisation 2018 of GAL du Pays de Gex corrected (paid on 2018-01-15, amount 120,50 €, reference Chèque 4521).\n');
    const list = JSON.parse((await cli(['membership', 'list', '--json'])).stdout);
    expect(list).toMatchObject([{ organisationId: 'gal-du-pays-de-gex', year: 2018, paidOn: '2018-01-15', amountCents: 12050, reference: 'Chèque 4521' }]);
    const log = JSON.parse((await cli(['log', '--json'])).stdout);
    expect(log.at(-1)).toMatchObject({ action: 'membership.edit', target: 'gal-du-pays-de-gex', details: { year: 2018, fields: ['paidOn', 'amountCents', 'reference'], amountCents: 12050 } });

    // The same values again: nothing written. Clearing the amount with "".
    const before = bytesOf(path);
    const same = await cli(['membership', 'edit', 'gal-du-pays-de-gex', '--year', '2018', '--amount', '120.50']);
    expect(same.stdout).toContain('nothing to change');
    expect(bytesOf(path).equals(before)).toBe(true);
    expect((await cli(['membership', 'edit', 'GAL du Pays de Gex', '--year', '2018', '--amount', ''])).code).toBe(0);
    expect(JSON.parse((await cli(['membership', 'list', '--json'])).stdout)[0].amountCents).toBeNull();
  });

  it('refusals write nothing: nothing to correct, no such cotisation, a bad value', async () => {
    const path = await store();
    const cli = (args: string[]) => runCli(args, { store: path, now: NOW });
    expect((await cli(['membership', 'pay', 'gal-du-pays-de-gex', '--year', '2018'])).code).toBe(0);
    const before = bytesOf(path);
    const nothing = await cli(['membership', 'edit', 'gal-du-pays-de-gex', '--year', '2018']);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('Say what to correct');
    const missing = await cli(['membership', 'edit', 'gal-du-pays-de-gex', '--year', '2019', '--amount', '10']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No 2019 cotisation is recorded for GAL du Pays de Gex.');
    const bad = await cli(['membership', 'edit', 'gal-du-pays-de-gex', '--year', '2018', '--on', '31/02/2018']);
    expect(bad.code).toBe(2);
    expect(bytesOf(path).equals(before)).toBe(true);
  });

  it('membership cancel needs a reason, removes the cotisation and logs what it was; R3 then refuses', async () => {
    const path = await store();
    const cli = (args: string[]) => runCli(args, { store: path, now: NOW, lang: 'fr' });
    expect((await cli(['membership', 'pay', 'gal-du-pays-de-gex', '--year', '2018', '--amount', '120'])).code).toBe(0);
    const before = bytesOf(path);
    const noReason = await cli(['membership', 'cancel', 'gal-du-pays-de-gex', '--year', '2018']);
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toContain('membership cancel demande --reason');
    expect(bytesOf(path).equals(before)).toBe(true);
    const c = await cli(['membership', 'cancel', 'GAL du Pays de Gex', '--year', '2018', '--reason', 'Saisie en double']);
    expect(c.code).toBe(0);
    expect(c.stdout).toContain('Cotisation 2018 de GAL du Pays de Gex (payée le 20/01/2018) annulée');
    expect(JSON.parse((await cli(['membership', 'list', '--json'])).stdout)).toEqual([]);
    const log = JSON.parse((await cli(['log', '--json'])).stdout);
    expect(log.at(-1)).toMatchObject({ action: 'membership.cancel', target: 'gal-du-pays-de-gex', details: { year: 2018, amountCents: 12000, reason: 'Saisie en double' } });
    const reg = await cli(['register', '--session', 'cooperer-leader-n1-2018', '--member', 'mhl@gex.fr', '--received-at', '20/01/2018 09:00']);
    expect(reg.code).toBe(1);
    expect(reg.stderr).toContain('R3');
  });
});
