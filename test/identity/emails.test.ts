// Issue 12, item 2: one person has one e-mail. E-mails are NFKC-normalised and refused when they
// hold a control, format (zero-width, soft hyphen, bidi) or space character, on every path.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emailKey, parseEmail } from '../../src/domain/contact';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDir } from '../helpers/tempStore';

/** Addresses that look like ana@x.fr (or another) on screen but hold what an address cannot. */
const REFUSED: Array<[string, string]> = [
  ['zero-width space', 'ana\u200b@x.fr'],
  ['zero-width joiner', 'an\u200da@x.fr'],
  ['soft hyphen', 'an\u00ada@x.fr'],
  ['BOM / zero-width no-break space', 'ana@x.fr\ufeff'],
  ['word joiner', 'ana@\u2060x.fr'],
  ['right-to-left override', 'ana@\u202ex.fr'],
  ['left-to-right mark', 'ana\u200e@x.fr'],
  ['ESC', 'ana\x1b[2J@x.fr'],
  ['BEL', 'ana@x.fr\x07'],
  ['backspaces', 'boss@evil.fr\b\b\b\b\b\b\bgal-drome.fr'],
  ['C1 control (CSI)', 'ana\u009b@x.fr'],
  ['next line (C1)', 'ana@x.fr\u0085'],
  ['no-break space', 'ana\u00a0@x.fr'],
  ['ideographic space', 'ana@x.fr\u3000'],
  ['thin space', 'ana\u2009@x.fr'],
  ['line separator', 'ana@x.fr\u2028'],
];

describe('parseEmail', () => {
  it.each(REFUSED)('refuses an address holding a %s', (_what, email) => expect(parseEmail(email)).toBeNull());

  it.each([
    ['full-width letters', 'ＡＮＡ＠ｘ．ｆｒ', 'ana@x.fr'],
    ['a ligature', 'ﬁlip@x.fr', 'filip@x.fr'],
    ['mathematical letters', '𝐚𝐧𝐚@x.fr', 'ana@x.fr'],
    ['a circled letter', 'ⓐna@x.fr', 'ana@x.fr'],
    ['ordinary spaces around (trimmed)', '  ana@x.fr \t', 'ana@x.fr'],
    ['accented letters, kept', 'Véro@Exemple.fr', 'véro@exemple.fr'],
  ])('normalises %s (NFKC, lower case)', (_what, input, stored) => {
    expect(parseEmail(input)).toBe(stored);
    expect(emailKey(input)).toBe(stored);
  });
});

const NOW = '2018-02-16T10:00:00.000Z';

async function storeWithAna(): Promise<string> {
  const store = join(tempDir(), 'store.json');
  const ok = async (args: string[]) => expect((await runCli(args, { store, now: NOW })).code).toBe(0);
  await ok(['init']);
  await ok(['org', 'add', '--name', 'GAL du Pays de Gex', '--kind', 'GAL']);
  await ok(['membership', 'pay', 'gal-du-pays-de-gex', '--year', '2018']);
  await ok(['member', 'add', '--first', 'Ana', '--last', 'Lopez', '--email', 'ana@x.fr', '--org', 'gal-du-pays-de-gex', '--role', 'agent']);
  await ok(['register', '--session', 'cooperer-leader-n1-2018', '--member', 'ana@x.fr', '--received-at', '01/02/2018']);
  return store;
}

