import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Session, StoreData } from '../../src/store/index';
import { addRegistrant, BROCHURE_SESSION, seedBrochureScenario } from '../helpers/documents';
import { pdfFonts, pdfInfo, pdfPages } from '../helpers/pdf';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDeps } from '../helpers/tempStore';
import { loadStore } from '../helpers/storeInternals';

const NOW = '2018-02-16T09:00:00.000Z';
const PROVIDER = {
  provider: { name: 'Cap Rural', address: '14 rue de l’Exemple\n69007 Lyon', siret: '12345678900007', nda: '84 69 12345 69', signatory: 'Marine Rouchouse, chargée de mission', place: 'Lyon' },
};

/** The brochure session held: Arnaud, Blanc and Lœwy present, Chabert absent, the others not recorded. */
function held(data: StoreData): void {
  seedBrochureScenario(data);
  for (const r of data.registrations) {
    if (['anne-arnaud', 'bruno-blanc', 'oedipe-loewy'].includes(r.memberId)) r.attendance = 'present';
    if (r.memberId === 'chloe-chabert') r.attendance = 'absent';
  }
}

async function setup(seed: (data: StoreData) => void, config: object | null = PROVIDER) {
  const deps = await tempDeps({ now: NOW, seed });
  const dir = join(deps.path, '..');
  const env: Record<string, string> = { CAPRURAL_CONFIG: join(dir, 'config.json') };
  if (config) writeFileSync(env.CAPRURAL_CONFIG!, JSON.stringify(config));
  const run = (args: string[], lang: 'fr' | 'en' = 'fr') => runCli(args, { store: deps.path, now: NOW, env, lang });
  const data = (): StoreData => loadStore(deps.path);
  return { ...deps, dir, env, run, data };
}

const flat = (page: string) => page.replace(/\s+/g, ' ');

