// A French organiser types the words caprural shows in French: `--status programmée`,
// `--format présentiel`, `--kind autre` name the same stored codes as the English values.
import { describe, expect, it } from 'vitest';
import { parseRoles } from '../../src/domain/members';
import { ORG_KINDS, SESSION_FORMATS, SESSION_STATUSES, vocabularyValue } from '../../src/domain/vocabulary';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDeps } from '../helpers/tempStore';

describe('the values of --format, --status and --kind in French', () => {
  it('map to the stored codes, whatever the case or accents; the codes still work; anything else is refused', () => {
    expect(vocabularyValue(SESSION_STATUSES, 'Programmée')).toBe('scheduled');
    expect(vocabularyValue(SESSION_STATUSES, 'realisee')).toBe('held');
    expect(vocabularyValue(SESSION_STATUSES, 'annulée')).toBe('cancelled');
    expect(vocabularyValue(SESSION_STATUSES, 'annoncée')).toBe('announced');
    expect(vocabularyValue(SESSION_STATUSES, 'HELD')).toBe('held');
    expect(vocabularyValue(SESSION_FORMATS, 'présentiel')).toBe('in-person');
    expect(vocabularyValue(SESSION_FORMATS, 'en présentiel')).toBe('in-person');
    expect(vocabularyValue(SESSION_FORMATS, 'Webconférence')).toBe('webconference');
    expect(vocabularyValue(ORG_KINDS, 'autre')).toBe('other');
    expect(vocabularyValue(ORG_KINDS, 'gal')).toBe('GAL');
    expect(parseRoles(['autre', 'Agent,coprog'])).toEqual(['other', 'agent', 'coprog']);
    expect(() => parseRoles(['élu'])).toThrow();
    // A French word of another list does not leak into this one.
    expect(vocabularyValue(SESSION_FORMATS, 'annulée')).toBeUndefined();
    expect(vocabularyValue(SESSION_STATUSES, 'tenue')).toBeUndefined();
  });

  it('through the command line: org add --kind autre, session edit --status programmée --format présentiel', async () => {
    const deps = await tempDeps();
    const org = await runCli(['org', 'add', '--name', 'Commune de Die', '--kind', 'autre', '--json'], { store: deps.path, lang: 'fr' });
    expect(org.code).toBe(0);
    expect(JSON.parse(org.stdout).kind).toBe('other');
    const edit = await runCli(['session', 'edit', 'cooperer-leader-n2-2018', '--status', 'programmée', '--format', 'présentiel', '--place', 'Valence'], { store: deps.path, lang: 'fr' });
    expect(edit.code).toBe(0);
    const session = (await deps.store.read()).sessions.find((s) => s.id === 'cooperer-leader-n2-2018')!;
    expect([session.status, session.format]).toEqual(['scheduled', 'in-person']);
    expect((await runCli(['session', 'edit', 'cooperer-leader-n2-2018', '--capacity', 'aucune'], { store: deps.path, lang: 'fr' })).code).toBe(0);
    expect((await deps.store.read()).sessions.find((s) => s.id === 'cooperer-leader-n2-2018')!.capacity).toBeNull();
    const before = bytesOf(deps.path);
    const bad = await runCli(['session', 'edit', 'cooperer-leader-n2-2018', '--status', 'tenue'], { store: deps.path, lang: 'fr' });
    expect(bad.code).toBe(2);
    expect(bytesOf(deps.path)).toEqual(before);
    // A control character in a name is named as the fault (it once got only the length rule), and shown escaped.
    const blink = await runCli(['org', 'add', '--name', 'Org\u001b[5mBlink'], { store: deps.path, lang: 'fr' });
    expect(blink.code).toBe(2);
    expect(blink.stderr).toContain('« Org\\e[5mBlink ». Indiquez un nom de 1 à 200 caractères, sans caractère de contrôle.');
    expect(bytesOf(deps.path)).toEqual(before);
  });
});

describe('member add without a terminal', () => {
  it('says when the name is already on file under another e-mail (at a terminal it asks; an import says it too)', async () => {
    const deps = await tempDeps({ empty: true });
    const add = (email: string) => runCli(['member', 'add', '--first', 'Véronique', '--last', 'Bernard', '--email', email], { store: deps.path, lang: 'fr' });
    expect((await add('vb@gex.fr')).stderr).not.toContain('nouvelle fiche');
    const second = await add('vb2@gex.fr');
    expect(second.code).toBe(0);
    expect(second.stderr.replace(/\s+/g, ' ')).toContain(
      'Attention : une nouvelle fiche a été créée pour Véronique Bernard (veronique-bernard-2, vb2@gex.fr), alors que ce nom existe déjà : Véronique Bernard (veronique-bernard, vb@gex.fr).',
    );
  });
});
