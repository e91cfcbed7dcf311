import { buildReport } from '../app/report';
import { UsageError } from '../errors';
import { writeOutput } from '../export/writeOutput';
import { translator, type Lang } from '../i18n/translate';
import type { SvgChart } from '../report/renderSvg';
import type { Context } from './context';

interface ReportFlags {
  year?: string;
  session?: string;
  format?: string;
  output?: string;
}

/** The page is French unless --lang en is given (the locale does not change it: the readers are French). */
function pageLang(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'fr';
}

export async function report(ctx: Context, options: ReportFlags): Promise<void> {
  const format = ctx.json ? 'json' : (options.format ?? 'html');
  let sessions = 0;
  if (format !== 'html' && format !== 'json') throw new UsageError('invalidChoice', { option: '--format', value: format, allowed: 'html, json' });
  if (format === 'html' && !options.output) throw new UsageError('reportNeedsOutput', {});
  // ECharts is loaded for the HTML page only (no other command pays for it), on a second thread
  // that warms it up while this one reads the store.
  const drawer = format === 'html' ? (await import('../report/chartDrawer')).startChartDrawer() : null;
  let content: string;
  try {
    const figures = await buildReport(ctx.deps, { year: options.year, session: options.session });
    sessions = figures.sessions.length;
    if (!drawer) {
      content = `${JSON.stringify(figures, null, 2)}\n`;
    } else {
      const { renderReportHtml } = await import('../report/reportHtml');
      const lang = pageLang(ctx.io.argv);
      // The page is written with a mark for each chart, then the charts are drawn all at once.
      const charts: SvgChart[] = [];
      const page = renderReportHtml(figures, lang, translator(lang), (chart) => `\u0000${charts.push(chart) - 1}\u0000`);
      const svgs = await drawer.draw(charts);
      content = page.replace(/\u0000(\d+)\u0000/g, (_, i: string) => svgs[Number(i)]!);
    }
  } finally {
    await drawer?.close();
  }
  if (!options.output || options.output === '-') {
    ctx.io.stdout.write(content);
    return;
  }
  const file = await writeOutput(options.output, content, ctx.deps.store);
  ctx.note(ctx.t('reportWritten', { file, sessions }));
}
