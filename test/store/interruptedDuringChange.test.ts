// Ctrl-C while a change runs (synchronous work: seconds on a big import) is handled by Node only
// once the event loop turns, after the change. It must still stop the command before anything
// is written: exit 130 then means nothing changed.
import { describe, expect, it } from 'vitest';
import { appendLog } from '../../src/domain/log';
import { InterruptedError } from '../../src/errors';
import { openStore } from '../helpers/storeInternals';
import { bytesOf, tempDeps } from '../helpers/tempStore';

describe('a signal that arrives while a change runs', () => {
  it('stops the command before it writes: InterruptedError, the store and its history unchanged', async () => {
    const { path } = await tempDeps();
    const before = bytesOf(path);
    const controller = new AbortController();
    // As src/main.ts does for SIGINT; SIGUSR2 here, so that vitest's own handlers are not involved.
    const handler = () => controller.abort();
    process.once('SIGUSR2', handler);
    try {
      const store = openStore(path, { signal: controller.signal });
      const change = store.update((data) => {
        // The signal is sent during the change; its handler cannot run before the change returns.
        process.kill(process.pid, 'SIGUSR2');
        const until = Date.now() + 50;
        while (Date.now() < until) {
          /* synchronous work */
        }
        appendLog(data, { at: new Date('2018-02-01T10:00:00.000Z'), user: 'tester', action: 'note', target: null, details: {} });
      });
      await expect(change).rejects.toBeInstanceOf(InterruptedError);
      expect(bytesOf(path)).toEqual(before);
    } finally {
      process.off('SIGUSR2', handler);
    }
  });
});
