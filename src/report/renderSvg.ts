// Charts drawn as SVG text when the report is written (Apache ECharts' server-side renderer):
// no DOM, no canvas, no script in the page. Loaded only by `caprural report`.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

let registered = false;

export interface SvgChart {
  /** ECharts option (animation is turned off here). */
  option: Record<string, unknown>;
  width: number;
  height: number;
  /** Unique within the page: ids of the SVG's <title> and <desc>. */
  id: string;
  /** The chart's title, also drawn in it. */
  title: string;
  /** The text alternative: what the chart shows, in words and numbers. */
  description: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * One chart as an accessible inline <svg>: role="img", labelled by its <title> and described by
 * its <desc>. Each chart is disposed once drawn (ECharts keeps timers alive otherwise).
 */
export function renderSvg(chart: SvgChart): string {
  if (!registered) {
    echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, SVGRenderer]);
    registered = true;
  }
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: chart.width, height: chart.height });
  try {
    instance.setOption({ animation: false, textStyle: { fontFamily: 'sans-serif' }, ...chart.option });
    const svg = instance.renderToSVGString();
    const t = `${chart.id}-title`;
    const d = `${chart.id}-desc`;
    const open = /^<svg [^>]*>/.exec(svg);
    if (!open) throw new Error('ECharts did not return an SVG document');
    const head = open[0].replace(/^<svg /, `<svg id="${chart.id}" role="img" aria-labelledby="${t}" aria-describedby="${d}" `);
    return `${head}<title id="${t}">${escapeXml(chart.title)}</title><desc id="${d}">${escapeXml(chart.description)}</desc>${svg.slice(open[0].length)}`;
  } finally {
    instance.dispose();
  }
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Charts like the report's, drawn and thrown away, so that the real ones are drawn by warm code. */
const WARM_UP: Array<Record<string, unknown>> = [
  {
    title: { text: 'w' },
    legend: { bottom: 0 },
    grid: { left: 10, right: 30, top: 40, bottom: 50 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: range(30).map((i) => `session-${i}`), inverse: true },
    series: [
      { type: 'bar', name: 'x', stack: 't', silent: true, data: range(30) },
      { type: 'bar', name: 'y', stack: 't', silent: true, data: range(30).map((i) => i % 3) },
      { type: 'scatter', name: 'z', silent: true, symbol: 'rect', symbolSize: [4, 20], data: range(30).map(() => 12) },
    ],
  },
  {
    title: { text: 'w' },
    grid: { left: 10, right: 40, top: 60, bottom: 10 },
    xAxis: { type: 'category', data: range(60).map((i) => `${i}/01`), boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1, max: 61 },
    series: [{ type: 'line', step: 'end', silent: true, areaStyle: {}, data: range(60), markLine: { silent: true, symbol: 'none', data: [{ yAxis: 4, label: { formatter: 'c', position: 'insideEndTop' } }, { xAxis: 2, label: { formatter: 'd', position: 'end' } }] } }],
  },
  {
    title: { text: 'w' },
    legend: { bottom: 0 },
    grid: { left: 10, right: 30, top: 55, bottom: 10 },
    xAxis: { type: 'category', data: ['a', 'b'], axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1, max: 4 },
    series: [
      { type: 'bar', name: 'x', silent: true, label: { show: true, position: 'top' }, data: [3, 1] },
      { type: 'bar', name: 'y', silent: true, data: [2, 1] },
    ],
  },
];

/** Draws the `round`-th throw-away chart (of each kind the report uses, in turn). */
export function warmUp(round: number): void {
  renderSvg({ id: 'warm-up', title: '', description: '', width: 680, height: 300, option: WARM_UP[round % WARM_UP.length]! });
}
