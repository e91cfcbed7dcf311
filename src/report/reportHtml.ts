import { escapeForDisplay } from '../escapeForDisplay';
// The report as one self-contained HTML page: inline CSS and SVG, no script, no request to
// anything (a Content-Security-Policy says so to the browser), printable on A4. Each chart has a
// title and a text alternative and is followed by a table of the same numbers.
import { formatInstant, OFFICE_TIME_ZONE } from '../time';
import { localDateTime, type GroupCount, type ReportFigures, type SessionFigures, type SessionTimeline } from '../domain/reportFigures';
import type { Lang, Translate } from '../i18n/translate';
import type { SvgChart, TextWidth } from './renderSvg';

/** At most this many sessions in a per-session chart, so that it fits on one A4 page (the tables list them all). */
export const MAX_SESSIONS_CHARTED = 30;
/** At most this many registration timelines drawn in a year report (sessions not started first). */
export const MAX_TIMELINES = 4;
/** Points of a registration timeline drawn at most (one per day up to this many days). */
export const MAX_TIMELINE_POINTS = 60;
/** Territories drawn before the rest are added up as "others". */
export const MAX_TERRITORIES = 12;

const COLOURS = {
  confirmed: '#2f6690',
  waitlisted: '#d98e04',
  capacity: '#222222',
  present: '#2e7d32',
  absent: '#c62828',
  notRecorded: '#9e9e9e',
  registrants: '#2f6690',
  covered: '#6a4c93',
  eligible: '#00796b',
};

/** Printable ASCII but markup, and Latin letters with accents: text that needs no escaping (most cells). */
const PLAIN = /^[ !#-%(-;=?-[\]-~\u00a0-\u00ac\u00ae-\u02ff]*$/;

/** Text from the store, safe inside HTML: markup escaped, controls, bidi and zero-width characters shown visibly. */
export function escapeHtml(text: string): string {
  if (PLAIN.test(text)) return text;
  return clean(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Controls, bidi and zero-width characters shown visibly (for text drawn in a chart too). */
export function clean(text: string): string {
  // Controls, bidi and zero-width characters shown visibly (\e, \u202E, \u200B), as everywhere
  // caprural shows a value (issue 12); line breaks and tabs stay, white space in HTML.
  return escapeForDisplay(text, { keepLines: true });
}

interface Format {
  lang: Lang;
  t: Translate;
  /** The width of a line of text in a chart, in px, as the renderer measures it. */
  textWidth: TextWidth;
  number(n: number): string;
  percent(r: number | null): string;
  day(yyyyMmDd: string): string;
  axisDay(yyyyMmDd: string): string;
}

function makeFormat(lang: Lang, t: Translate, textWidth: TextWidth): Format {
  const nf = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 });
  const pf = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 });
  return {
    lang,
    t,
    textWidth,
    // Small whole numbers (most cells) read the same in every language: no need to ask Intl.
    number: (n) => (Number.isInteger(n) && n >= 0 && n < 1000 ? String(n) : nf.format(n)),
    percent: (r) => (r === null ? '—' : lang === 'fr' ? `${pf.format(r * 100)}\u00a0%` : `${pf.format(r * 100)}%`),
    day: (d) => (lang === 'fr' ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : d),
    axisDay: (d) => (lang === 'fr' ? `${d.slice(8, 10)}/${d.slice(5, 7)}` : d.slice(5)),
  };
}

type Cell = { text: string; value?: number | null; head?: boolean };
const num = (f: Format, n: number | null): Cell => ({ text: n === null ? '—' : f.number(n), value: n });
const pct = (f: Format, r: number | null): Cell => ({ text: f.percent(r), value: r });
const txt = (text: string): Cell => ({ text });

