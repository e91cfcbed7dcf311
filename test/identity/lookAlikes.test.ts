// Issue 12, item 3: ids made from names are ASCII slugs; a person whose name or e-mail is
// confusable with someone already on file (Unicode confusables, mixed alphabets) is added with a
// warning naming that person.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLookAlikes, lookOfEmail, lookOfName, scriptsOf, skeleton } from '../../src/domain/lookAlike';
import { slugify } from '../../src/domain/slugify';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempStore';
import { person } from '../helpers/people';

const CYRILLIC_A = '\u0430';
const CYRILLIC_O = '\u043e';
const GREEK_O = '\u03bf';

describe('slugify makes ASCII ids', () => {
  it.each([
    [`Ana Bern${CYRILLIC_A}rd`, 'ana-bernard'],
    [`${GREEK_O}livier Roi`, 'olivier-roi'],
    ['Зоя Петрова', 'zoya-petrova'],
    ['Œdipe Roi', 'oedipe-roi'],
    ["Jean-Édouard d'Artois", 'jean-edouard-d-artois'],
    ['Müller Łukasz Ørsted', 'muller-lukasz-orsted'],
    ['Anne O’Neil', 'anne-o-neil'],
  ])('%j -> %j', (name, id) => {
    expect(slugify(name)).toBe(id);
    expect(slugify(name)).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('skeletons (UTS #39)', () => {
  it('a Cyrillic or Greek letter looks like its Latin twin', () => {
    expect(lookOfName(`Ana Bern${CYRILLIC_A}rd`)).toBe(lookOfName('Ana Bernard'));
    expect(lookOfName(`${GREEK_O}livier Roi`)).toBe(lookOfName('Olivier Roi'));
    expect(lookOfEmail(`b${CYRILLIC_O}ss@gal-drome.fr`)).toBe(lookOfEmail('boss@gal-drome.fr'));
    expect(skeleton('rn')).toBe(skeleton('m'));
    expect(lookOfEmail('camille1@x.fr')).toBe(lookOfEmail('camillel@x.fr'));
  });

  it('different names stay different', () => {
    expect(lookOfName('Ana Bernard')).not.toBe(lookOfName('Ana Bertrand'));
    expect(lookOfEmail('ana@x.fr')).not.toBe(lookOfEmail('anna@x.fr'));
  });

  it('knows the scripts of a text', () => {
    expect(scriptsOf(`Bern${CYRILLIC_A}rd`)).toEqual(['Latin', 'Cyrillic']);
    expect(scriptsOf('Зоя Петрова')).toEqual(['Cyrillic']);
    expect(scriptsOf("Jean-Édouard d'Artois")).toEqual(['Latin']);
  });
});

describe('findLookAlikes', () => {
  const ana = person('ana-bernard', 'Ana', 'Bernard', { email: 'ana@gal-drome.fr' });
  const boss = person('jean-boss', 'Jean', 'Boss', { email: 'boss@gal-drome.fr' });

  it('names the existing person whose name looks the same, with the odd character', () => {
    const fake = person('ana-bernard-2', 'Ana', `Bern${CYRILLIC_A}rd`, { email: 'ana.b@x.fr' });
    const found = findLookAlikes([ana, boss, fake], [fake]);
    expect(found).toContainEqual({ kind: 'name', member: fake, existing: ana, characters: ['а U+0430'] });
    expect(found).toContainEqual({ kind: 'mixedName', member: fake, scripts: ['Latin', 'Cyrillic'] });
  });

  it('names the existing person whose e-mail looks the same', () => {
    const fake = person('jean-bosse', 'Jean', 'Bosse', { email: `b${CYRILLIC_O}ss@gal-drome.fr` });
    const found = findLookAlikes([ana, boss, fake], [fake]);
    expect(found).toContainEqual({ kind: 'email', member: fake, existing: boss, characters: ['о U+043E'] });
    expect(found).toContainEqual({ kind: 'mixedEmail', member: fake, scripts: ['Latin', 'Cyrillic'] });
  });

  it('says nothing for a different person, a namesake, an all-Cyrillic name or an anonymised record', () => {
    const other = person('zoe-martin', 'Zoé', 'Martin', { email: 'zoe@x.fr' });
    const namesake = person('ana-bernard-2', 'Ana', 'Bernard', { email: 'ana2@x.fr' });
    const russian = person('zoya-petrova', 'Зоя', 'Петрова', { email: 'zoya@x.fr' });
    const anonymous = { ...person('anonyme-1', 'Anonyme', 'Anonyme', { email: 'anonyme-1@anonyme.invalid' }), anonymisedAt: '2018-01-01T00:00:00.000Z' };
    const anonymous2 = { ...person('anonyme-2', 'Anonyme', 'Anonyme', { email: 'anonyme-2@anonyme.invalid' }), anonymisedAt: '2018-01-01T00:00:00.000Z' };
    expect(findLookAlikes([ana, boss, other, namesake, russian, anonymous, anonymous2], [other, namesake, russian, anonymous2])).toEqual([]);
  });

  it('is quick on 20,000 people (ASCII fast path)', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => person(`p-${i}`, `Prénom${'abcdefghij'[i % 10]}`, `Nom${i}`, { email: `p${i}@gal.fr` }));
    const added = person('x', 'Ana', `Bern${CYRILLIC_A}rd`, { email: 'a@x.fr' });
    const started = performance.now();
    findLookAlikes([...many, ana, added], [added]);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

const NOW = '2018-02-05T10:00:00.000Z';

async function storeWithPeople(): Promise<string> {
  const store = join(tempDir(), 'store.json');
  const ok = async (args: string[]) => expect((await runCli(args, { store, now: NOW })).code).toBe(0);
  await ok(['init']);
  await ok(['member', 'add', '--first', 'Ana', '--last', 'Bernard', '--email', 'ana@gal-drome.fr', '--role', 'agent']);
  await ok(['member', 'add', '--first', 'Jean', '--last', 'Boss', '--email', 'boss@gal-drome.fr', '--role', 'agent']);
  return store;
}

describe('adding a look-alike person warns and names the existing one', () => {
  it('member add: a Cyrillic letter in the name gives an ASCII id and a warning naming ana-bernard', async () => {
    const store = await storeWithPeople();
    const r = await runCli(['member', 'add', '--first', 'Ana', '--last', `Bern${CYRILLIC_A}rd`, '--email', 'ana.b@x.fr', '--json'], { store, now: NOW });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe('ana-bernard-2');
    expect(r.stderr).toContain('looks like Ana Bernard (ana-bernard, ana@gal-drome.fr)');
    expect(r.stderr).toContain('а U+0430');
    expect(r.stderr).toContain('mixes alphabets (Latin, Cyrillic)');
  });

  it('member add: the alphabets are named in French in French (latin, cyrillique, grec), in English in English', async () => {
    const store = await storeWithPeople();
    const fr = await runCli(['member', 'add', '--first', 'Ana', '--last', `Bern${CYRILLIC_A}rd`, '--email', 'ana.c@x.fr'], { store, now: NOW, lang: 'fr' });
    expect(fr.code).toBe(0);
    expect(fr.stderr).toContain('mélange des alphabets (latin, cyrillique)');
    expect(fr.stderr).not.toMatch(/Latin|Cyrillic/);
    const greek = await runCli(['member', 'add', '--first', 'Ana', '--last', 'Bernαrd', '--email', 'ana.g@x.fr'], { store, now: NOW, lang: 'fr' });
    expect(greek.stderr).toContain('mélange des alphabets (latin, grec)');
  });

  it('member add: a Cyrillic letter in the e-mail, in French', async () => {
    const store = await storeWithPeople();
    const r = await runCli(['member', 'add', '--first', 'Jeanne', '--last', 'Bosse', '--email', `b${CYRILLIC_O}ss@gal-drome.fr`], { store, now: NOW, lang: 'fr' });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`l'e-mail b${CYRILLIC_O}ss@gal-drome.fr de Jeanne Bosse (jeanne-bosse) ressemble à boss@gal-drome.fr, celui de Jean Boss (jean-boss)`);
  });

  it('member add of an ordinary new person says nothing more', async () => {
    const store = await storeWithPeople();
    const r = await runCli(['member', 'add', '--first', 'Zoé', '--last', 'Martin', '--email', 'zoe@x.fr'], { store, now: NOW });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('member edit to a look-alike e-mail warns', async () => {
    const store = await storeWithPeople();
    await runCli(['member', 'add', '--first', 'Zoé', '--last', 'Martin', '--email', 'zoe@x.fr'], { store, now: NOW });
    const r = await runCli(['member', 'edit', 'zoe-martin', '--email', `b${CYRILLIC_O}ss@gal-drome.fr`], { store, now: NOW });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('looks like boss@gal-drome.fr, of Jean Boss (jean-boss)');
  });

  it('member edit to a look-alike name: no « new record » to remove, the letters typed to check (FR and EN)', async () => {
    const store = await storeWithPeople();
    await runCli(['member', 'add', '--first', 'Ana', '--last', 'Petit', '--email', 'ana.p@x.fr'], { store, now: NOW });
    const fr = await runCli(['member', 'edit', 'ana-petit', '--last', `Bern${CYRILLIC_A}rd`], { store, now: NOW, lang: 'fr' });
    expect(fr.code).toBe(0);
    expect(fr.stderr).toContain('ressemble à Ana Bernard (ana-bernard');
    expect(fr.stderr).toContain('Vérifiez les lettres saisies.');
    expect(fr.stderr).not.toContain('nouvelle fiche');
    await runCli(['member', 'add', '--first', 'Ana', '--last', 'Grand', '--email', 'ana.g@x.fr'], { store, now: NOW });
    const en = await runCli(['member', 'edit', 'ana-grand', '--last', `Bern${CYRILLIC_A}rd`], { store, now: NOW });
    expect(en.stderr).toContain('Check the letters you typed.');
    expect(en.stderr).not.toContain('new record');
  });

  it('member import and register --import warn for the people they create', async () => {
    const store = await storeWithPeople();
    const dir = tempDir();
    const people = join(dir, 'people.csv');
    writeFileSync(people, `first_name,last_name,email\nAna,Bern${CYRILLIC_A}rd,ana.b@x.fr\nZoé,Martin,zoe@x.fr\n`);
    const m = await runCli(['member', 'import', people, '--json'], { store, now: NOW });
    expect(m.code, m.stderr).toBe(0);
    expect(m.stderr).toContain('looks like Ana Bernard (ana-bernard');
    expect(JSON.parse(m.stdout).lookAlikes).toContainEqual({ kind: 'name', memberId: 'ana-bernard-2', existingId: 'ana-bernard', characters: ['а U+0430'] });
    const regs = join(dir, 'regs.csv');
    writeFileSync(regs, `session;email;received_at;first_name;last_name\ncooperer-leader-n1-2017;b${CYRILLIC_O}ss@gal-drome.fr;01/02/2017;Jean;B${CYRILLIC_O}ss\n`);
    const r = await runCli(['register', '--import', regs, '--force', '--reason', 'archive'], { store, now: NOW });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('looks like Jean Boss (jean-boss, boss@gal-drome.fr)');
    expect(r.stderr).toContain('looks like boss@gal-drome.fr, of Jean Boss (jean-boss)');
    const list = JSON.parse((await runCli(['member', 'list', '--json'], { store, now: NOW })).stdout) as Array<{ id: string }>;
    for (const p of list) expect(p.id).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('the ASCII fast path', () => {
  it('gives the same look as the reference computation for any printable ASCII text', async () => {
    const fc = (await import('fast-check')).default;
    const { lookWordsOf, lookOfEmailOf } = await import('../../src/domain/lookAlike');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...' abcImnr01|`"\'%-.@ZOl'.split('')), maxLength: 16 }), (text) => {
        expect(lookOfName(text)).toBe(lookWordsOf(text).sort().join(' '));
        expect(lookOfEmail(text)).toBe(lookOfEmailOf(text));
      }),
      { numRuns: 3000 },
    );
  });
});
