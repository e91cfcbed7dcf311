// The charts' grids are placed by the report (fitGrid, categoryInterval) instead of ECharts'
// outer-bounds layout, which builds every axis twice. Proof that nothing changes: each chart,
// handed back to ECharts' own layout (outer bounds, automatic label intervals), comes out the
// same SVG, byte for byte, so no label sticks out of a chart and none overlaps.
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/domain/reportFigures';
import { translator } from '../../src/i18n/translate';
import { renderReportHtml } from '../../src/report/reportHtml';
import { renderSvg, svgTextWidth, type SvgChart } from '../../src/report/renderSvg';
import { newStoreData } from '../../src/store/catalogue';
import type { Session, StoreData } from '../../src/store/index';
import { person, registration } from '../helpers/people';
import { session as storedSession } from '../helpers/session';

/** A session of 2030 on the given day of June, registrations closing the day before in May. */
function session(id: string, day: number, extra: Partial<Session> = {}): Session {
  const d = String(1 + (day % 28)).padStart(2, '0');
  return storedSession(id, {
    courseId: 'c',
    year: 2030,
    startsAt: `2030-06-${d}T08:00:00.000Z`,
    endsAt: `2030-06-${d}T10:00:00.000Z`,
    capacity: 12,
    registrationClosesAt: `2030-05-${d}T22:00:00.000Z`,
    membershipYear: 2030,
    status: 'scheduled',
    ...extra,
  });
}

/** Long names, many people (numbers with a thousands separator), long and short timelines. */
function scenario(people: number): StoreData {
  const data = newStoreData(true);
  data.rules.push({ id: 'une-regle-au-nom-assez-long-pour-deborder', label: 'R', courseId: 'c', years: [2030] });
  data.organisations.push({ id: 'gal', name: 'GAL', kind: 'GAL', territory: 'Communauté de communes du Haut-Chablais et de la vallée' }, { id: 'pnr', name: 'PNR', kind: 'PNR', territory: 'Vercors' });
  data.sessions.push(session('cooperer-leader-n1-2030-une-session-au-nom-long', 1), session('s2', 2, { capacity: null }), session('s3', 3, { registrationClosesAt: null }));
  for (let i = 0; i < people; i += 1) {
    data.members.push(person(`p${i}`, 'Anne', `N${i}`, { organisationId: i % 3 === 0 ? 'pnr' : 'gal' }));
    const sessionId = data.sessions[i % 3]!.id;
    // Received over five months: a timeline of one point every few days.
    const received = new Date(Date.UTC(2030, 0, 1) + (i % 150) * 86_400_000).toISOString();
    data.registrations.push(registration(sessionId, `p${i}`, { receivedAt: received, status: i % 7 === 0 ? 'waitlisted' : 'confirmed' }));
  }
  data.memberships.push({ id: 'cot-1', organisationId: 'gal', memberId: null, year: 2030, paidOn: '2030-01-10', amountCents: null, reference: null });
  return data;
}

/** The chart as ECharts lays it out itself: outer bounds (the default), automatic label intervals. */
function byEcharts(chart: SvgChart): SvgChart {
  const option = chart.option as { grid: Record<string, unknown>; xAxis: Record<string, unknown>; yAxis: Record<string, unknown> };
  const auto = (axis: Record<string, unknown>) => (axis.type === 'category' ? { ...axis, axisLabel: { ...(axis.axisLabel as object), interval: 'auto' } } : axis);
  const { outerBoundsMode, ...grid } = option.grid;
  expect(outerBoundsMode).toBe('none');
  return { ...chart, option: { ...chart.option, grid, xAxis: auto(option.xAxis), yAxis: auto(option.yAxis) } };
}

describe('the report charts, placed by the report', () => {
  for (const people of [3, 2500]) {
    it(`come out as ECharts' own layout draws them (${people} people)`, () => {
      const charts: SvgChart[] = [];
      renderReportHtml(
        computeReport(scenario(people), { kind: 'year', year: 2030 }, new Date('2030-03-01T00:00:00.000Z')),
        'fr',
        translator('fr'),
        (c) => {
          charts.push(c);
          return '';
        },
        svgTextWidth,
      );
      expect(charts.map((c) => c.id)).toEqual([
        'chart-fill',
        'chart-attendance',
        'chart-timeline-1',
        'chart-timeline-2',
        'chart-timeline-3',
        'chart-kind',
        'chart-territory',
        'chart-cotisations',
        'chart-eligibility',
      ]);
      // Class and clip-path ids are numbered by how many ECharts made along the way: only their presence matters.
      const strip = (svg: string) => svg.replace(/zr\d+-cls-\d+/g, 'zr-cls').replace(/zr\d+-c(\d+)/g, 'zr-c$1');
      for (const chart of charts) expect(strip(renderSvg(chart)), chart.id).toBe(strip(renderSvg(byEcharts(chart))));
    });
  }
});