function table(id: string, caption: string, head: string[], rows: Cell[][], foot?: Cell[], hideCaption = false): string {
  const cell = (c: Cell, tag: 'td' | 'th') =>
    c.value === undefined
      ? `<${tag}${tag === 'th' ? ' scope="row"' : ''}>${escapeHtml(c.text)}</${tag}>`
      : `<${tag} class="n" data-value="${c.value === null ? '' : c.value}">${escapeHtml(c.text)}</${tag}>`;
  const row = (r: Cell[]) => `<tr>${r.map((c, i) => cell(c, i === 0 || c.head ? 'th' : 'td')).join('')}</tr>`;
  return [
    `<table id="${id}" class="data">`,
    `<caption${hideCaption ? ' class="visually-hidden"' : ''}>${escapeHtml(caption)}</caption>`,
    `<thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.map(row).join('\n')}</tbody>`,
    foot ? `<tfoot>${row(foot)}</tfoot>` : '',
    `</table>`,
  ].join('\n');
}

function figure(draw: (c: SvgChart) => string, chart: SvgChart | null, f: Format, notes: string[] = []): string {
  const body = chart ? draw(chart) : `<p class="empty">${escapeHtml(f.t('rpNothingToChart'))}</p>`;
  const caption = notes.length ? `<figcaption>${notes.map(escapeHtml).join(' ')}</figcaption>` : '';
  return `<figure class="chart"${chart ? ` data-chart="${chart.id}"` : ''}>${body}${caption}</figure>`;
}

/** "a: 1; b: 2; … and 3 more": the start of a chart's numbers, for its text alternative. */
function summarise<T>(f: Format, items: readonly T[], say: (item: T) => string, max = 6): string {
  if (items.length === 0) return f.t('rpNothingToChart');
  // Only the items shown are put in words (a year has up to thousands of sessions).
  const shown = items.slice(0, max).map(say).join('; ');
  return items.length > max ? `${shown}; ${f.t('rpAndMore', { count: items.length - max })}.` : `${shown}.`;
}

const legend = { bottom: 0, textStyle: { fontSize: 12 } };
const title = (text: string) => ({ text: clean(text), left: 'center', textStyle: { fontSize: 15 } });

/** ECharts' defaults for axis labels: their size, their distance from the axis, the room kept on their left and right (textMargin). */
const AXIS_FONT_SIZE = 12;
const AXIS_LABEL_MARGIN = 8;
const AXIS_LABEL_SIDE_MARGIN = 3;
/** The size of the category labels drawn here. */
const CATEGORY_FONT_SIZE = 11;

/** A whole number as ECharts writes it on a value axis (1,000). */
const axisNumber = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * The grid, placed so that the labels of the axis on the left (`left`: its widest labels, at
 * `size`) and of the axis at the bottom (when `bottom`) stay inside the chart, where ECharts'
 * own outer-bounds layout would put it: that layout builds every axis twice to measure it,
 * the most expensive step of drawing a chart. Labels are measured as ECharts measures them.
 */
function fitGrid(f: Format, box: { left: number; right: number; top: number; bottom: number }, left: { labels: string[]; size: number }, bottom: { size: number } | null) {
  const widest = left.labels.reduce((w, label) => Math.max(w, f.textWidth(label, left.size)), 0);
  return {
    ...box,
    left: Math.max(box.left, widest + AXIS_LABEL_MARGIN + AXIS_LABEL_SIDE_MARGIN),
    bottom: bottom ? Math.max(box.bottom, bottom.size + AXIS_LABEL_MARGIN) : box.bottom,
    outerBoundsMode: 'none',
  };
}

/**
 * The labels a value axis may show up to `max` (ECharts rounds its top up, at most to twice the
 * largest value): the widest of them, for fitGrid.
 */
const valueLabels = (max: number) => [axisNumber(Math.max(1, max) * 2)];

/**
 * Every how many categories a label is shown so that labels do not overlap, by ECharts' own rule
 * for `interval: 'auto'` (calculateCategoryInterval: labels 1.3 times their width apart), worked
 * out once here rather than by ECharts on each of its layout passes.
 */
function categoryInterval(f: Format, labels: string[], axisWidth: number, boundaryGap: boolean): number {
  const spans = boundaryGap ? labels.length : labels.length - 1;
  if (spans < 1) return 0;
  const widest = labels.reduce((w, label) => Math.max(w, f.textWidth(label, CATEGORY_FONT_SIZE) * 1.3, 7), 0);
  return Math.max(0, Math.floor(widest / (axisWidth / spans)));
}

