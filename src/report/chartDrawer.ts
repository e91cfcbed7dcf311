import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SvgChart } from './renderSvg';

export interface ChartDrawer {
  /** The SVG of each chart, in order. */
  draw(charts: SvgChart[]): Promise<string[]>;
  /** Stops the chart thread (always call it: a live thread keeps Node running). */
  close(): Promise<void>;
}

/**
 * Starts drawing charts on a second thread (dist/chartWorker.js), which loads and warms up
 * ECharts while this one reads the store. Run from the sources (tests in-process), or if the
 * thread fails, the charts are drawn on this thread: the same SVG, only later.
 */
export function startChartDrawer(): ChartDrawer {
  const file = new URL('./chartWorker.js', import.meta.url);
  let worker: Worker | null = null;
  let failed = false;
  if (file.protocol === 'file:' && existsSync(fileURLToPath(file))) {
    try {
      worker = new Worker(file);
      worker.on('error', () => (failed = true));
      worker.on('exit', () => (failed = true));
    } catch {
      worker = null;
    }
  }
  const here = async (charts: SvgChart[]) => {
    const { renderSvg } = await import('./renderSvg');
    return charts.map(renderSvg);
  };
  return {
    async draw(charts) {
      if (!worker || failed) return here(charts);
      const thread = worker;
      try {
        return await new Promise<string[]>((resolve, reject) => {
          thread.once('message', resolve);
          thread.once('error', reject);
          thread.once('exit', (code) => reject(new Error(`the chart thread stopped (${code})`)));
          thread.postMessage(charts);
        });
      } catch {
        return here(charts);
      }
    },
    async close() {
      if (worker) await worker.terminate();
      worker = null;
    },
  };
}
