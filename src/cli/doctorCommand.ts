import { runDoctor } from '../app/doctor';
import { CapruralError } from '../errors';
import { renderError } from './renderError';
import type { Context } from './context';

/**
 * Exit codes: 0 healthy (notes allowed), 1 problems found (each with what to do),
 * 3 the store itself cannot be used.
 */
export async function doctorCommand(ctx: Context): Promise<void> {
  const report = await runDoctor(ctx.deps, ctx.io.isAlive);
  const problems = report.findings.filter((f) => f.level === 'problem');
  if (ctx.json) {
    ctx.printJson({
      path: report.path,
      healthy: report.healthy,
      usable: report.usable,
      schemaVersion: report.schemaVersion,
      counts: report.counts,
      error: report.error ? renderError(report.error, ctx.t) : null,
      findings: report.findings.map((f) => ({ level: f.level, code: f.key, ...f.params, message: ctx.t(f.key, f.params as never) })),
    });
  } else {
    if (report.error) ctx.out(renderError(report.error, ctx.t));
    for (const f of report.findings) {
      const [first, ...rest] = ctx.t(f.key, f.params as never).split('\n');
      ctx.out([`${ctx.t(f.level === 'problem' ? 'doctorProblem' : 'doctorNote')}${ctx.t('colon')} ${first}`, ...rest.map((line) => `  ${line}`)].join('\n'));
    }
    if (report.healthy && report.counts) ctx.out(ctx.t('doctorHealthy', { path: report.path, ...report.counts }));
  }
  if (!report.usable) throw new CapruralError(3, 'doctorUnusableExit', { path: report.path });
  if (problems.length > 0) throw new CapruralError(1, 'doctorProblemsFound', { count: problems.length });
}