function sessionDate(f: Format, s: SessionFigures): string {
  if (!s.startsAt) return f.t('dateUnknown', { year: s.year });
  const start = localDateTime(s.startsAt, s.timeZone);
  const day = f.day(start.slice(0, 10));
  const end = s.endsAt ? localDateTime(s.endsAt, s.timeZone) : null;
  // Over several days, both days are shown.
  const lastDay = end && end.slice(0, 10) !== start.slice(0, 10) ? f.day(end.slice(0, 10)) : null;
  if (s.dateOnly) return lastDay ? `${day} – ${lastDay}` : day;
  if (!end) return `${day} ${start.slice(11)}`;
  return lastDay ? `${day} ${start.slice(11)} – ${lastDay} ${end.slice(11)}` : `${day} ${start.slice(11)}-${end.slice(11)}`;
}

/** A horizontal stacked bar per session (first MAX_SESSIONS_CHARTED). */
function perSessionChart(
  f: Format,
  id: string,
  chartTitle: string,
  description: string,
  sessions: SessionFigures[],
  series: Array<{ name: string; colour: string; pick: (s: SessionFigures) => number }>,
  capacity: boolean,
): SvgChart | null {
  if (sessions.length === 0) return null;
  const shown = sessions.slice(0, MAX_SESSIONS_CHARTED);
  const names = shown.map((s) => clean(s.id));
  const option: Record<string, unknown> = {
    title: title(chartTitle),
    legend,
    grid: fitGrid(f, { left: 10, right: 30, top: 40, bottom: 50 }, { labels: names, size: CATEGORY_FONT_SIZE }, { size: AXIS_FONT_SIZE }),
    xAxis: { type: 'value', minInterval: 1 },
    // Every session named (interval 0): ECharts need not work out which labels fit.
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { fontSize: CATEGORY_FONT_SIZE, interval: 0 } },
    series: [
      ...series.map((s) => ({ type: 'bar', name: s.name, stack: 'total', silent: true, barMaxWidth: 22, itemStyle: { color: s.colour }, data: shown.map(s.pick) })),
      ...(capacity
        ? [{ type: 'scatter', name: f.t('rpSeatsLine'), silent: true, symbol: 'rect', symbolSize: [4, 20], itemStyle: { color: COLOURS.capacity }, data: shown.map((s) => s.capacity) }]
        : []),
    ],
  };
  return { id, title: chartTitle, description, option, width: 680, height: 100 + 28 * shown.length };
}

function fillSection(f: Format, figures: ReportFigures, draw: (c: SvgChart) => string): string {
  const { t } = f;
  const sessions = figures.sessions;
  const summary = summarise(f, sessions, (s) => `${clean(s.id)}: ${s.confirmed}/${s.capacity ?? t('rpNoLimit')}, ${t('rpColWaitlisted').toLowerCase()} ${s.waitlisted}`);
  const chart = perSessionChart(
    f,
    'chart-fill',
    t('rpFillChart'),
    t('rpFillAlt', { summary }),
    sessions,
    [
      { name: t('rpColConfirmed'), colour: COLOURS.confirmed, pick: (s) => s.confirmed },
      { name: t('rpColWaitlisted'), colour: COLOURS.waitlisted, pick: (s) => s.waitlisted },
    ],
    true,
  );
  const notes = sessions.length > MAX_SESSIONS_CHARTED ? [t('rpChartShowsFirst', { shown: MAX_SESSIONS_CHARTED, total: sessions.length })] : [];
  const tot = figures.totals;
  return [
    `<section id="fill"><h2>${escapeHtml(t('rpFillHeading'))}</h2>`,
    figure(draw, chart, f, notes),
    table(
      'table-fill',
      t('rpFillChart'),
      [t('rpColSession'), t('rpColDate'), t('rpColStatus'), t('rpColCapacity'), t('rpColConfirmed'), t('rpColFillRate'), t('rpColWaitlisted'), t('rpColCancelled')],
      sessions.map((s) => [txt(s.id), txt(sessionDate(f, s)), txt(t(`status_${s.status}`)), num(f, s.capacity), num(f, s.confirmed), pct(f, s.fillRate), num(f, s.waitlisted), num(f, s.cancelled)]),
      [txt(t('rpTotal')), txt(''), txt(''), num(f, tot.capacity), num(f, tot.confirmed), pct(f, tot.fillRate), num(f, tot.waitlisted), num(f, tot.cancelled)],
    ),
    `</section>`,
  ].join('\n');
}

