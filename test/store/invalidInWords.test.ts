// An invalid store explained in words (QA6 K): which record (collection and id), which field, what
// is expected, every one of them (the first ten) and how many, in French and English; no array
// index, no validator jargon.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDir } from '../helpers/tempStore';

async function edited(change: (raw: Record<string, Array<Record<string, unknown>>>) => void) {
  const store = join(tempDir(), 'store.json');
  expect((await runCli(['init'], { store })).code).toBe(0);
  expect((await runCli(['member', 'add', '--first', 'Anne', '--last', 'Arnaud', '--email', 'anne@x.fr'], { store })).code).toBe(0);
  expect((await runCli(['register', '--session', 'cooperer-leader-n1-2018', '--member', 'anne@x.fr', '--force', '--reason', 'test'], { store })).code).toBe(0);
  const raw = JSON.parse(readFileSync(store, 'utf8')) as Record<string, Array<Record<string, unknown>>>;
  change(raw);
  writeFileSync(store, JSON.stringify(raw));
  return store;
}

describe('an invalid store, said in words', () => {
  it('names each invalid record by collection and id, its field and what is expected, and counts them', async () => {
    const store = await edited((raw) => {
      raw.sessions![0]!.capacity = -5;
      raw.registrations![0]!.status = 'confirmé';
      delete raw.members![0]!.lastName;
    });
    const session = (JSON.parse(readFileSync(store, 'utf8')) as { sessions: Array<{ id: string }> }).sessions[0]!.id;
    const before = bytesOf(store);
    const fr = await runCli(['member', 'add', '--first', 'Léa', '--last', 'Lîle', '--email', 'lea@x.fr'], { store, lang: 'fr' });
    expect(fr.code).toBe(3);
    expect(bytesOf(store).equals(before)).toBe(true);
    expect(fr.stderr).toContain("3 enregistrements ou champs ne contiennent pas ce qu'attend caprural (détail ci-dessous)");
    expect(fr.stderr).toContain(`la session ${session} : « capacity » vaut -5 ; doit être supérieur à 0`);
    expect(fr.stderr).toContain(`l'inscription reg-1 : « status » vaut "confirmé" ; valeurs permises : confirmed, waitlisted, cancelled`);
    expect(fr.stderr).toContain('la personne anne-arnaud : « lastName » manque');
    expect(fr.stderr).not.toMatch(/must be|sessions\.0|registrations\.0/);
    const en = await runCli(['sessions'], { store });
    expect(en.code).toBe(3);
    expect(en.stderr).toContain('3 records or fields do not hold what caprural expects');
    expect(en.stderr).toContain(`the session ${session}: "capacity" is -5; must be more than 0`);
  });

  it('a field the store itself should not have', async () => {
    const store = await edited((raw) => ((raw as unknown as Record<string, unknown>).bogus = 1));
    const r = await runCli(['sessions'], { store, lang: 'fr' });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("le stockage lui-même : « bogus » n'est pas un champ connu de caprural");
  });
});

describe('doctor on a store written by a newer caprural (QA6 AD)', () => {
  it('says only to update caprural: nothing to fix, nothing to start again', async () => {
    const store = await edited((raw) => ((raw as unknown as Record<string, unknown>).schemaVersion = 9));
    const r = await runCli(['doctor'], { store });
    expect(r.code).toBe(3);
    const text = r.stdout + r.stderr;
    expect(text).toContain('written by a newer caprural (schema 9');
    expect(text).toContain('Update caprural');
    expect(text).not.toMatch(/Fix the file|start again|Restore a backup/);
  });
});
