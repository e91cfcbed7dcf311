// Issue 13, item 7: one person matcher for flags, eligibility and payers; suggestions for what was mistyped.
import { describe, expect, it } from 'vitest';
import { person, registration, seedWith } from '../helpers/people';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDeps } from '../helpers/tempStore';

const N1_2018 = 'cooperer-leader-n1-2018';
const NOW = '2018-02-01T10:00:00.000Z';

async function store() {
  const deps = await tempDeps({
    now: NOW,
    seed: (data) => {
      seedWith(
        [
          person('veronique-bernard', 'Véronique', 'Bernard', { organisationId: 'gal-gex' }),
          person('jean-edouard-d-artois', 'Jean-Édouard', "d'Artois", { organisationId: 'gal-gex', email: 'je.dartois@gal-drome.fr' }),
          person('marie-helene-l-hote', 'Marie-Hélène', 'L’Hôte', { organisationId: 'gal-gex' }),
        ],
        [registration('cooperer-leader-n1-2017', 'jean-edouard-d-artois', { attendance: 'present' })],
      )(data);
      data.memberships.push({ id: 'cot-1', organisationId: 'gal-gex', memberId: null, year: 2018, paidOn: '2018-01-10', amountCents: null, reference: null });
    },
  });
  return deps.path;
}

describe('finding a person the same way everywhere', () => {
  it('--member takes a full name without apostrophes, hyphens or accents, and initials', async () => {
    const path = await store();
    const a = await runCli(['register', '--session', N1_2018, '--member', 'Marie Hélène Lhote'], { store: path, now: NOW });
    expect(a.code).toBe(0);
    expect(a.stdout).toContain('Marie-Hélène L’Hôte is registered');
    const b = await runCli(['register', '--session', N1_2018, '--member', 'V. Bernard'], { store: path, now: NOW });
    expect(b.code).toBe(0);
    expect(b.stdout).toContain('Véronique Bernard is registered');
  });

  it('eligibility finds "dartois jean edouard"; "dartois" alone is a suggestion, not a pick', async () => {
    const path = await store();
    const full = await runCli(['eligibility', 'dartois jean edouard'], { store: path, now: NOW });
    expect(full.code).toBe(0);
    expect(full.stdout).toMatch(/^Eligible for .*: Jean-Édouard d'Artois \(/);
    const part = await runCli(['eligibility', 'dartois'], { store: path, now: NOW });
    expect(part.code).toBe(2);
    expect(part.stderr).toContain(`Nobody is named "dartois". Did you mean Jean-Édouard d'Artois <je.dartois@gal-drome.fr> — GAL du Pays de Gex (jean-edouard-d-artois)?`);
  });

  it('a first name alone asks "Did you mean …?" instead of "nobody matches" followed by the person', async () => {
    const r = await runCli(['eligibility', 'Véronique'], { store: await store(), now: NOW, lang: 'fr' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Personne ne s'appelle « Véronique ». Vouliez-vous dire Véronique Bernard");
    expect(r.stderr).not.toContain('Personne ne correspond');
  });

  it('a misspelt name is suggested; the store is unchanged', async () => {
    const path = await store();
    const before = bytesOf(path);
    const r = await runCli(['register', '--session', N1_2018, '--member', 'Bernrad'], { store: path, now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Did you mean Véronique Bernard');
    expect(bytesOf(path).equals(before)).toBe(true);
  });

  it('membership pay finds a person by full name written without punctuation', async () => {
    const r = await runCli(['membership', 'pay', 'marie helene lhote', '--year', '2019'], { store: await store(), now: NOW });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Marie-Hélène L’Hôte');
  });

  it('a mistyped session id or export kind gets a suggestion (exit 2)', async () => {
    const path = await store();
    const s = await runCli(['register', '--session', 'cooperer-leader-n1-2108', '--member', 'V. Bernard'], { store: path, now: NOW });
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('No session "cooperer-leader-n1-2108". Did you mean cooperer-leader-n1-2018?');
    const show = await runCli(['session', 'show', 'cooperer-leadr-n2-2018'], { store: path, now: NOW });
    expect(show.stderr).toContain('Did you mean cooperer-leader-n2-2018?');
    const e = await runCli(['export', 'attendee'], { store: path, now: NOW });
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('Unknown export "attendee". Did you mean attendees?');
    const ex = await runCli(['export', 'registrations', '--session', 'n1-2018'], { store: path, now: NOW });
    expect(ex.stderr).toContain('Did you mean cooperer-leader-n1-2018?');
    const org = await runCli(['org', 'show', 'GAL du Pays de Gez'], { store: path, now: NOW });
    expect(org.code).toBe(2);
    expect(org.stderr).toContain('No organisation "GAL du Pays de Gez". Did you mean GAL du Pays de Gex (gal-gex)?');
  });
});