function attendanceSection(f: Format, figures: ReportFigures, draw: (c: SvgChart) => string): string {
  const { t } = f;
  const sessions = figures.sessions;
  const summary = summarise(
    f,
    sessions,
    (s) => `${clean(s.id)}: ${t('rpColPresent').toLowerCase()} ${s.present}, ${t('rpColAbsent').toLowerCase()} ${s.absent}, ${t('rpColNotRecorded').toLowerCase()} ${s.notRecorded}`,
  );
  const chart = perSessionChart(
    f,
    'chart-attendance',
    t('rpAttendanceChart'),
    t('rpAttendanceAlt', { summary }),
    sessions,
    [
      { name: t('rpColPresent'), colour: COLOURS.present, pick: (s) => s.present },
      { name: t('rpColAbsent'), colour: COLOURS.absent, pick: (s) => s.absent },
      { name: t('rpColNotRecorded'), colour: COLOURS.notRecorded, pick: (s) => s.notRecorded },
    ],
    false,
  );
  const notes = sessions.length > MAX_SESSIONS_CHARTED ? [t('rpChartShowsFirst', { shown: MAX_SESSIONS_CHARTED, total: sessions.length })] : [];
  const tot = figures.totals;
  return [
    `<section id="attendance"><h2>${escapeHtml(t('rpAttendanceHeading'))}</h2>`,
    figure(draw, chart, f, notes),
    table(
      'table-attendance',
      t('rpAttendanceChart'),
      [t('rpColSession'), t('rpColPresent'), t('rpColAbsent'), t('rpColNotRecorded'), t('rpColAttendanceRate'), t('rpColNoShows'), t('rpColHours'), t('rpColHoursTrainees')],
      sessions.map((s) => [txt(s.id), num(f, s.present), num(f, s.absent), num(f, s.notRecorded), pct(f, s.attendanceRate), num(f, s.noShows), num(f, s.hours), num(f, s.hoursTrainees)]),
      [txt(t('rpTotal')), num(f, tot.present), num(f, tot.absent), num(f, tot.notRecorded), pct(f, tot.attendanceRate), num(f, tot.noShows), txt(''), num(f, tot.hoursTrainees)],
    ),
    `</section>`,
  ].join('\n');
}

/** Every day from the first to the last (yyyy-MM-dd), at most `max` (the latest kept). */
function daysBetween(first: string, last: string, max = 370): string[] {
  const days: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let ms = Math.max(Date.parse(`${first}T00:00:00Z`), end - (max - 1) * 86_400_000); ms <= end; ms += 86_400_000) days.push(new Date(ms).toISOString().slice(0, 10));
  return days;
}

