// The page's layout rules, with the charts captured instead of drawn (drawing is tested in
// test/cli/report.test.ts and in the browser): caps, notes, order of the timelines.
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/domain/reportFigures';
import { translator } from '../../src/i18n/translate';
import { MAX_SESSIONS_CHARTED, MAX_TERRITORIES, MAX_TIMELINE_POINTS, MAX_TIMELINES, renderReportHtml } from '../../src/report/reportHtml';
import { svgTextWidth, type SvgChart } from '../../src/report/renderSvg';
import { newStoreData } from '../../src/store/catalogue';
import type { Session, StoreData } from '../../src/store/index';
import { person, registration } from '../helpers/people';
import { session } from '../helpers/session';

/** The i-th session of 2030, on the i-th day of June (the shared builder, with this file's year). */
function sessionN(i: number, extra: Partial<Session> = {}): Session {
  const day = String(1 + (i % 28)).padStart(2, '0');
  return session(`s-${String(i).padStart(2, '0')}`, {
    courseId: 'c',
    title: `Session ${i}`,
    year: 2030,
    startsAt: `2030-06-${day}T08:00:00.000Z`,
    endsAt: `2030-06-${day}T10:00:00.000Z`,
    registrationClosesAt: `2030-05-${day}T22:00:00.000Z`,
    membershipYear: 2030,
    audience: [],
    ...extra,
  });
}

function render(data: StoreData, now = '2030-03-01T00:00:00.000Z') {
  const charts: SvgChart[] = [];
  const html = renderReportHtml(
    computeReport(data, { kind: 'year', year: 2030 }, new Date(now)),
    'en',
    translator('en'),
    (c) => {
      charts.push(c);
      return `<svg id="${c.id}"></svg>`;
    },
    svgTextWidth,
  );
  return { html, charts, chart: (id: string) => charts.find((c) => c.id === id)! };
}

const categories = (c: SvgChart, axis: 'xAxis' | 'yAxis') => (c.option[axis] as { data: string[] }).data;

describe('renderReportHtml', () => {
  it(`charts the first ${MAX_SESSIONS_CHARTED} sessions, says so, and lists them all in the tables`, () => {
    const data = newStoreData(true);
    for (let i = 0; i < MAX_SESSIONS_CHARTED + 5; i += 1) data.sessions.push(sessionN(i));
    const { html, chart } = render(data);
    expect(categories(chart('chart-fill'), 'yAxis')).toHaveLength(MAX_SESSIONS_CHARTED);
    expect(categories(chart('chart-attendance'), 'yAxis')).toHaveLength(MAX_SESSIONS_CHARTED);
    expect(html).toContain(`The chart shows the first ${MAX_SESSIONS_CHARTED} of ${MAX_SESSIONS_CHARTED + 5} sessions; the table lists them all.`);
    expect(html.match(/<table id="table-fill"[\s\S]*?<\/table>/)![0].match(/<tr>/g)).toHaveLength(1 + MAX_SESSIONS_CHARTED + 5 + 1);
  });

  it(`draws ${MAX_TIMELINES} timelines, the sessions not started first, and says how many more there are`, () => {
    const data = newStoreData(true);
    data.members.push(person('a', 'Anne', 'A', { email: 'a@x.fr' }));
    for (let i = 0; i < 6; i += 1) {
      // s-00 … s-03 are held; s-04 and s-05 are still ahead.
      data.sessions.push(sessionN(i, i < 4 ? {} : { status: 'scheduled' }));
      data.registrations.push(registration(`s-0${i}`, 'a', { id: `r${i}`, receivedAt: '2030-02-01T10:00:00.000Z' }));
    }
    const { html, charts } = render(data, '2030-06-03T00:00:00.000Z');
    const titles = charts.filter((c) => c.id.startsWith('chart-timeline')).map((c) => c.title);
    expect(titles).toEqual(['Registrations received for s-04', 'Registrations received for s-05', 'Registrations received for s-00', 'Registrations received for s-01']);
    expect(html).toContain('2 more sessions with registrations');
  });

  it(`draws a long timeline with at most ${MAX_TIMELINE_POINTS} points, the last one the deadline's day, marked`, () => {
    const data = newStoreData(true);
    data.members.push(person('a', 'Anne', 'A', { email: 'a@x.fr' }), person('b', 'Bruno', 'B', { email: 'b@x.fr' }));
    data.sessions.push(sessionN(1, { registrationClosesAt: '2030-05-31T22:00:00.000Z' }));
    data.registrations.push(registration('s-01', 'a', { id: 'r1', receivedAt: '2029-11-02T10:00:00.000Z' }), registration('s-01', 'b', { id: 'r2', receivedAt: '2030-04-02T10:00:00.000Z' }));
    const c = render(data).chart('chart-timeline-1');
    const days = categories(c, 'xAxis');
    expect(days.length).toBeLessThanOrEqual(MAX_TIMELINE_POINTS);
    expect(days[days.length - 1]).toBe('06-01');
    const series = (c.option.series as Array<{ data: number[]; markLine: { data: Array<{ xAxis?: number; yAxis?: number }> } }>)[0]!;
    expect(series.data[series.data.length - 1]).toBe(2);
    expect(series.markLine.data).toEqual([expect.objectContaining({ yAxis: 10 }), expect.objectContaining({ xAxis: days.length - 1 })]);
    expect(c.description).toContain('2 from 2029-11-02 to 2030-04-02; seats: 10; registration closes: 2030-06-01');
  });

  it(`charts the ${MAX_TERRITORIES} largest territories and adds the others up`, () => {
    const data = newStoreData(true);
    data.sessions.push(sessionN(1, { capacity: null }));
    for (let i = 0; i < MAX_TERRITORIES + 3; i += 1) {
      data.organisations.push({ id: `o${i}`, name: `O${i}`, kind: 'GAL', territory: `T${String(i).padStart(2, '0')}` });
      data.members.push(person(`p${i}`, 'Anne', `N${i}`, { email: `p${i}@x.fr`, organisationId: `o${i}` }));
      data.registrations.push(registration('s-01', `p${i}`, { id: `r${i}` }));
    }
    const { html, chart } = render(data);
    const labels = categories(chart('chart-territory'), 'yAxis');
    expect(labels).toHaveLength(MAX_TERRITORIES + 1);
    expect(labels[MAX_TERRITORIES]).toBe('others');
    expect((chart('chart-territory').option.series as Array<{ data: number[] }>)[0]!.data[MAX_TERRITORIES]).toBe(3);
    expect(html).toContain(`The chart shows the ${MAX_TERRITORIES} largest of ${MAX_TERRITORIES + 3} territories`);
  });

  it('says when a year has no session, and draws nothing empty', () => {
    const { html, charts } = render(newStoreData(true));
    expect(html).toContain('No session in this period.');
    expect(html).toContain('No registration received yet.');
    expect(charts.map((c) => c.id)).toEqual(['chart-cotisations']);
    expect(html).toContain('<p class="empty">Nothing to chart.</p>');
  });
});
