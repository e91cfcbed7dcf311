import { buildReport } from '../app/report';
import { UsageError } from '../errors';
import { writeOutput } from '../export/writeOutput';
import { translator, type Lang } from '../i18n/translate';
import { confirmOverwrite } from './confirm';
import type { Context } from './context';

interface ReportFlags {
  year?: string;
  session?: string;
  format?: string;
  output?: string;
  yes?: boolean;
}

/** The page is French unless --lang en is given (the locale does not change it: the readers are French). */
function pageLang(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'fr';
}

export async function reportCommand(ctx: Context, options: ReportFlags): Promise<void> {
  const format = ctx.json ? 'json' : (options.format ?? 'html');
  if (format !== 'html' && format !== 'json') throw new UsageError('invalidChoice', { option: '--format', value: format, allowed: 'html, json' });
  if (format === 'html' && !options.output) throw new UsageError('reportNeedsOutput', {});
  const figures = await buildReport(ctx.deps, { year: options.year, session: options.session });
  let content: string;
  if (format === 'json') {
    content = `${JSON.stringify(figures, null, 2)}\n`;
  } else {
    // ECharts is loaded here only: no other command pays for it.
    const [{ renderReportHtml }, { renderSvg, svgTextWidth }] = await Promise.all([import('../report/reportHtml'), import('../report/renderSvg')]);
    const lang = pageLang(ctx.io.argv);
    content = renderReportHtml(figures, lang, translator(lang), renderSvg, svgTextWidth);
  }
  if (!options.output || options.output === '-') {
    ctx.io.stdout.write(content);
    return;
  }
  if (!(await confirmOverwrite(ctx, options.output, options.yes))) return;
  const file = await writeOutput(options.output, content, ctx.deps.store);
  ctx.note(ctx.t('reportWritten', { file, sessions: figures.sessions.length }));
}