function timelineChart(f: Format, line: SessionTimeline, index: number): SvgChart {
  const { t } = f;
  const first = line.points[0]!.day;
  const last = line.points[line.points.length - 1]!.day;
  const from = line.deadlineDay && line.deadlineDay < first ? line.deadlineDay : first;
  const to = line.deadlineDay && line.deadlineDay > last ? line.deadlineDay : last;
  const all = daysBetween(from, to);
  const byDay = new Map(line.points.map((p) => [p.day, p.cumulative]));
  let running = line.points.filter((p) => p.day < all[0]!).reduce((n, p) => n + p.received, 0);
  const cumulative = all.map((d) => (running = byDay.get(d) ?? running));
  // At most MAX_TIMELINE_POINTS points: over a long period, one per few days (the total at the
  // last day of each step, counted back from the last day), so the chart stays light to draw.
  const step = Math.ceil(all.length / MAX_TIMELINE_POINTS);
  const kept = all.map((_, i) => i).filter((i) => (all.length - 1 - i) % step === 0);
  const days = kept.map((i) => all[i]!);
  const values = kept.map((i) => cumulative[i]!);
  const marks: unknown[] = [];
  if (line.capacity !== null)
    marks.push({
      yAxis: line.capacity,
      name: t('rpSeatsLine'),
      label: { formatter: `${t('rpSeatsLine')} ${line.capacity}`, position: 'insideEndTop' },
      lineStyle: { color: COLOURS.capacity, type: 'dashed' },
    });
  const deadlineIndex = line.deadlineDay && all.includes(line.deadlineDay) ? days.findIndex((d) => d >= line.deadlineDay!) : -1;
  if (deadlineIndex >= 0)
    marks.push({
      xAxis: deadlineIndex,
      name: t('rpDeadlineLine'),
      label: { formatter: `${t('rpDeadlineLine')} ${f.axisDay(line.deadlineDay!)}`, position: 'end' },
      lineStyle: { color: COLOURS.absent, type: 'solid' },
    });
  const chartTitle = t('rpTimelineChart', { id: clean(line.sessionId) });
  const total = line.points[line.points.length - 1]!.cumulative;
  const labels = days.map(f.axisDay);
  const yMax = Math.max(...values, line.capacity ?? 0) + 1;
  const width = 680;
  const grid = fitGrid(f, { left: 10, right: 40, top: 60, bottom: 10 }, { labels: [axisNumber(yMax)], size: AXIS_FONT_SIZE }, { size: CATEGORY_FONT_SIZE });
  return {
    id: `chart-timeline-${index + 1}`,
    title: chartTitle,
    description: t('rpTimelineAlt', {
      id: clean(line.sessionId),
      total,
      first: f.day(first),
      last: f.day(last),
      capacity: line.capacity === null ? t('rpNoLimit') : String(line.capacity),
      deadline: line.registrationClosesAt && line.deadlineDay ? f.day(line.deadlineDay) : t('rpNoDeadline'),
    }),
    width,
    height: 300,
    option: {
      title: title(chartTitle),
      grid,
      xAxis: { type: 'category', data: labels, boundaryGap: false, axisLabel: { fontSize: CATEGORY_FONT_SIZE, interval: categoryInterval(f, labels, width - grid.left - grid.right, false) } },
      yAxis: { type: 'value', minInterval: 1, max: yMax },
      series: [
        {
          type: 'line',
          name: t('rpColCumulative'),
          step: 'end',
          silent: true,
          showSymbol: days.length <= 60,
          lineStyle: { color: COLOURS.confirmed, width: 2 },
          itemStyle: { color: COLOURS.confirmed },
          areaStyle: { color: 'rgba(47,102,144,0.12)' },
          data: values,
          markLine: { silent: true, symbol: 'none', data: marks },
        },
      ],
    },
  };
}

function timelineSection(f: Format, figures: ReportFigures, draw: (c: SvgChart) => string): string {
  const { t } = f;
  const withPoints = figures.timelines.filter((l) => l.points.length > 0);
  // The sessions still ahead come first: whether they fill before their deadline is what the organiser watches.
  const sessions = new Map(figures.sessions.map((s) => [s.id, s]));
  const ahead = (l: SessionTimeline) => {
    const s = sessions.get(l.sessionId);
    return s !== undefined && s.status !== 'held' && (s.startsAt === null || s.startsAt > figures.generatedAt);
  };
  const ordered = [...withPoints.filter(ahead), ...withPoints.filter((l) => !ahead(l))];
  const shown = figures.scope.sessionId !== null ? ordered : ordered.slice(0, MAX_TIMELINES);
  const parts = [`<section id="timeline"><h2>${escapeHtml(t('rpTimelineHeading'))}</h2>`];
  if (withPoints.length === 0) parts.push(`<p class="empty">${escapeHtml(t('rpTimelineNone'))}</p>`);
  shown.forEach((line, i) => {
    parts.push(
      `<div class="timeline">`,
      figure(draw, timelineChart(f, line, i), f),
      table(
        `table-timeline-${i + 1}`,
        t('rpTimelineChart', { id: line.sessionId }),
        [t('rpColDay'), t('rpColReceived'), t('rpColCumulative')],
        line.points.map((p) => [txt(f.day(p.day)), num(f, p.received), num(f, p.cumulative)]),
      ),
      `</div>`,
    );
  });
  if (withPoints.length > shown.length) parts.push(`<p class="note">${escapeHtml(t('rpTimelineMore', { count: withPoints.length - shown.length }))}</p>`);
  parts.push(`</section>`);
  return parts.join('\n');
}

