// bin/caprural.js keeps V8's compiled code in the user's cache folder when the running Node can
// (module.enableCompileCache, Node >= 22.1), and never for --version / --help.
import { existsSync, readdirSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCliSync } from '../helpers/spawnCli';
import { tempDir } from '../helpers/tempStore';

const hasCompileCache = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';

describe('compile cache', () => {
  it(`is kept in the user's cache folder when this Node has one (${process.version}: ${hasCompileCache ? 'yes' : 'no'})`, () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const run = spawnCliSync(['--store', join(dir, 'store.json'), 'init'], { XDG_CACHE_HOME: cache });
    expect(run.code).toBe(0);
    const folder = join(cache, 'caprural', 'compile-cache');
    if (hasCompileCache) expect(readdirSync(folder).length).toBeGreaterThan(0);
    else expect(existsSync(folder)).toBe(false);
  });

  it('is not touched by --version or --help', () => {
    const cache = join(tempDir(), 'cache');
    expect(spawnCliSync(['--version'], { XDG_CACHE_HOME: cache }).code).toBe(0);
    expect(spawnCliSync(['--help'], { XDG_CACHE_HOME: cache }).code).toBe(0);
    expect(existsSync(cache)).toBe(false);
  });
});
