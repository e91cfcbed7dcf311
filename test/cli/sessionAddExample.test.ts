import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/i18n/examples';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempStore';

/** The words of an example's command line, as a shell splits them ("…" quoting, \ at the end of a line). */
const words = (line: string) => [...line.replace(/\\\n/g, ' ').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);

describe("the help's session add example", () => {
  it('run on a fresh store, makes the session it announces (not a second one beside the catalogue’s)', async () => {
    const store = join(tempDir(), 'store.json');
    expect((await runCli(['init'], { store })).code).toBe(0);
    const [en, fr, line] = EXAMPLES['session add']![0]!;
    const r = await runCli([...words(line).slice(1), '--json'], { store, now: '2018-06-01T10:00:00.000Z' });
    expect(r.code, r.stderr).toBe(0);
    const session = JSON.parse(r.stdout);
    expect(session.id).toBe('cooperer-leader-n1-2019');
    // What it says is what it does: level 1, 14 February 2019, 12 seats.
    expect(en).toBe('A level-1 session on 14 February 2019, 12 seats');
    expect(fr).toBe('Une session de niveau 1 le 14 février 2019, 12 places');
    expect(session).toMatchObject({ courseId: 'cooperer-leader-n1', startsAt: '2019-02-14T09:00:00.000Z', capacity: 12 });
  });
});