function groupChart(f: Format, id: string, chartTitle: string, description: string, groups: Array<{ label: string; g: GroupCount }>, horizontal: boolean): SvgChart | null {
  if (groups.length === 0) return null;
  const labels = groups.map((x) => clean(x.label));
  const category = { type: 'category', data: labels, ...(horizontal ? { inverse: true } : {}), axisLabel: { fontSize: CATEGORY_FONT_SIZE, interval: 0 } };
  const value = { type: 'value', minInterval: 1 };
  const most = groups.reduce((n, x) => Math.max(n, x.g.registrants, x.g.participants), 0);
  const box = { left: 10, right: 30, top: 40, bottom: 50 };
  return {
    id,
    title: chartTitle,
    description,
    width: 680,
    height: horizontal ? 100 + 34 * groups.length : 320,
    option: {
      title: title(chartTitle),
      legend,
      grid: horizontal
        ? fitGrid(f, box, { labels, size: CATEGORY_FONT_SIZE }, { size: AXIS_FONT_SIZE })
        : fitGrid(f, box, { labels: valueLabels(most), size: AXIS_FONT_SIZE }, { size: CATEGORY_FONT_SIZE }),
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: [
        { type: 'bar', name: f.t('rpColRegistrants'), silent: true, barMaxWidth: 28, itemStyle: { color: COLOURS.registrants }, data: groups.map((x) => x.g.registrants) },
        { type: 'bar', name: f.t('rpColParticipants'), silent: true, barMaxWidth: 28, itemStyle: { color: COLOURS.present }, data: groups.map((x) => x.g.participants) },
      ],
    },
  };
}

const kindLabel = (f: Format, key: string | null) => (key === null ? f.t('rpNoOrganisation') : key === 'other' ? f.t('rpOthers') : key);
const territoryLabel = (f: Format, key: string | null) => (key === null ? f.t('rpNone') : key);

function originSection(f: Format, figures: ReportFigures, draw: (c: SvgChart) => string): string {
  const { t } = f;
  const groupSummary = (groups: Array<{ label: string; g: GroupCount }>) =>
    summarise(f, groups, (x) => `${clean(x.label)}: ${x.g.registrants} ${t('rpColRegistrants').toLowerCase()}, ${x.g.participants} ${t('rpColParticipants').toLowerCase()}`);
  const kinds = figures.byOrganisationKind.map((g) => ({ label: kindLabel(f, g.key), g }));
  const territories = figures.byTerritory.map((g) => ({ label: territoryLabel(f, g.key), g }));
  let drawnTerritories = territories;
  const notes: string[] = [];
  if (territories.length > MAX_TERRITORIES + 1) {
    const rest = territories.slice(MAX_TERRITORIES);
    drawnTerritories = [
      ...territories.slice(0, MAX_TERRITORIES),
      { label: t('rpOthers'), g: { key: null, registrants: rest.reduce((n, x) => n + x.g.registrants, 0), participants: rest.reduce((n, x) => n + x.g.participants, 0) } },
    ];
    notes.push(t('rpChartShowsTop', { shown: MAX_TERRITORIES, total: territories.length }));
  }
  const totalRow = (groups: GroupCount[]) => [
    txt(t('rpTotal')),
    num(
      f,
      groups.reduce((n, g) => n + g.registrants, 0),
    ),
    num(
      f,
      groups.reduce((n, g) => n + g.participants, 0),
    ),
  ];
  return [
    `<section id="origin"><h2>${escapeHtml(t('rpOriginHeading'))}</h2>`,
    figure(draw, groupChart(f, 'chart-kind', t('rpKindChart'), t('rpKindAlt', { summary: groupSummary(kinds) }), kinds, false), f),
    table(
      'table-kind',
      t('rpKindChart'),
      [t('rpColKind'), t('rpColRegistrants'), t('rpColParticipants')],
      kinds.map((x) => [txt(x.label), num(f, x.g.registrants), num(f, x.g.participants)]),
      totalRow(figures.byOrganisationKind),
    ),
    figure(draw, groupChart(f, 'chart-territory', t('rpTerritoryChart'), t('rpTerritoryAlt', { summary: groupSummary(territories) }), drawnTerritories, true), f, notes),
    table(
      'table-territory',
      t('rpTerritoryChart'),
      [t('rpColTerritory'), t('rpColRegistrants'), t('rpColParticipants')],
      territories.map((x) => [txt(x.label), num(f, x.g.registrants), num(f, x.g.participants)]),
      totalRow(figures.byTerritory),
    ),
    `</section>`,
  ].join('\n');
}

