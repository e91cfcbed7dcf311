// The chart thread of `caprural report` (bundled by scripts/build.js as dist/chartWorker.js): it
// loads ECharts and warms it up while the main thread reads the store and computes the figures,
// then draws the charts it is sent and answers with their SVG, in order.
import { parentPort } from 'node:worker_threads';
import { renderSvg, warmUp, type SvgChart } from './renderSvg';

/** Warm-up charts drawn at most (a few ms each once warm): the figures usually come before. */
const MAX_WARM_UP = 9;
let asked = false;
let round = 0;
// One warm-up chart per turn of the event loop, so that the charts asked for are drawn as soon as they come.
const warm = () => {
  if (asked || round >= MAX_WARM_UP) return;
  warmUp(round++);
  setImmediate(warm);
};
parentPort!.on('message', (charts: SvgChart[]) => {
  asked = true;
  parentPort!.postMessage(charts.map(renderSvg));
});
setImmediate(warm);
