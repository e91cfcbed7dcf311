import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './tempStore';

/** A PAGER that writes what it reads to a file, and how many times it ran. */
export function recordingPager(): { command: string; got: () => string | null } {
  const dir = tempDir();
  const script = join(dir, 'pager.cjs');
  const out = join(dir, 'paged.txt');
  writeFileSync(
    script,
    `const fs = require('fs'); const chunks = []; process.stdin.on('data', (c) => chunks.push(c)); process.stdin.on('end', () => fs.writeFileSync(process.argv[2], Buffer.concat(chunks)));\n`,
  );
  return {
    command: `"${process.execPath}" "${script}" "${out}"`,
    got: () => {
      try {
        return readFileSync(out, 'utf8');
      } catch {
        return null;
      }
    },
  };
}
