// Charts drawn as SVG text when the report is written (Apache ECharts' server-side renderer):
// no DOM, no canvas, no script in the page. Loaded only by `caprural report`.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

let registered = false;

function register(): void {
  if (registered) return;
  echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, SVGRenderer]);
  registered = true;
}

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

/** The width in px of one line of text at `fontSize` (sans-serif), as the chart renderer measures it. */
export type TextWidth = (text: string, fontSize: number) => number;

/** ECharts' own measure of a label (what it lays axes out with when it draws the SVG). */
export const svgTextWidth: TextWidth = (text, fontSize) => {
  register();
  return echarts.format.getTextRect(text, `${fontSize}px sans-serif`).width;
};

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * One chart as an accessible inline <svg>: role="img", labelled by its <title> and described by
 * its <desc>. Each chart is disposed once drawn (ECharts keeps timers alive otherwise).
 */
export function renderSvg(chart: SvgChart): string {
  register();
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
