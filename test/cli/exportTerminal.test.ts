// A CSV shown at a terminal is the CSV a pipe gets, line for line: never wrapped to the width
// (a break inside a quoted cell would change it), without the byte-order mark and the CR of
// CRLF, which a terminal would otherwise show escaped.
import { describe, expect, it } from 'vitest';
import { seedTwoPeople } from '../helpers/forgetScenario';
import { runCli } from '../helpers/runCli';
import { tempDeps } from '../helpers/tempStore';

describe('export at a narrow terminal', () => {
  it('shows the CSV line for line, as a pipe gets it', async () => {
    const { path } = await tempDeps({ seed: seedTwoPeople });
    const piped = await runCli(['export', 'registrations', '--excel'], { store: path });
    expect(piped.code).toBe(0);
    expect(piped.stdout.startsWith('\uFEFF')).toBe(true);
    const csv = piped.stdout.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    expect(csv.split('\n').some((line) => line.length > 30)).toBe(true);
    const shown = await runCli(['export', 'registrations', '--excel'], { store: path, stdoutTty: true, columns: 30, rows: 200 });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toBe(csv);
  });
});
