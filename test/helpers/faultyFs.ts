import * as nodeFs from 'node:fs';
import type { StoreFs } from './storeInternals';

/** A step of an atomic write that can be made to fail. */
export type WriteStep = 'open' | 'write' | 'fsync' | 'rename' | 'link';

/** An error as the system raises it (ENOSPC, EIO, EACCES…). */
export const systemError = (code: string) => Object.assign(new Error(`${code}: injected by the test`), { code });

/**
 * The real filesystem, except that `step` fails with `code` for files `affects` selects
 * (by default the store's temporary files). A failing `write` first writes part of the data,
 * as a full disk does.
 */
export function faultyFs(step: WriteStep, code = 'EIO', affects: (path: string) => boolean = (p) => p.endsWith('.tmp')): StoreFs {
  const real = nodeFs.promises;
  const fs = {
    open: async (path: nodeFs.PathLike, flags?: string, mode?: number) => {
      if (step === 'open' && affects(String(path))) throw systemError(code);
      const handle = await real.open(path, flags, mode);
      if (!affects(String(path))) return handle;
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'writeFile' && step === 'write')
            return async () => {
              await target.writeFile('{"schemaVersion": 2, "courses": [');
              throw systemError(code);
            };
          // The history's append (src/store/logFile.ts): part of a line, then the failure.
          if (key === 'appendFile' && step === 'write')
            return async () => {
              await target.appendFile('{"seq":99,"at":"20');
              throw systemError(code);
            };
          if (key === 'sync' && step === 'fsync') return async () => Promise.reject(systemError(code));
          const value = Reflect.get(target, key);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
    rename: async (from: nodeFs.PathLike, to: nodeFs.PathLike) => {
      if (step === 'rename' && affects(String(from))) throw systemError(code);
      return real.rename(from, to);
    },
    link: async (from: nodeFs.PathLike, to: nodeFs.PathLike) => {
      if (step === 'link') throw systemError(code);
      return real.link(from, to);
    },
    rm: real.rm.bind(real),
    readFile: real.readFile.bind(real),
    mkdir: real.mkdir.bind(real),
    readdir: real.readdir.bind(real),
    copyFile: real.copyFile.bind(real),
    chmod: real.chmod.bind(real),
    stat: real.stat.bind(real),
  };
  return fs as unknown as StoreFs;
}
