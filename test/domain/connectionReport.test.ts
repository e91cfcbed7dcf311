import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registrationsByMember } from '../../src/domain/attendance';
import { connectedSeconds, judgeReport } from '../../src/domain/attendanceImport';
import { namesOf, readConnectionReport, type ReportRow } from '../../src/domain/connectionReport';
import { newStoreData } from '../../src/store/catalogue';
import { person, registration } from '../helpers/people';

const N1_2018 = 'cooperer-leader-n1-2018';
const file = { utf16: false, tabs: false };
const records = (text: string) => text.split('\n').map((line, i) => ({ line: i + 1, cells: line.split(',') }));

function judge(csv: string, members = [person('paul-bernard', 'Paul', 'Bernard'), person('paul-bernard-2', 'Paul', 'Bernard'), person('ana-lopez', 'Ana', 'Lopez')], options = {}) {
  const data = newStoreData();
  data.members.push(...members);
  data.registrations.push(...members.map((m) => registration(N1_2018, m.id)));
  const read = readConnectionReport(records(csv), null, file);
  if (!read.ok) throw new Error('not read');
  const session = data.sessions.find((s) => s.id === N1_2018)!;
  return judgeReport(data, session, registrationsByMember(data, N1_2018), read.report, { minMinutes: null, minPercent: null, onlyPresent: false, addWalkIn: false, ...options });
}

describe('names as the tools write them', () => {
  it.each([
    ['Hélène D. (Hélène Dupré-Saint-Cyr)', ['Hélène Dupré-Saint-Cyr', 'Hélène D.', 'Hélène D. (Hélène Dupré-Saint-Cyr)'], false],
    ['Dupré-Saint-Cyr, Hélène (Guest)', ['Dupré-Saint-Cyr, Hélène'], true],
    ['Hélène Dupré-Saint-Cyr (Invité)', ['Hélène Dupré-Saint-Cyr'], true],
    ['Marine Rouchouse', ['Marine Rouchouse'], false],
  ])('%s', (text, names, guest) => {
    expect(namesOf(text)).toEqual({ names, guest });
  });
});

describe('connected time of one person', () => {
  const row = (join: number | null, leave: number | null, seconds: number | null = null) =>
    ({ join: join === null ? null : join * 60000, leave: leave === null ? null : leave * 60000, seconds }) as ReportRow;
  it('sums reconnections, counts overlapping devices once, prefers the duration given', () => {
    expect(connectedSeconds([row(0, 35), row(41, 70)])).toBe(64 * 60);
    expect(connectedSeconds([row(0, 35), row(20, 30), row(41, 70)])).toBe(64 * 60);
    expect(connectedSeconds([row(0, 70, 3825)])).toBe(3825); // Teams: first join to last leave, with the time actually in
    expect(connectedSeconds([row(null, null, 600), row(null, null, 300)])).toBe(900);
    expect(connectedSeconds([row(null, null)])).toBeNull();
  });
});

describe('who is who in a report', () => {
  it('a name that fits two registrants is listed with both, and changes nothing', () => {
    const j = judge('Name,Duration\nPaul Bernard,60');
    expect(j.unmatched).toMatchObject([{ line: 2, reason: 'ambiguous', candidates: ['Paul Bernard <paul-bernard@example.fr>', 'Paul Bernard <paul-bernard-2@example.fr>'] }]);
    expect(j.registrants.filter((r) => r.memberId.startsWith('paul')).map((r) => r.verdict)).toEqual(['not-in-report', 'not-in-report']);
  });

  it('the e-mail decides before the name', () => {
    const j = judge('Name,Email,Duration\nPaul Bernard,paul-bernard-2@example.fr,60');
    expect(j.registrants.find((r) => r.memberId === 'paul-bernard-2')).toMatchObject({ matchedBy: 'email', to: 'present' });
    expect(j.registrants.find((r) => r.memberId === 'paul-bernard')).toMatchObject({ to: 'absent' });
  });

  it('a last name alone, or a first name alone, names nobody', () => {
    const j = judge('Name,Duration\nLopez,60\nAna,60');
    expect(j.unmatched.map((u) => u.reason)).toEqual(['unknown', 'unknown']);
    expect(j.registrants.find((r) => r.memberId === 'ana-lopez')!.to).toBe('absent');
  });

  it('staff who are not registrants are ignored: role column, the session contact e-mail, its speakers; a registrant with a staff role still counts', () => {
    const j = judge('Name,Email,Duration,Role\nSomeone Else,,60,Co-host\nX Y,europe.devrural@caprural.org,60,Attendee\nVéronique Bernard,,60,\nAna Lopez,,60,Organizer\nPanel Ist,,60,Presenter');
    expect(j.ignored.map((r) => [r.line, r.reason])).toEqual([
      [2, 'host'],
      [3, 'host'],
      [4, 'presenter'],
      [6, 'presenter'],
    ]);
    expect(j.registrants.find((r) => r.memberId === 'ana-lopez')).toMatchObject({ to: 'present', matchedBy: 'name' });
  });

  it('with a threshold, a row without any duration or times cannot be judged: the registrant keeps their value', () => {
    const j = judge('Name,Attended\nAna Lopez,Yes', undefined, { minMinutes: 30 });
    expect(j.registrants.find((r) => r.memberId === 'ana-lopez')).toMatchObject({ verdict: 'unreadable', to: null });
    const any = judge('Name,Attended\nAna Lopez,Yes');
    expect(any.registrants.find((r) => r.memberId === 'ana-lopez')).toMatchObject({ verdict: 'connected', to: 'present' });
  });

  it('the older Teams list: a join never followed by a leave lasts until the end of the report', () => {
    const j = judge('Full Name,User Action,Timestamp\nAna Lopez,Joined,2/15/2018 10:00:00 AM\nPaul X,Joined,2/15/2018 10:00:00 AM\nPaul X,Left,2/15/2018 11:30:00 AM');
    expect(j.registrants.find((r) => r.memberId === 'ana-lopez')!.minutes).toBe(90);
  });
});

describe('any report, however broken (property)', () => {
  const cell = fc.oneof(
    fc.constantFrom('', '--', 'Yes', 'No', '45', '1h 3m', 'abc', '02/15/2018 10:00:00 AM', 'Ana Lopez', 'ana-lopez@example.fr', 'Paul Bernard', 'Organizer', '\u001b[2J'),
    fc.string({ maxLength: 12 }),
  );
  it('never throws, and marks present only registrants named by a readable row', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 8 }), (rows) => {
        const csv = ['Name,Email,Attended,Duration,Role', ...rows.map((r) => r.map((c) => c.replace(/[,\n\r"]/g, ' ')).join(','))].join('\n');
        const j = judge(csv);
        for (const r of j.registrants.filter((x) => x.to === 'present')) {
          expect(r.lines.length).toBeGreaterThan(0);
          expect(r.matchedBy).not.toBeNull();
        }
        const present = new Set(j.marks.filter((m) => m.attendance === 'present').map((m) => m.member!.id));
        expect(present.has('paul-bernard') && present.has('paul-bernard-2') && !csv.includes('@example.fr')).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
