// Runs npm scripts at the same time and fails if one fails: `npm test`'s checks (typecheck, lint,
// format, build) are independent, single-threaded, and take half the time on two cores.
// Each script's output is printed whole when it ends, so the outputs never interleave.
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();
const runs = process.argv.slice(2).map(
  (name) =>
    new Promise((resolve) => {
      const child = spawn(npm, ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
      const output = [];
      child.stdout.on('data', (d) => output.push(d));
      child.stderr.on('data', (d) => output.push(d));
      child.on('close', (code, signal) => {
        const text = Buffer.concat(output).toString();
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        process.stdout.write(`> ${name}: ${code === 0 ? 'ok' : `failed (${signal ?? `exit ${code}`})`}, ${seconds} s\n${text}${text && !text.endsWith('\n') ? '\n' : ''}`);
        resolve(code === 0);
      });
    }),
);
const ok = await Promise.all(runs);
process.exitCode = ok.every(Boolean) ? 0 : 1;
