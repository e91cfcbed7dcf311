// Issue 11: member import changes only the columns the file has; imported ids follow the rules of made ids.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { seedBrochure } from '../helpers/scenario';
import { bytesOf, tempDeps, tempDir } from '../helpers/tempStore';

const csv = (lines: string[]) => {
  const file = join(tempDir(), 'people.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};

describe('member import changes only the columns the file has', () => {
  it('a file with first_name,last_name,email keeps phone, organisation, roles and cotisation cover', async () => {
    const deps = await tempDeps({ seed: seedBrochure });
    await deps.store.update((d) => void (d.members.find((m) => m.id === 'veronique-bernard')!.roles = ['agent', 'coprog']));
    const before = (await deps.store.read()).members;
    const file = csv(['first_name,last_name,email', 'Véronique,Bernard-Morel,vb@gex.fr', "Jean-Édouard,d'Artois,jea@gex.fr"]);
    const r = await runCli(['member', 'import', file, '--json'], { store: deps.path });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ updated: ['veronique-bernard'], unchanged: 1, changes: [{ id: 'veronique-bernard', fields: ['lastName'] }] });
    const after = (await deps.store.read()).members;
    const vb = after.find((m) => m.id === 'veronique-bernard')!;
    expect(vb).toEqual({ ...before.find((m) => m.id === 'veronique-bernard')!, lastName: 'Bernard-Morel' });
    expect(after.find((m) => m.id === 'jean-edouard-d-artois')).toEqual(before.find((m) => m.id === 'jean-edouard-d-artois'));
    // Still covered by the organisation's 2018 cotisation.
    const elig = await runCli(['membership', 'list', '--year', '2018', '--json'], { store: deps.path });
    expect(elig.code).toBe(0);
  });

  it('an empty cell in a present column clears that field; the dry run lists the fields per person and writes nothing', async () => {
    const deps = await tempDeps({ seed: seedBrochure });
    const file = csv(['email,phone,organisation,roles', 'vb@gex.fr,,,', 'jea@gex.fr,06 11 22 33 44,GAL du Pays de Gex,agent']);
    const before = bytesOf(deps.path);
    const dry = await runCli(['member', 'import', file, '--dry-run'], { store: deps.path });
    expect(dry.code).toBe(2); // first_name and last_name are still required columns
    expect(bytesOf(deps.path).equals(before)).toBe(true);

    const full = csv(['first_name,last_name,email,phone,organisation,roles', 'Véronique,Bernard,vb@gex.fr,,,', "Jean-Édouard,d'Artois,jea@gex.fr,06 11 22 33 44,GAL du Pays de Gex,agent"]);
    const plan = await runCli(['member', 'import', full, '--dry-run'], { store: deps.path });
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('veronique-bernard: phone, organisation (GAL du Pays de Gex → —; 2018 cotisation no longer covered), roles');
    expect(plan.stdout).toContain('jean-edouard-d-artois: phone');
    expect(bytesOf(deps.path).equals(before)).toBe(true);

    const r = await runCli(['member', 'import', full], { store: deps.path });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('veronique-bernard: phone, organisation (GAL du Pays de Gex → —; 2018 cotisation no longer covered), roles');
    const vb = (await deps.store.read()).members.find((m) => m.id === 'veronique-bernard')!;
    expect(vb).toMatchObject({ phone: null, organisationId: null, roles: [] });
  });
});

describe('imported ids follow the rules of made ids', () => {
  it('a 130-character member_id is refused with exit 2, nothing written, and the store stays usable', async () => {
    const deps = await tempDeps({ empty: true });
    const before = bytesOf(deps.path);
    const file = csv(['member_id,first_name,last_name,email', `${'a'.repeat(130)},Ana,Lopez,ana@x.fr`]);
    const r = await runCli(['member', 'import', file], { store: deps.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/column "member_id": ".*" is not an id caprural could make/);
    // The value is quoted at most 80 characters long.
    expect(r.stderr).not.toContain('a'.repeat(81));
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    expect((await runCli(['member', 'list'], { store: deps.path })).code).toBe(0);
  });

  it.each(['E', 'jean paul', 'anonyme-3', 'a--b', '-a', 'é'])('refuses the member_id %j', async (id) => {
    const deps = await tempDeps({ empty: true });
    const r = await runCli(['member', 'import', csv(['member_id,first_name,last_name,email', `${id},Ana,Lopez,ana@x.fr`])], { store: deps.path });
    expect(r.code).toBe(2);
  });

  it('takes a well-formed member_id, and the id of a known person whatever its shape', async () => {
    const deps = await tempDeps({ empty: true });
    const r = await runCli(['member', 'import', csv(['member_id,first_name,last_name,email', 'ana-lopez-2,Ana,Lopez,ana@x.fr'])], { store: deps.path });
    expect(r.code).toBe(0);
    expect((await deps.store.read()).members.map((m) => m.id)).toEqual(['ana-lopez-2']);
  });
});
