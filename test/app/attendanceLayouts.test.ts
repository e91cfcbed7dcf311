// Every layout of the issue, exported as is (fixtures built from each tool's public description),
// gives the scenario of the shared samples: a reconnection summed, a short connection absent, a guest
// matched by name, the host ignored, a no-show absent.
import { describe, expect, it } from 'vitest';
import { importAttendanceFile } from '../helpers/importAttendanceFile';
import { EXPECTED, N1_2018, report, scenarioStore } from '../helpers/reportScenario';

const options = { format: null, minMinutes: 45, minPercent: null, onlyPresent: false, addWalkIn: false, dryRun: false };

describe.each([
  // file, tool recognised, encoding, how Hélène (the guest) is matched, what is ignored
  ['zoom-participants.csv', 'zoom', 'utf-8', 'name', ['host']],
  ['zoom-participants-new-headers.csv', 'zoom', 'utf-8', 'name', ['host']],
  ['zoom-participants-old-headers.csv', 'zoom', 'utf-8', 'name', ['host']],
  ['zoom-participants-fr.csv', 'zoom', 'utf-8', 'name', ['host']],
  ['zoom-webinar-attendee-report.csv', 'zoom-webinar', 'utf-8', 'name', ['host']],
  ['teams-attendance-report.csv', 'teams', 'utf-16le', 'name', ['host']],
  ['teams-attendance-report-fr-utf16be.csv', 'teams', 'utf-16be', 'name', ['host']],
  ['teams-attendance-list-legacy.csv', 'teams', 'utf-16le', 'name', ['host']],
  ['google-meet-attendance.csv', 'meet', 'utf-8', 'name', ['host']],
  ['bigbluebutton-dashboard-fr.csv', 'bbb', 'utf-8', 'name', ['host', 'anonymous']],
  ['bigbluebutton-dashboard-en.csv', 'bbb', 'utf-8', 'name', ['host', 'anonymous']],
  ['webex-attendee-report.csv', 'webex', 'utf-16le', 'name', ['host']],
  ['goto-webinar-attendee-report.csv', 'goto', 'utf-8', 'name', ['host']],
  ['livestorm-people-export.csv', 'livestorm', 'utf-8', 'name', ['host']],
  ['caprural-layout.csv', 'caprural', 'utf-8', 'name', []],
  ['french-excel-arrivals-cp1252.csv', 'caprural', 'windows-1252', 'name', ['host']],
] as const)('%s', (file, format, encoding, heleneBy, ignored) => {
  it(`is read as ${format} (${encoding}) and gives the expected present/absent with --min-minutes 45`, async () => {
    const deps = await scenarioStore();
    const result = await importAttendanceFile(deps, { ...options, sessionId: N1_2018, file: report(file) });
    expect(result.report).toMatchObject({ format, encoding });
    const data = await deps.store.read();
    expect(Object.fromEntries(data.registrations.filter((r) => r.sessionId === N1_2018).map((r) => [r.memberId, r.attendance]))).toEqual(EXPECTED);
    const line = (id: string) => result.report!.registrants.find((r) => r.memberId === id)!;
    expect(line('helene-dupre-saint-cyr').matchedBy).toBe(heleneBy);
    // Zoë's two connections are summed (35 + 29 min, give or take the rounding of each tool)
    expect(line('zoe-lefevre-unal').minutes).toBeGreaterThanOrEqual(63);
    expect(line('zoe-lefevre-unal').minutes).toBeLessThanOrEqual(64);
    expect(line('jean-edouard-d-artois').verdict).toBe('too-short');
    expect(['not-in-report', 'did-not-attend']).toContain(line('bruno-blanc').verdict);
    expect(result.report!.ignored.map((r) => r.reason)).toEqual(ignored);
    expect(result.report!.unmatched).toEqual([]);
  });
});

describe('what a row says wins over what it holds', () => {
  it('webinar tools: a registrant whose row says Attended = No is absent even with minutes; Livestorm attended=false too', async () => {
    const deps = await scenarioStore();
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tempDir } = await import('../helpers/tempStore');
    const file = join(tempDir(), 'webinar.csv');
    writeFileSync(
      file,
      'Attended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes)\nNo,Bruno Blanc,bruno.blanc@gal-drome.fr,02/15/2018 10:00:00 AM,02/15/2018 11:30:00 AM,90\nYes,Véronique Bernard,veronique.bernard@gal-drome.fr,02/15/2018 10:00:00 AM,02/15/2018 11:30:00 AM,90\n',
    );
    const result = await importAttendanceFile(deps, { ...options, sessionId: N1_2018, file });
    expect(result.report!.format).toBe('zoom-webinar');
    expect(result.report!.registrants.find((r) => r.memberId === 'bruno-blanc')).toMatchObject({ verdict: 'did-not-attend', to: 'absent' });
    expect(result.report!.registrants.find((r) => r.memberId === 'veronique-bernard')).toMatchObject({ to: 'present' });
  });

  it('Zoë on her laptop and her phone at once: the overlap is counted once', async () => {
    const deps = await scenarioStore();
    const result = await importAttendanceFile(deps, { ...options, sessionId: N1_2018, file: report('zoom-participants-old-headers.csv') });
    // 35 + 29 + 10 (phone, 10:20-10:30, while on the laptop) would be 74; the union is 63 min 45 s
    expect(result.report!.registrants.find((r) => r.memberId === 'zoe-lefevre-unal')!.minutes).toBe(64);
  });
});

describe('Excel\'s "Unicode text" (UTF-16 LE, tabs) of your own sheet', () => {
  it("is read with the French headers, as caprural's layout (not taken for Webex)", async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tempDir } = await import('../helpers/tempStore');
    const deps = await scenarioStore();
    const file = join(tempDir(), 'presences.txt');
    const text = 'Prénom\tNom\tAdresse e-mail\tDurée\r\nVéronique\tBernard\tveronique.bernard@gal-drome.fr\t2 h 02\r\nHélène\tDupré-Saint-Cyr\t\t1h56\r\n';
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const result = await importAttendanceFile(deps, { ...options, sessionId: N1_2018, file });
    expect(result.report).toMatchObject({ format: 'caprural', encoding: 'utf-16le' });
    expect(result.report!.registrants.filter((r) => r.to === 'present').map((r) => [r.memberId, r.minutes])).toEqual([
      ['veronique-bernard', 122],
      ['helene-dupre-saint-cyr', 116],
    ]);
  });
});

describe('--format forces the tool, never a double count', () => {
  it('the Teams report read with --format caprural still takes "2. Participants" only (not also the activities)', async () => {
    const deps = await scenarioStore();
    const result = await importAttendanceFile(deps, { ...options, format: 'caprural', sessionId: N1_2018, file: report('teams-attendance-report.csv') });
    expect(result.report!.format).toBe('caprural');
    expect(result.report!.detected).toBe(false);
    expect(result.report!.registrants.find((r) => r.memberId === 'zoe-lefevre-unal')!.minutes).toBe(64);
    expect(result.report!.registrants.find((r) => r.memberId === 'veronique-bernard')!.lines).toEqual([12]);
  });
});
