// A cotisation a person paid is logged with the person's id as its target: erasure must re-point
// those entries too (QA6 F: `membership.pay|edit|cancel` kept `helene-dupre` in the history).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStore } from '../helpers/storeInternals';
import { runCli } from '../helpers/runCli';
import { tempDeps } from '../helpers/tempStore';

const ok = async (store: string, ...args: string[]) => {
  const r = await runCli(args, { store });
  expect(r.code, r.stderr).toBe(0);
  return r;
};

describe('member forget, entries whose target is the person', () => {
  it('re-points the cotisations the person paid (pay, edit, cancel), which member export gives her, and leaves an organisation’s alone', async () => {
    const { path: store } = await tempDeps({ empty: true });
    await ok(store, 'member', 'add', '--first', 'Hélène', '--last', 'Dupré', '--email', 'h@example.fr');
    await ok(store, 'org', 'add', '--name', 'GAL Drôme');
    await ok(store, 'membership', 'pay', 'helene-dupre', '--year', '2019', '--amount', '30', '--reference', 'virement');
    await ok(store, 'membership', 'edit', 'helene-dupre', '--year', '2019', '--amount', '40');
    await ok(store, 'membership', 'cancel', 'helene-dupre', '--year', '2019', '--reason', 'doublon');
    await ok(store, 'membership', 'pay', 'helene-dupre', '--year', '2020', '--amount', '30');
    await ok(store, 'membership', 'pay', 'gal-drome', '--year', '2020', '--amount', '50');
    const before = loadStore(store).log.filter((e) => e.action.startsWith('membership.'));
    expect(before.map((e) => e.target)).toEqual(['helene-dupre', 'helene-dupre', 'helene-dupre', 'helene-dupre', 'gal-drome']);

    // What `member export` gives her holds her cotisations' entries (the same test as erasure's).
    const exported = await ok(store, 'member', 'export', 'helene-dupre');
    expect(exported.stdout.match(/"action": "membership\./g)).toHaveLength(4);

    await ok(store, 'member', 'forget', 'h@example.fr', '--yes');

    const after = loadStore(store).log.filter((e) => e.action.startsWith('membership.'));
    expect(after.map((e) => e.target)).toEqual(['anonyme-1', 'anonyme-1', 'anonyme-1', 'anonyme-1', 'gal-drome']);
    // Nowhere beside the store (history, backups) does her id or name remain.
    const folder = dirname(store);
    const files = [...readdirSync(folder), ...readdirSync(`${store}.backups`).map((f) => join(`${store}.backups`, f).slice(folder.length + 1))];
    for (const file of files.filter((f) => !f.endsWith('.backups'))) {
      const text = readFileSync(join(folder, file), 'utf8');
      expect(text, file).not.toMatch(/helene-dupre|Hélène|Dupré/);
    }
    const log = await runCli(['log'], { store });
    expect(log.stdout).not.toContain('helene-dupre');
  });
});
