import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Session, StoreData } from '../../src/store/schema';
import { addRegistrant, BROCHURE_SESSION, seedBrochureScenario } from '../helpers/documents';
import { pdfFonts, pdfInfo, pdfPages } from '../helpers/pdf';
import { runCli } from '../helpers/runCli';
import { spawnCliSync } from '../helpers/spawnCli';
import { partsOf } from '../../src/pdf/attendanceSheetPdf';
import { AFTER_SESSION, N1_2018, report, scenarioStore } from '../helpers/reportScenario';
import { bytesOf, tempDeps } from '../helpers/tempStore';

const NOW = '2018-02-14T16:30:00.000Z';
const PROVIDER = {
  provider: { name: 'Cap Rural', address: '14 rue de l’Exemple\n69007 Lyon', siret: '12345678900007', nda: '84 69 12345 69', signatory: 'Marine Rouchouse, chargée de mission', place: 'Lyon' },
};

async function setup(seed: (data: StoreData) => void, config: object | null = PROVIDER) {
  const deps = await tempDeps({ now: NOW, seed });
  const dir = join(deps.path, '..');
  const env: Record<string, string> = { CAPRURAL_CONFIG: join(dir, 'config.json') };
  if (config) writeFileSync(env.CAPRURAL_CONFIG!, JSON.stringify(config));
  // The documents' language is --lang when given (runCli always gives it), else French.
  const run = (args: string[], lang: 'fr' | 'en' = 'fr') => runCli(args, { store: deps.path, now: NOW, env, lang });
  return { ...deps, dir, env, run };
}

/** Two days, 09:00-17:00 Paris (summer time), in person, a title with every awkward character. */
function twoDaySession(data: StoreData): Session {
  const base = data.sessions.find((s) => s.id === BROCHURE_SESSION)!;
  const session: Session = {
    ...base,
    id: 'leader-financer-2018',
    title: 'Financer « LEADER » : 1 000 € ≥ 2 ans d’œuvre',
    format: 'in-person',
    startsAt: '2018-06-07T07:00:00.000Z',
    endsAt: '2018-06-08T15:00:00.000Z',
    speakers: [{ name: 'Zoé Œillet', role: 'formatrice', confirmed: true }],
  };
  data.sessions.push(session);
  return session;
}