function simpleBars(f: Format, id: string, chartTitle: string, description: string, labels: string[], values: number[], colour: string, name: string): SvgChart | null {
  if (labels.length === 0) return null;
  // Room above the highest bar for its label.
  const yMax = Math.max(1, Math.ceil(Math.max(0, ...values) * 1.15));
  return {
    id,
    title: chartTitle,
    description,
    width: 680,
    height: 300,
    option: {
      title: title(chartTitle),
      grid: fitGrid(f, { left: 10, right: 30, top: 55, bottom: 10 }, { labels: [axisNumber(yMax)], size: AXIS_FONT_SIZE }, { size: CATEGORY_FONT_SIZE }),
      xAxis: { type: 'category', data: labels.map(clean), axisLabel: { fontSize: CATEGORY_FONT_SIZE, interval: 0 } },
      yAxis: { type: 'value', minInterval: 1, max: yMax },
      series: [{ type: 'bar', name, silent: true, barMaxWidth: 40, itemStyle: { color: colour }, label: { show: true, position: 'top' }, data: values }],
    },
  };
}

function cotisationSection(f: Format, figures: ReportFigures, draw: (c: SvgChart) => string): string {
  const { t } = f;
  const years = figures.cotisations;
  const chart = simpleBars(
    f,
    'chart-cotisations',
    t('rpCotisationChart'),
    t('rpCotisationAlt', {
      summary: summarise(f, years, (y) => `${y.year}: ${y.people}`, 12),
    }),
    years.map((y) => String(y.year)),
    years.map((y) => y.people),
    COLOURS.covered,
    t('rpColPeopleCovered'),
  );
  return [
    `<section id="cotisations"><h2>${escapeHtml(t('rpCotisationHeading'))}</h2>`,
    figure(draw, chart, f),
    table(
      'table-cotisations',
      t('rpCotisationChart'),
      [t('rpColYear'), t('rpColPeopleCovered'), t('rpColOrganisations'), t('rpColIndividuals')],
      years.map((y) => [txt(String(y.year)), num(f, y.people), num(f, y.organisations), num(f, y.individuals)]),
    ),
    `</section>`,
  ].join('\n');
}

function eligibilitySection(f: Format, figures: ReportFigures, draw: (c: SvgChart) => string): string {
  const { t } = f;
  const rules = figures.eligibility;
  const chart = simpleBars(
    f,
    'chart-eligibility',
    t('rpEligibilityChart'),
    t('rpEligibilityAlt', {
      summary: summarise(f, rules, (r) => `${clean(r.ruleId)}: ${r.eligible}`),
    }),
    rules.map((r) => r.ruleId),
    rules.map((r) => r.eligible),
    COLOURS.eligible,
    t('rpColEligible'),
  );
  return [
    `<section id="eligibility"><h2>${escapeHtml(t('rpEligibilityHeading'))}</h2>`,
    figure(draw, chart, f),
    table(
      'table-eligibility',
      t('rpEligibilityChart'),
      [t('rpColRule'), t('rpColRuleCourse'), t('rpColEligible')],
      rules.map((r) => [txt(`${r.ruleId} — ${r.label}`), txt(`${r.courseId}, ${r.years.join(', ')}`), num(f, r.eligible)]),
    ),
    `</section>`,
  ].join('\n');
}

