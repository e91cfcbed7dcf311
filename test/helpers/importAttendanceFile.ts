import { importAttendance, type ImportInput } from '../../src/app/attendance';
import type { Deps } from '../../src/app/deps';
import { readTextFile } from '../../src/csv/readCsv';

/** `attendance --import FILE` as the command runs it: the file read and decoded, then the use case. */
export async function importAttendanceFile(deps: Deps, input: Omit<ImportInput, 'source'>) {
  return importAttendance(deps, { ...input, source: await readTextFile(input.file) });
}
