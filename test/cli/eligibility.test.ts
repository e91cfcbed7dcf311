import { describe, expect, it } from 'vitest';
import { person, registration, seedWith } from '../helpers/people';
import { runCli } from '../helpers/runCli';
import { tempDeps } from '../helpers/tempStore';

const N1_2017 = 'cooperer-leader-n1-2017';
const N1_2018 = 'cooperer-leader-n1-2018';
const NOW = '2018-03-01T10:00:00.000Z';

async function store() {
  const deps = await tempDeps({
    now: NOW,
    seed: seedWith(
      [
        person('veronique-bernard', 'Véronique', 'Bernard', { organisationId: 'gal-gex' }),
        person('paul-bernard', 'Paul', 'Bernard'),
        person('jean-edouard-d-artois', 'Jean-Édouard', "d'Artois"),
        person('oedipe-roi', 'Œdipe', 'Roi'),
        person('ana-lopez', 'Ana', 'Lopez'),
      ],
      [
        registration(N1_2017, 'veronique-bernard', { attendance: 'present' }),
        registration(N1_2018, 'paul-bernard', { attendance: 'absent' }),
        registration(N1_2018, 'jean-edouard-d-artois'),
        registration('cooperer-leader-n2-2017', 'oedipe-roi', { attendance: 'present' }),
      ],
    ),
  });
  return deps.path;
}

describe('caprural eligibility', () => {
  it('eligible: exit 0, citing the session, its date and that attendance was recorded, with the evidence', async () => {
    const r = await runCli(['eligibility', 'veronique bernard'], { store: await store(), now: NOW });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Eligible for "Appui de Cap Rural sur la coopération LEADER": Véronique Bernard (veronique-bernard) may ask Cap Rural for support.',
        `Attended ${N1_2017} (2017, date not set); attendance recorded as present.`,
        'Evidence:',
        `  ${N1_2017} (2017, date not set): confirmed, present`,
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['Bernard Paul', 'absent', `Registered to ${N1_2018} (2018-02-15 10:00-12:00) but recorded absent.`],
    ['JEAN-EDOUARD D’ARTOIS', 'not-recorded', `caprural attendance ${N1_2018} --present jean-edouard-d-artois`],
    ['oedipe roi', 'other-level-only', 'Attended cooperer-leader-n2-2017 only, another level of the cycle'],
    ['ana-lopez@example.fr', 'never-registered', 'Never registered (confirmed) to cooperer-leader-n1 in 2017 or 2018.'],
  ])('%s: not eligible (%s), exit 1', async (ref, reason, sentence) => {
    const r = await runCli(['eligibility', ref], { store: await store(), now: NOW });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Not eligible for "Appui de Cap Rural sur la coopération LEADER":');
    expect(r.stdout).toContain(sentence);
    const json = await runCli(['eligibility', ref, '--json'], { store: await store(), now: NOW });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).reason).toBe(reason);
  });

  it('--json holds exactly memberId, name, eligible, rule, reason, evidence', async () => {
    const r = await runCli(['eligibility', 'Véronique Bernard'.normalize('NFD'), '--json'], { store: await store(), now: NOW });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      memberId: 'veronique-bernard',
      name: 'Véronique Bernard',
      eligible: true,
      rule: 'appui-cooperation-leader',
      reason: 'attended',
      evidence: [{ sessionId: N1_2017, year: 2017, status: 'confirmed', attendance: 'present' }],
    });
  });

  it('a last name shared by two people: exit 2 listing both with e-mail and organisation', async () => {
    const r = await runCli(['eligibility', 'Bernard'], { store: await store(), now: NOW });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('"Bernard" matches 2 people; use an id or an e-mail:');
    expect(r.stderr).toContain('Véronique Bernard <veronique-bernard@example.fr> — GAL du Pays de Gex (veronique-bernard)');
    expect(r.stderr).toContain('Paul Bernard <paul-bernard@example.fr> (paul-bernard)');
  });

  it('nobody: exit 2 with the closest names', async () => {
    const r = await runCli(['eligibility', 'Veronik Bernard'], { store: await store(), now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Nobody is named "Veronik Bernard". Did you mean Véronique Bernard');
    expect(r.stderr).toContain('Véronique Bernard <veronique-bernard@example.fr>');
  });

  it('--rules lists the rules; an unknown --rule is exit 2', async () => {
    const path = await store();
    const r = await runCli(['eligibility', '--rules', '--json'], { store: path, now: NOW });
    expect(JSON.parse(r.stdout)).toEqual([{ id: 'appui-cooperation-leader', label: 'Appui de Cap Rural sur la coopération LEADER', courseId: 'cooperer-leader-n1', years: [2017, 2018] }]);
    const text = await runCli(['eligibility', '--rules'], { store: path, now: NOW });
    expect(text.stdout).toMatch(/appui-cooperation-leader\s+Appui de Cap Rural sur la coopération LEADER\s+cooperer-leader-n1\s+2017, 2018/);
    const bad = await runCli(['eligibility', 'Paul Bernard', '--rule', 'nope'], { store: path, now: NOW });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('No eligibility rule "nope"');
  });

  it('answers in French', async () => {
    const r = await runCli(['eligibility', 'Paul Bernard'], { store: await store(), now: NOW, lang: 'fr' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Inscrit·e à ${N1_2018} (15/02/2018 10:00-12:00) mais noté·e absent·e.`);
  });
});