function keyFigures(f: Format, figures: ReportFigures): string {
  const { t } = f;
  const tot = figures.totals;
  const rows: Cell[][] = [
    [txt(t('rpSessions')), num(f, tot.sessions)],
    [txt(t('rpSessionsHeld')), num(f, tot.sessionsHeld)],
    [txt(t('rpUniqueRegistrants')), num(f, tot.uniqueRegistrants)],
    [txt(t('rpUniqueParticipants')), num(f, tot.uniqueParticipants)],
    [txt(t('rpHoursTrainees')), num(f, tot.hoursTrainees)],
    [txt(t('rpFillRate')), pct(f, tot.fillRate)],
    [txt(t('rpAttendanceRate')), pct(f, tot.attendanceRate)],
  ];
  const notes = [tot.sessionsWithoutHours > 0 ? t('rpHoursNote', { count: tot.sessionsWithoutHours }) : t('rpHoursNoteAll')];
  if (tot.sessionsCancelled > 0) notes.push(t('rpCancelledLeftOut', { count: tot.sessionsCancelled }));
  if (tot.sessions === 0) notes.unshift(t('rpNoSessions'));
  return [
    `<section id="key-figures"><h2>${escapeHtml(t('rpKeyFigures'))}</h2>`,
    table('table-key', t('rpKeyFigures'), [t('rpFigure'), t('rpValue')], rows, undefined, true),
    ...notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`),
    `</section>`,
  ].join('\n');
}

const CSS = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
html { font-family: system-ui, "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt; color: #1b1b1b; background: #fff; }
body { margin: 0 auto; max-width: 186mm; padding: 8mm 0; line-height: 1.35; }
h1 { font-size: 18pt; margin: 0 0 2mm; color: #2f6690; }
h2 { font-size: 14pt; margin: 8mm 0 3mm; border-bottom: 1px solid #c8d3dc; padding-bottom: 1mm; break-after: avoid; }
p.meta { color: #555; margin: 0 0 4mm; }
p.note, figcaption { color: #444; font-size: 9.5pt; }
figure.chart { margin: 2mm 0; break-inside: avoid; }
figure.chart svg { display: block; width: 100%; height: auto; }
table.data { border-collapse: collapse; width: 100%; margin: 2mm 0 5mm; font-size: 8.5pt; }
table.data caption { text-align: left; font-weight: 600; padding: 1mm 0; }
table.data th, table.data td { border: 1px solid #c8d3dc; padding: 0.6mm 1.2mm; text-align: left; vertical-align: top; }
table.data thead th { background: #eef3f7; }
table.data tfoot th, table.data tfoot td { font-weight: 600; background: #f6f8fa; }
table.data tbody th, table.data tfoot th { white-space: nowrap; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
table.data .n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.data tr { break-inside: avoid; }
.timeline { break-inside: avoid-page; }
#table-key { width: auto; min-width: 50%; }
@media print { body { padding: 0; max-width: none; } h2 { break-after: avoid; } }
`;

/**
 * The whole page. `draw` turns a chart into SVG text (renderSvg, with ECharts), `textWidth`
 * measures a chart's labels as it does (svgTextWidth); `lang` is the
 * page's language. Text from the store is escaped everywhere.
 */
export function renderReportHtml(figures: ReportFigures, lang: Lang, t: Translate, draw: (c: SvgChart) => string, textWidth: TextWidth): string {
  const f = makeFormat(lang, t, textWidth);
  const heading = figures.scope.sessionId !== null ? t('rpTitleSession', { id: figures.scope.sessionId }) : t('rpTitleYear', { year: figures.scope.year ?? 0 });
  const generated = t('rpGenerated', { date: formatInstant(figures.generatedAt, OFFICE_TIME_ZONE, lang) });
  const title = figures.scope.sessionId !== null && figures.sessions[0] ? `${heading} — ${figures.sessions[0].title}` : heading;
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may be fetched: no script, no image, font or style from anywhere.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="caprural">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${escapeHtml(heading)}</h1>`,
    figures.scope.sessionId !== null && figures.sessions[0] ? `<p class="meta">${escapeHtml(`${figures.sessions[0].title} — ${sessionDate(f, figures.sessions[0])}`)}</p>` : '',
    `<p class="meta">${escapeHtml(generated)}</p></header>`,
    '<main>',
    keyFigures(f, figures),
    fillSection(f, figures, draw),
    attendanceSection(f, figures, draw),
    timelineSection(f, figures, draw),
    originSection(f, figures, draw),
    cotisationSection(f, figures, draw),
    eligibilitySection(f, figures, draw),
    '</main>',
    `<footer><p class="note">${escapeHtml(t('rpLegendNote'))}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