describe('every path refuses such an address and writes nothing', () => {
  it.each(REFUSED)('member add --email with a %s: exit 2', async (_what, email) => {
    const store = await storeWithAna();
    const before = bytesOf(store);
    const r = await runCli(['member', 'add', '--first', 'Ana', '--last', 'Lopez', '--email', email], { store, now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Invalid e-mail');
    expect(bytesOf(store).equals(before)).toBe(true);
  });

  it('member edit --email', async () => {
    const store = await storeWithAna();
    const before = bytesOf(store);
    for (const [, email] of REFUSED) {
      const r = await runCli(['member', 'edit', 'ana-lopez', '--email', email], { store, now: NOW });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Invalid e-mail');
    }
    expect(bytesOf(store).equals(before)).toBe(true);
  });

  it('member import, register --import and attendance --import list the row', async () => {
    const store = await storeWithAna();
    const before = bytesOf(store);
    const dir = tempDir();
    const people = join(dir, 'people.csv');
    writeFileSync(people, `first_name,last_name,email\nZoé,Martin,zo\u200be@x.fr\nLéa,Petit,l\u00adea@x.fr\n`);
    const m = await runCli(['member', 'import', people], { store, now: NOW });
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/line 2, column "email": Invalid e-mail/);
    expect(m.stderr).toMatch(/line 3, column "email": Invalid e-mail/);
    const regs = join(dir, 'regs.csv');
    writeFileSync(regs, `session;email;received_at;first_name;last_name\ncooperer-leader-n1-2018;zo\u200be@x.fr;01/02/2018;Zoé;Martin\n`);
    const r = await runCli(['register', '--import', regs], { store, now: '2018-02-05T10:00:00.000Z' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 2, column "email": .*e-mail/i);
    const report = join(dir, 'report.csv');
    writeFileSync(report, `email;minutes\nana\u200b@x.fr;45\n`);
    // A report's bad row never aborts the import (issue 10): it is listed, and marks nobody present.
    const a = await runCli(['attendance', 'cooperer-leader-n1-2018', '--import', report, '--dry-run'], { store, now: NOW });
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/line 2, column "email": .*the value "ana\\u200B@x\.fr" cannot be read/i);
    expect(bytesOf(store).equals(before)).toBe(true);
  });
});

describe('a full-width or compatibility form is the same address, so the same person', () => {
  it('member add refuses a second person with ＡＮＡ＠ｘ．ｆｒ (already used)', async () => {
    const store = await storeWithAna();
    const before = bytesOf(store);
    const r = await runCli(['member', 'add', '--first', 'Ana', '--last', 'Lopes', '--email', 'ＡＮＡ＠ｘ．ｆｒ'], { store, now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already used by ana-lopez');
    expect(bytesOf(store).equals(before)).toBe(true);
  });

  it('member add stores the NFKC form', async () => {
    const store = await storeWithAna();
    const r = await runCli(['member', 'add', '--first', 'Zoé', '--last', 'Martin', '--email', 'ｚｏｅ＠ｘ．ｆｒ', '--json'], { store, now: NOW });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).email).toBe('zoe@x.fr');
  });

  it('--member, register --import and attendance --import find the person by it; member import updates them', async () => {
    const store = await storeWithAna();
    expect((await runCli(['member', 'show', 'ａｎａ＠ｘ．ｆｒ'], { store, now: NOW })).stdout).toContain('(ana-lopez)');
    const dir = tempDir();
    const report = join(dir, 'report.csv');
    writeFileSync(report, `email;minutes\nＡＮＡ＠ｘ．ｆｒ;45\n`);
    const a = await runCli(['attendance', 'cooperer-leader-n1-2018', '--import', report, '--json'], { store, now: NOW });
    expect(a.code, a.stderr).toBe(0);
    expect(JSON.parse(a.stdout).changes).toEqual([expect.objectContaining({ memberId: 'ana-lopez', to: 'present' })]);
    const people = join(dir, 'people.csv');
    writeFileSync(people, `first_name,last_name,email,phone\nAna,Lopez,ＡＮＡ＠ｘ．ｆｒ,0472724976\n`);
    const m = await runCli(['member', 'import', people, '--json'], { store, now: NOW });
    expect(m.code, m.stderr).toBe(0);
    expect(JSON.parse(m.stdout)).toMatchObject({ created: [], updated: ['ana-lopez'] });
    const list = JSON.parse((await runCli(['member', 'list', '--json'], { store, now: NOW })).stdout) as Array<{ email: string }>;
    expect(list.map((p) => p.email)).toEqual(['ana@x.fr']);
  });

  it('register --import does not create a second person for ＡＮＡ＠ｘ．ｆｒ', async () => {
    const store = await storeWithAna();
    const regs = join(tempDir(), 'regs.csv');
    writeFileSync(regs, `session;email;received_at;first_name;last_name\ncooperer-leader-n2-2017;ＡＮＡ＠ｘ．ｆｒ;01/05/2017;Ana;Lopez\n`);
    const r = await runCli(['register', '--import', regs, '--json', '--force', '--reason', 'archive'], { store, now: NOW });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ created: 0, registrations: [expect.objectContaining({ memberId: 'ana-lopez' })] });
  });
});

describe('doctor on e-mails stored before they were normalised', () => {
  it('reports an address with an invisible character and two addresses equal once normalised', async () => {
    const { openStore } = await import('../../src/store/index');
    const store = await storeWithAna();
    await openStore(store, { now: () => new Date(NOW) }).update((data) => {
      const base = data.members[0]!;
      data.members.push({ ...base, id: 'ana-lopez-2', email: 'ana\u200b@x.fr' }, { ...base, id: 'ana-lopez-3', email: 'ＡＮＡ@x.fr' });
    });
    const r = await runCli(['doctor', '--json'], { store, now: NOW });
    expect(r.code).toBe(1);
    const codes = (JSON.parse(r.stdout) as { findings: Array<{ code: string; id?: string }> }).findings.map((f) => `${f.code} ${f.id ?? ''}`);
    expect(codes).toContain('doctorEmailNotNormal ana-lopez-2');
    expect(codes).toContain('doctorEmailNotNormal ana-lopez-3');
    expect(codes).toContain('doctorEmailSameNormalised ana-lopez-3');
    expect(codes.some((c) => c.startsWith('doctorEmailNotNormal ana-lopez '))).toBe(false);
  });
});
