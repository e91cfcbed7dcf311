import { describe, expect, it } from 'vitest';
import { importAttendanceFile } from '../helpers/importAttendanceFile';
import { bytesOf } from '../helpers/tempStore';
import { EXPECTED, N1_2018, report, scenarioStore } from '../helpers/reportScenario';

const options = { format: null, minMinutes: 45, minPercent: null, onlyPresent: false, addWalkIn: false, dryRun: false };

describe('the shared samples import as the tools exported them', () => {
  it.each([
    ['zoom-participants.csv', 'zoom', 'utf-8'],
    ['teams-attendance-report.csv', 'teams', 'utf-16le'],
    ['google-meet-attendance.csv', 'meet', 'utf-8'],
    ['bigbluebutton-dashboard-fr.csv', 'bbb', 'utf-8'],
  ] as const)('%s: recognised as %s; present/absent as expected; the host ignored; the guest matched by name', async (file, format, encoding) => {
    const deps = await scenarioStore();
    const result = await importAttendanceFile(deps, { ...options, sessionId: N1_2018, file: report(file) });
    expect(result.report).toMatchObject({ format, encoding, detected: true, thresholdMinutes: 45 });
    const data = await deps.store.read({ log: true });
    const recorded = Object.fromEntries(data.registrations.filter((r) => r.sessionId === N1_2018).map((r) => [r.memberId, r.attendance]));
    expect(recorded).toEqual(EXPECTED);
    const lines = Object.fromEntries(result.report!.registrants.map((r) => [r.memberId, r]));
    expect(lines['helene-dupre-saint-cyr']).toMatchObject({ matchedBy: 'name', to: 'present' });
    expect(lines['veronique-bernard']).toMatchObject({ matchedBy: format === 'bbb' ? 'name' : 'email', to: 'present' });
    expect(lines['zoe-lefevre-unal']!.minutes).toBeGreaterThanOrEqual(63);
    expect(lines['zoe-lefevre-unal']!.minutes).toBeLessThanOrEqual(64);
    expect(lines['jean-edouard-d-artois']).toMatchObject({ verdict: 'too-short', to: 'absent' });
    expect(lines['bruno-blanc']).toMatchObject({ verdict: 'not-in-report', matchedBy: null, to: 'absent' });
    expect(result.report!.ignored.map((r) => r.reason)).toEqual(format === 'bbb' ? ['host', 'anonymous'] : ['host']);
    expect(result.report!.unmatched).toEqual([]);
    // the table is sorted by last name, like the attendance sheet
    expect(result.report!.registrants.map((r) => r.memberId)).toEqual(['veronique-bernard', 'bruno-blanc', 'jean-edouard-d-artois', 'helene-dupre-saint-cyr', 'zoe-lefevre-unal', 'francois-oeuvray']);
    expect(data.log.at(-1)).toMatchObject({ action: 'attendance.record', details: { source: 'import' } });
  });

  it('--dry-run gives the same table and writes nothing', async () => {
    const deps = await scenarioStore();
    const before = bytesOf(deps.path);
    const result = await importAttendanceFile(deps, { ...options, dryRun: true, sessionId: N1_2018, file: report('zoom-participants.csv') });
    expect(result.report!.dryRun).toBe(true);
    expect(result.changes).toHaveLength(6);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });

  it('importing the same report again writes nothing', async () => {
    const deps = await scenarioStore();
    await importAttendanceFile(deps, { ...options, sessionId: N1_2018, file: report('teams-attendance-report.csv') });
    const before = bytesOf(deps.path);
    const again = await importAttendanceFile(deps, { ...options, sessionId: N1_2018, file: report('teams-attendance-report.csv') });
    expect(again.changes).toEqual([]);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });
});

describe('the minutes of the report are kept on each registration (the attendance sheet shows them)', () => {
  it('connectionMinutes of the registrants in the report; a re-import with other minutes rewrites them and is logged', async () => {
    const deps = await scenarioStore();
    await importAttendanceFile(deps, { ...options, sessionId: N1_2018, file: report('zoom-participants.csv') });
    const minutes = async () => Object.fromEntries((await deps.store.read({ log: true })).registrations.map((r) => [r.memberId, r.connectionMinutes ?? null]));
    expect(await minutes()).toEqual({
      'veronique-bernard': 122,
      'jean-edouard-d-artois': 13,
      'zoe-lefevre-unal': 64,
      'helene-dupre-saint-cyr': 116,
      'francois-oeuvray': 115,
      'bruno-blanc': null,
    });
    // The Teams report says 12 min for Jean-Édouard (12m 7s): same attendance, other minutes.
    const again = await importAttendanceFile(deps, { ...options, sessionId: N1_2018, file: report('teams-attendance-report.csv') });
    expect(again.changes).toEqual([]);
    expect((await minutes())['jean-edouard-d-artois']).toBe(12);
    const log = (await deps.store.read({ log: true })).log.at(-1)!;
    expect(log).toMatchObject({ action: 'attendance.record', details: { source: 'import', changes: [] } });
    expect((log.details as { connectionMinutes: unknown[] }).connectionMinutes).toContainEqual({ registrationId: 'reg-2', from: 13, to: 12 });
  });
});
