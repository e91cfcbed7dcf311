// A file whose rows share a few names (a class list, a generated test file) must not print every
// namesake on every row: a few warnings in full, each naming a few people, then a count; --json
// keeps the whole list.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDeps, tempDir } from '../helpers/tempStore';

describe('namesake warnings of member import', () => {
  it('ten in full, each naming three people and counting the others; one line for the rest; --json lists all', async () => {
    const deps = await tempDeps({ empty: true });
    // 25 new Zoë Simon, each with an e-mail of their own, after 5 on file.
    const rows = Array.from({ length: 30 }, (_, i) => `Simon;Zoë;zoe.simon${i}@exemple.fr`);
    const first = join(tempDir(), 'premiers.csv');
    writeFileSync(first, `Nom;Prénom;E-mail\n${rows.slice(0, 5).join('\n')}\n`);
    expect((await runCli(['member', 'import', first], { store: deps.path })).code).toBe(0);
    const file = join(tempDir(), 'classe.csv');
    writeFileSync(file, `Nom;Prénom;E-mail\n${rows.slice(5).join('\n')}\n`);
    // --json (here a dry run, first) lists them all.
    const json = await runCli(['member', 'import', file, '--json', '--dry-run'], { store: deps.path });
    const report = JSON.parse(json.stdout) as { namesakes: Array<{ existingIds: string[] }> };
    expect(report.namesakes).toHaveLength(25);
    expect(report.namesakes[24]!.existingIds).toHaveLength(29);
    const run = await runCli(['member', 'import', file], { store: deps.path, lang: 'fr' });
    expect(run.code).toBe(0);
    const warnings = run.stderr.split('\n').filter((l) => l.startsWith('Attention : une nouvelle fiche'));
    expect(warnings).toHaveLength(10);
    // Every earlier Zoë Simon is a namesake: 4 on file before the first of the file, more after.
    for (const w of warnings) expect(w.split('existe déjà : ')[1]!.match(/\(zoe-simon[^,]*, zoe\.simon\d+@exemple\.fr\)/g)).toHaveLength(3);
    expect(warnings[0]).toMatch(/ ; et \d+ autres\.$/);
    expect(run.stderr).toContain('… et 15 autres nouvelles fiches portent un nom déjà enregistré (--json les liste toutes).');
    expect(run.stderr.length).toBeLessThan(6_000);
  });
});