describe('caprural doc certificate', () => {
  it('the brochure session: one certificate per person recorded present, every field of the model, a merged file, recorded', async () => {
    const t = await setup(held);
    const out = join(t.dir, 'certificats');
    const r = await t.run(['doc', 'certificate', '--session', BROCHURE_SESSION, '--output', out]);
    expect(r.code).toBe(0);
    const merged = join(out, 'certificats-cooperer-leader-n1-2018.pdf');
    expect(r.stdout).toBe(`3 certificats écrits dans ${out} ; tous réunis dans un fichier à imprimer : ${merged}\n`);
    expect(r.stderr).toBe(
      "Pas de certificat pour 9 personnes inscrites non enregistrées présentes ou effacées : Chloé Chabert, Karine d'Artois, Émilie Estève, François Faure, Gaëlle Garnier, Hervé Henry, Isabelle Imbert, Julien Jacquet, Margaux O’Neil.\n",
    );
    expect(readdirSync(out).sort()).toEqual([
      'certificat-cooperer-leader-n1-2018-anne-arnaud.pdf',
      'certificat-cooperer-leader-n1-2018-bruno-blanc.pdf',
      'certificat-cooperer-leader-n1-2018-oedipe-loewy.pdf',
      'certificats-cooperer-leader-n1-2018.pdf',
    ]);

    const [page, ...more] = pdfPages(join(out, 'certificat-cooperer-leader-n1-2018-oedipe-loewy.pdf'));
    expect(more).toEqual([]);
    const text = flat(page!);
    for (const expected of [
      // The provider's identity and address.
      "Cap Rural 14 rue de l’Exemple 69007 Lyon SIRET : 123 456 789 00007 N° de déclaration d'activité : 84 69 12345 69",
      'CERTIFICAT DE RÉALISATION',
      "Je soussigné·e Marine Rouchouse, chargée de mission, représentant·e légal·e du dispensateur de l'action concourant au développement des compétences Cap Rural,",
      'atteste que :',
      'Nom et prénom du bénéficiaire : Œdipe Lœwy',
      "salarié·e de l'entreprise / structure : GAL Vallée de la Drôme",
      "a suivi l'action : Coopérer dans LEADER : amorcer les dynamiques de coopération",
      "Nature de l'action concourant au développement des compétences : ☒ action de formation ☐ bilan de compétences ☐ action de VAE ☐ action de formation par apprentissage",
      "qui s'est déroulée le 15/02/2018 pour une durée de 2 heures.",
      'pendant une durée de 3 ans',
      'Fait à Lyon, le 16/02/2018',
      "Cachet et signature du responsable du dispensateur de l'action",
      'Référence : inscription reg-11, session cooperer-leader-n1-2018',
    ]) {
      expect(text).toContain(expected);
    }
    const info = pdfInfo(join(out, 'certificat-cooperer-leader-n1-2018-oedipe-loewy.pdf'));
    expect(info['Page size']).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
    expect(info.Title).toBe('Certificat de réalisation – Œdipe Lœwy');

    // The merged file: one page each, by last name.
    const pages = pdfPages(merged).map(flat);
    expect(pages.map((p) => /bénéficiaire : (.+?) salarié/.exec(p)?.[1])).toEqual(['Anne Arnaud', 'Bruno Blanc', 'Œdipe Lœwy']);

    // Recorded after the files are written: on the registrations, in the log, in member export.
    const data = t.data();
    expect(data.registrations.filter((x) => x.certificates).map((x) => [x.memberId, x.certificates])).toEqual([
      ['anne-arnaud', [{ issuedAt: NOW }]],
      ['bruno-blanc', [{ issuedAt: NOW }]],
      ['oedipe-loewy', [{ issuedAt: NOW }]],
    ]);
    expect(data.log.at(-1)).toMatchObject({ action: 'certificate.issue', target: BROCHURE_SESSION, details: { registrations: ['reg-1', 'reg-2', 'reg-11'] } });
    const exported = JSON.parse((await t.run(['member', 'export', 'anne-arnaud'])).stdout);
    expect(exported.certificates).toEqual([{ sessionId: BROCHURE_SESSION, registrationId: 'reg-1', issuedAt: NOW }]);
  });

  it('--member: never for someone absent, not recorded, waitlisted or not registered (exit 1, the reason, nothing written)', async () => {
    const t = await setup((data) => {
      held(data);
      addRegistrant(data, 'cooperer-leader-n2-2018', 'Zoé', 'Zola', 30);
    });
    const before = bytesOf(t.path);
    const file = join(t.dir, 'one.pdf');
    const refusedChangesNothing = () => expect(bytesOf(t.path).equals(before)).toBe(true);
    const cases: Array<[string, string]> = [
      ['Chloé Chabert', 'enregistré·e absent·e'],
      ['emilie-esteve', 'présence non enregistrée (caprural presences)'],
      ['paul-petit', "en liste d'attente, pas confirmé·e"],
      ['david-durand', 'inscription annulée'],
      ['zoe-zola', 'pas inscrit·e à cette session'],
    ];
    for (const [who, why] of cases) {
      const r = await t.run(['doc', 'certificate', '--session', BROCHURE_SESSION, '--member', who, '--output', file]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`à cooperer-leader-n1-2018 : ${why}.`);
      expect(r.stderr).toContain("Un certificat de réalisation n'est délivré qu'à une personne enregistrée présente.");
    }
    refusedChangesNothing();
    // A person erased by member forget: their identity is gone, a certificate would name nobody.
    const forgot = await t.run(['member', 'forget', 'bruno-blanc', '--yes', '--json']);
    expect(forgot.code).toBe(0);
    const anonymous = JSON.parse(forgot.stdout).id;
    const erased = await t.run(['doc', 'certificate', '--session', BROCHURE_SESSION, '--member', anonymous, '--output', file]);
    expect(erased.code).toBe(1);
    expect(erased.stderr).toContain('son identité a été effacée (caprural membre oublier)');
    const all = await t.run(['doc', 'certificate', '--session', BROCHURE_SESSION, '--output', join(t.dir, 'all')]);
    expect(all.code).toBe(0);
    expect(all.stderr).toMatch(/Pas de certificat pour 10 personnes inscrites.*Anonyme/);
    expect(readdirSync(join(t.dir, 'all')).some((f) => f.includes('anonyme'))).toBe(false);
    const en = await t.run(['doc', 'certificate', '--session', BROCHURE_SESSION, '--member', 'chloe-chabert', '--output', file], 'en');
    expect(en.stderr).toContain('No certificate for Chloé Chabert at cooperer-leader-n1-2018: recorded absent.');
    expect(existsSync(file)).toBe(false);
  });

  it('nobody recorded present: exit 1 saying to record attendance; bad --hours, unknown person, a plain file as folder: exit 2', async () => {
    const t = await setup(seedBrochureScenario);
    const before = bytesOf(t.path);
    let r = await t.run(['doc', 'certificate', '--session', BROCHURE_SESSION, '--output', join(t.dir, 'c')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Personne n'est enregistré présent à cooperer-leader-n1-2018 : aucun certificat à délivrer.");
    const t2 = await setup(held);
    const before2 = bytesOf(t2.path);
    r = await t2.run(['doc', 'certificate', '--session', BROCHURE_SESSION, '--hours', 'two', '--output', join(t2.dir, 'c')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--hours invalide « two »');
    r = await t2.run(['doc', 'certificate', '--session', BROCHURE_SESSION, '--member', 'Nobody Here', '--output', join(t2.dir, 'c')]);
    expect(r.code).toBe(2);
    writeFileSync(join(t2.dir, 'plain'), 'x');
    r = await t2.run(['doc', 'certificate', '--session', BROCHURE_SESSION, '--output', join(t2.dir, 'plain')]);
    expect(r.code).toBe(2);
    r = await t2.run(['doc', 'certificate', '--output', join(t2.dir, 'c')]);
    expect(r.code).toBe(2);
    expect(bytesOf(t.path).equals(before)).toBe(true);
    expect(bytesOf(t2.path).equals(before2)).toBe(true);
    expect(existsSync(join(t2.dir, 'c'))).toBe(false);
  });

  it('--member with a .pdf file: that certificate alone; the same clock gives the same bytes; English; fonts embedded', async () => {
    const t = await setup(held);
    const a = join(t.dir, 'a.pdf');
    const b = join(t.dir, 'b.pdf');
    let r = await t.run(['doc', 'certificate', '--session', BROCHURE_SESSION, '--member', 'Anne Arnaud', '--output', a]);
    expect(r).toMatchObject({ code: 0, stdout: `${a} écrit (1 page).\n`, stderr: '' });
    await t.run(['doc', 'certificate', '--session', BROCHURE_SESSION, '--member', 'anne-arnaud', '--output', b]);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    expect(t.data().registrations.find((x) => x.id === 'reg-1')!.certificates).toEqual([{ issuedAt: NOW }, { issuedAt: NOW }]);
    for (const font of pdfFonts(a)) {
      expect(font.embedded).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+DejaVuSans(-Bold)?$/);
    }
    const en = join(t.dir, 'en.pdf');
    r = await t.run(['doc', 'certificate', '--session', BROCHURE_SESSION, '--member', 'anne-arnaud', '--output', en, '--json'], 'en');
    expect(JSON.parse(r.stdout)).toEqual({ sessionId: BROCHURE_SESSION, certificates: [{ registrationId: 'reg-1', memberId: 'anne-arnaud', file: en }], merged: null, skipped: [] });
    const text = flat(pdfPages(en)[0]!);
    expect(text).toContain('CERTIFICATE OF COMPLETION');
    expect(text).toContain('Name of the trainee: Anne Arnaud');
    expect(text).toContain('☒ training action');
    expect(text).toContain('which took place on 2018-02-15, lasting 2 hours.');
    expect(text).toContain('Done at Lyon, on 2018-02-16');
  });

  it('fields not configured are blanks to fill in, and said; a two-day session gives both dates and 16 hours, or --hours', async () => {
    let session!: Session;
    const t = await setup((data) => {
      seedBrochureScenario(data);
      const base = data.sessions.find((s) => s.id === BROCHURE_SESSION)!;
      session = { ...base, id: 'deux-jours-2018', title: 'Financer « LEADER » : 1 000 € ≥ 2 ans', format: 'in-person', startsAt: '2018-02-08T08:00:00.000Z', endsAt: '2018-02-09T16:00:00.000Z' };
      data.sessions.push(session);
      addRegistrant(data, session.id, 'Anne', 'Arnaud', 40, { attendance: 'present' });
    }, null);
    const file = join(t.dir, 'deux.pdf');
    let r = await t.run(['doc', 'certificate', '--session', 'deux-jours-2018', '--output', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Non renseigné, laissé en blanc à compléter : provider.name, provider.address, provider.siret, provider.nda, provider.signatory, provider.place');
    let text = flat(pdfPages(file)[0]!);
    expect(text).toMatch(/^_{30} _{40} SIRET : _{17} N° de déclaration d'activité : _{14}/);
    expect(text).toMatch(/Je soussigné·e _{24}, représentant·e légal·e .* compétences _{24},/);
    expect(text).toContain("a suivi l'action : Financer « LEADER » : 1 000 € ≥ 2 ans");
    expect(text).toContain("qui s'est déroulée du 08/02/2018 au 09/02/2018 pour une durée de 16 heures.");
    expect(text).toMatch(/Fait à _{20}, le 16\/02\/2018/);
    r = await t.run(['doc', 'certificate', '--session', 'deux-jours-2018', '--output', file, '--hours', '13,5', '--yes']);
    expect(r.code).toBe(0);
    text = flat(pdfPages(file)[0]!);
    expect(text).toContain('pour une durée de 13,5 heures.');
  });
});