describe('caprural doc attendance-sheet', () => {
  it('the brochure session: every field, registrants by last name, one morning column, the provider, page 1 / 1', async () => {
    const t = await setup(seedBrochureScenario);
    const before = bytesOf(t.path);
    const out = join(t.dir, 'emargement.pdf');
    const r = await t.run(['doc', 'attendance-sheet', '--session', BROCHURE_SESSION, '--output', out]);
    expect(r.stderr).toBe('');
    expect(r).toMatchObject({ code: 0, stdout: `${out} écrit (1 page).\n` });
    expect(bytesOf(t.path).equals(before)).toBe(true); // a document never writes the store

    const [page, ...more] = pdfPages(out);
    expect(more).toEqual([]);
    const lines = page!.split('\n').map((l) => l.trim().replace(/\s{2,}/g, ' | '));
    expect(lines).toContain("Feuille d'émargement | cooperer-leader-n1-2018");
    expect(lines).toContain('Coopérer dans LEADER : amorcer les dynamiques de coopération');
    expect(lines).toContain('Dates et horaires : 15/02/2018 10:00–12:00 | Lieu : webconférence');
    expect(lines).toContain("Organisme de formation : Cap Rural – SIRET 123 456 789 00007 – N° de déclaration d'activité 84 69 12345 69");
    expect(page).toContain("Webconférence : le rapport de connexion de l'outil est joint à cette feuille comme preuve de présence.");
    expect(page).toContain('Une signature par stagiaire et par demi-journée');
    // Trainers, each with a signature box: names and roles in full.
    expect(page).toMatch(/Marine Rouchouse\s/);
    expect(page).toContain('Animation et intervention, chargée de mission Europe et développement rural, Cap Rural');
    expect(page).toMatch(/Véronique Bernard\s/);
    expect(page).toContain('Région Auvergne-Rhône-Alpes');
    // The table: its header, the half-day, then the 12 confirmed by last name, then blank rows to the end of the page (at least 3).
    expect(lines).toContain('N° | Nom | Prénom | Structure');
    expect(lines).toContain('15/02/2018');
    expect(lines).toContain('matin');
    const rows = lines.filter((l) => /^\d+ \| /.test(l) || /^\d+$/.test(l));
    expect(rows).toEqual([
      '1 | Arnaud | Anne | GAL Vallée de la Drôme',
      '2 | Blanc | Bruno | GAL Vallée de la Drôme',
      '3 | Chabert | Chloé | GAL Vallée de la Drôme',
      "4 | d'Artois | Karine | GAL Vallée de la Drôme",
      '5 | Estève | Émilie | GAL Vallée de la Drôme',
      '6 | Faure | François | GAL Vallée de la Drôme',
      '7 | Garnier | Gaëlle | GAL Vallée de la Drôme',
      '8 | Henry | Hervé | GAL Vallée de la Drôme',
      '9 | Imbert | Isabelle | GAL Vallée de la Drôme',
      '10 | Jacquet | Julien | GAL Vallée de la Drôme',
      '11 | Lœwy | Œdipe | GAL Vallée de la Drôme',
      '12 | O’Neil | Margaux | GAL Vallée de la Drôme',
      '13',
      '14',
      '15',
    ]);
    expect(page).not.toContain('Petit'); // waitlisted
    expect(page).not.toContain('Durand'); // cancelled
    expect(page).toContain('Lignes vides : personnes présentes non inscrites.');
    expect(lines).toContain('Intervenant·es | Qualité');
    expect(lines).toContain("Feuille d'émargement – cooperer-leader-n1-2018 – éditée le 14/02/2018 17:30 | page 1 / 1");

    const info = pdfInfo(out);
    expect(info.Pages).toBe('1');
    expect(info['Page size']).toMatch(/^841\.89 x 595\.28 pts \(A4\)/); // landscape
    expect(new Date(info.CreationDate!).toISOString()).toBe(NOW);
  });

  it('40 registrants: the session header and the table header on every page, "page n / N", everyone once', async () => {
    const names: Array<[string, string]> = Array.from({ length: 40 }, (_, i) => [`Prénom${String(i + 1).padStart(2, '0')}`, `Nom${String(40 - i).padStart(2, '0')}`]);
    const t = await setup((data) => {
      seedBrochureScenario(data);
      data.registrations = [];
      names.forEach(([f, l], i) => addRegistrant(data, BROCHURE_SESSION, f, l, i));
    });
    const out = join(t.dir, 'sheet.pdf');
    expect((await t.run(['doc', 'attendance-sheet', '--session', BROCHURE_SESSION, '--output', out, '--blank-rows', '3'])).code).toBe(0);
    const pages = pdfPages(out);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(page).toMatch(/Feuille d'émargement\s+cooperer-leader-n1-2018/);
      expect(page).toContain('Coopérer dans LEADER : amorcer les dynamiques de coopération');
      expect(page).toContain('Dates et horaires : 15/02/2018 10:00–12:00');
      expect(page).toMatch(/N°\s+Nom\s+Prénom\s+Structure/);
      expect(page).toMatch(/15\/02\/2018\s*\n\s*N°\s+Nom\s+Prénom\s+Structure\s+matin/);
      expect(page).toContain(`page ${i + 1} / ${pages.length}`);
    });
    const all = pages.join('\n');
    const found = [...all.matchAll(/^\s*(\d+)\s+(Nom\d\d)\s+(Prénom\d\d)/gm)].map((m) => [Number(m[1]), m[2]]);
    expect(found).toEqual(Array.from({ length: 40 }, (_, i) => [i + 1, `Nom${String(i + 1).padStart(2, '0')}`]));
    expect([...all.matchAll(/^\s*(4[1-9])\s*$/gm)].map((m) => m[1])).toEqual(['41', '42', '43']);
  });

  it('a two-day session has four half-day columns; a place not recorded is a blank; every character is right', async () => {
    let session!: Session;
    const t = await setup((data) => {
      seedBrochureScenario(data);
      session = twoDaySession(data);
      addRegistrant(data, session.id, 'Anne', 'Arnaud', 1);
    });
    const out = join(t.dir, 'two-days.pdf');
    expect((await t.run(['doc', 'attendance-sheet', '--session', session.id, '--output', out])).code).toBe(0);
    const [page] = pdfPages(out);
    expect(page).toContain('Financer « LEADER » : 1 000 € ≥ 2 ans d’œuvre');
    expect(page).toContain('Dates et horaires : 07/06/2018 09:00–17:00 ; 08/06/2018 09:00–17:00');
    expect(page).toMatch(/Lieu : _{10,}/);
    expect(page).not.toContain('Webconférence :');
    const head = page!.split('\n');
    const dates = head.findIndex((l) => /07\/06\/2018\s+07\/06\/2018\s+08\/06\/2018\s+08\/06\/2018/.test(l));
    expect(dates).toBeGreaterThan(0);
    expect(head.slice(dates, dates + 3).join('\n')).toMatch(/matin\s+après-midi\s+matin\s+après-midi/);
    expect(page).toMatch(/Zoé Œillet\s+formatrice/);
    expect(page).toMatch(/1\s+Arnaud\s+Anne\s+GAL Vallée de la Drôme/);
  });

  it('embeds its font (DejaVu Sans, subset): no standard PDF font, nothing from the machine', async () => {
    const t = await setup((data) => {
      seedBrochureScenario(data);
      twoDaySession(data);
    });
    const out = join(t.dir, 'fonts.pdf');
    expect((await t.run(['doc', 'attendance-sheet', '--session', 'leader-financer-2018', '--output', out])).code).toBe(0);
    const fonts = pdfFonts(out);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.embedded).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+DejaVuSans(-Bold)?$/);
    }
  });

  it('the same store and clock give the same bytes; English with --lang en; provider fields not set are blanks, and said', async () => {
    const t = await setup(seedBrochureScenario, { provider: { name: 'Cap Rural' } });
    const a = join(t.dir, 'a.pdf');
    const b = join(t.dir, 'b.pdf');
    const r = await t.run(['doc', 'attendance-sheet', '--session', BROCHURE_SESSION, '--output', a]);
    expect(r.stderr).toBe("Non renseigné, laissé en blanc à compléter : provider.siret, provider.nda (à saisir avec 'caprural reglages definir').\n");
    await t.run(['doc', 'attendance-sheet', '--session', BROCHURE_SESSION, '--output', b]);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    const [fr] = pdfPages(a);
    expect(fr).toMatch(/Organisme de formation : Cap Rural – SIRET _{14} – N° de déclaration d'activité _{11}/);

    const en = join(t.dir, 'en.pdf');
    expect((await t.run(['doc', 'attendance-sheet', '--session', BROCHURE_SESSION, '--output', en], 'en')).code).toBe(0);
    const [page] = pdfPages(en);
    expect(page).toMatch(/Attendance sheet\s+cooperer-leader-n1-2018/);
    expect(page).toContain('Dates and times: 2018-02-15 10:00–12:00');
    expect(page).toMatch(/No\.\s+Last name\s+First name\s+Organisation/);
    expect(page).toContain('morning');
    expect(page).toContain('page 1 / 1');
  });

  it('refusals: no --session, unknown session, the store as output, bad --blank-rows (exit 2, store unchanged, no file)', async () => {
    const t = await setup(seedBrochureScenario);
    const before = bytesOf(t.path);
    let r = await t.run(['doc', 'attendance-sheet', '--output', join(t.dir, 'x.pdf')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Argument manquant : indiquez la session avec --session <id>');
    r = await t.run(['doc', 'attendance-sheet', '--session', 'nope', '--output', join(t.dir, 'x.pdf')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Aucune session « nope »');
    r = await t.run(['doc', 'attendance-sheet', '--session', BROCHURE_SESSION, '--output', t.path]);
    expect(r.code).toBe(2);
    r = await t.run(['doc', 'attendance-sheet', '--session', BROCHURE_SESSION, '--blank-rows', 'many', '--output', join(t.dir, 'x.pdf')], 'fr');
    expect(r).toMatchObject({ code: 2 });
    expect(r.stderr).toContain('--blank-rows invalide « many »');
    expect(bytesOf(t.path).equals(before)).toBe(true);
    expect(() => readFileSync(join(t.dir, 'x.pdf'))).toThrow();
  });

  it('the built binary writes it too (pdfkit and the font found from dist/), in French without --lang', async () => {
    const t = await setup(seedBrochureScenario);
    const out = join(t.dir, 'spawned.pdf');
    const r = spawnCliSync(['--store', t.path, 'doc', 'attendance-sheet', '--session', BROCHURE_SESSION, '--output', out, '--json'], t.env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: out, pages: 1, sessionId: BROCHURE_SESSION, trainees: 12, halfDays: [{ day: '2018-02-15', half: 'am' }] });
    expect(pdfPages(out)[0]).toMatch(/Feuille d'émargement[\s\S]*12\s+O’Neil\s+Margaux/);
  });
});

describe('caprural doc attendance-sheet --with-connections', () => {
  it('adds the minutes recorded from the imported webconference report, per registrant', async () => {
    const deps = await scenarioStore();
    const dir = join(deps.path, '..');
    const env = { CAPRURAL_CONFIG: join(dir, 'config.json') };
    const run = (args: string[]) => runCli(args, { store: deps.path, now: AFTER_SESSION, env, lang: 'fr' });
    const out = join(dir, 'with-minutes.pdf');
    let r = await run(['doc', 'attendance-sheet', '--session', N1_2018, '--with-connections', '--output', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--with-connections : aucune durée de connexion n'est enregistrée pour cooperer-leader-n1-2018.");
    const imported = await run(['--json', 'attendance', N1_2018, '--import', report('zoom-participants.csv'), '--min-minutes', '45']);
    expect(imported.code).toBe(0);
    const lines: Array<{ name: string; minutes: number | null }> = JSON.parse(imported.stdout).registrants;
    expect(lines.filter((l) => l.minutes !== null).length).toBeGreaterThan(3);
    r = await run(['doc', 'attendance-sheet', '--session', N1_2018, '--with-connections', '--output', out]);
    expect(r.code).toBe(0);
    const [page] = pdfPages(out);
    expect(page).toMatch(/Connexion\s+15\/02\/2018\s*\n\s*N°\s+Nom\s+Prénom\s+Structure\s*\n\s*\(minutes\)\s+matin/);
    const stored = JSON.parse(readFileSync(deps.path, 'utf8')) as StoreData;
    for (const reg of stored.registrations) {
      const m = stored.members.find((x) => x.id === reg.memberId)!;
      const minutes = reg.connectionMinutes ?? null;
      expect(page).toMatch(new RegExp(`\\d+\\s+${m.lastName}\\s+${m.firstName}\\s+${minutes === null ? '–' : minutes}\\s*\\n`));
    }
    expect(stored.registrations.some((x) => typeof x.connectionMinutes === 'number' && x.connectionMinutes > 0)).toBe(true);
  });

  it('refused for an in-person session (exit 2); its place, when recorded, is printed', async () => {
    const t = await setup((data) => {
      seedBrochureScenario(data);
      const s = twoDaySession(data);
      s.place = 'Maison des Tanneurs, Lyon';
    });
    const out = join(t.dir, 'p.pdf');
    const r = await t.run(['doc', 'attendance-sheet', '--session', 'leader-financer-2018', '--with-connections', '--output', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--with-connections concerne une webconférence ; leader-financer-2018 a lieu en présentiel.');
    expect((await t.run(['doc', 'attendance-sheet', '--session', 'leader-financer-2018', '--output', out])).code).toBe(0);
    expect(pdfPages(out)[0]).toContain('Lieu : Maison des Tanneurs, Lyon');
  });
});

describe('export attendance-sheet (CSV) and the PDF sheet', () => {
  it('have the same half-day columns: four for two days 09:00-17:00, one for a morning to 12:30', async () => {
    const t = await setup((data) => {
      seedBrochureScenario(data);
      const two = twoDaySession(data);
      addRegistrant(data, two.id, 'Anne', 'Arnaud', 1);
      const base = data.sessions.find((s) => s.id === BROCHURE_SESSION)!;
      data.sessions.push({ ...base, id: 'matin-2018', startsAt: '2018-03-01T08:00:00.000Z', endsAt: '2018-03-01T11:30:00.000Z' });
      addRegistrant(data, 'matin-2018', 'Anne', 'Arnaud', 2);
    });
    const keys = async (id: string) => {
      const r = await t.run(['export', 'attendance-sheet', '--session', id, '--excel', '--format', 'csv']);
      return r.stdout
        .split('\r\n')
        .find((l) => l.startsWith('Nom;'))!
        .split(';')
        .slice(4);
    };
    expect(await keys('leader-financer-2018')).toEqual(['Signature 07/06/2018 matin', 'Signature 07/06/2018 après-midi', 'Signature 08/06/2018 matin', 'Signature 08/06/2018 après-midi']);
    expect(await keys('matin-2018')).toEqual(['Signature 01/03/2018 matin']);
  });
});

describe('a long session', () => {
  it('six days 09:00-17:00: one date range, and two parts of three days (six signature columns each), every registrant in both', async () => {
    const t = await setup((data) => {
      seedBrochureScenario(data);
      const s = twoDaySession(data);
      s.endsAt = '2018-06-12T15:00:00.000Z';
      addRegistrant(data, s.id, 'Anne', 'Arnaud', 1);
      addRegistrant(data, s.id, 'Bruno', 'Blanc', 2);
    });
    const out = join(t.dir, 'six.pdf');
    expect((await t.run(['doc', 'attendance-sheet', '--session', 'leader-financer-2018', '--output', out])).code).toBe(0);
    const pages = pdfPages(out);
    expect(pages).toHaveLength(2);
    pages.forEach((page, i) => {
      expect(page).toContain('Dates et horaires : du 07/06/2018 au 12/06/2018, 09:00–17:00 chaque jour');
      expect(page).toContain(i === 0 ? 'Feuille 1 / 2 : du 07/06/2018 au 09/06/2018' : 'Feuille 2 / 2 : du 10/06/2018 au 12/06/2018');
      const days = i === 0 ? ['07', '07', '08', '08', '09', '09'] : ['10', '10', '11', '11', '12', '12'];
      expect(page).toMatch(new RegExp(days.map((d) => `${d}/06/2018`).join('\\s+')));
      expect(page).toMatch(/(matin\s+après-midi\s+){2}matin\s+après-midi/);
      expect(page).toMatch(/1\s+Arnaud\s+Anne/);
      expect(page).toMatch(/2\s+Blanc\s+Bruno/);
      expect(page).toContain(`page ${i + 1} / 2`);
    });
  });

  it('parts never split a day', () => {
    const days = (n: number) =>
      Array.from({ length: n }, (_, i) => [
        { day: `2018-06-${10 + i}`, half: 'am' as const },
        { day: `2018-06-${10 + i}`, half: 'pm' as const },
      ]).flat();
    expect(partsOf(days(3), 6).map((p) => p.length)).toEqual([6]);
    expect(partsOf(days(4), 7).map((p) => p.length)).toEqual([6, 2]);
    expect(partsOf([], 6)).toEqual([[]]);
  });
});
