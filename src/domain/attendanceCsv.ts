import { UsageError, type Detail } from '../errors';
import type { CsvRecord } from './csvColumns';

export type { CsvRecord };
import type { Member, Registration, StoreData } from '../store/index';
import type { Mark } from './attendance';
import { parseEmail } from './contact';
import { fullName } from './people';
import { searchKey, wordsOf } from './text';

/**
 * The columns of an attendance import (a webconference tool's connection report), by the names
 * they may carry in the header (compared without case, accents, spaces, hyphens or underscores).
 */
export const ATTENDANCE_COLUMNS = {
  email: ['email', 'e mail', 'mail', 'courriel', 'adresse e mail', 'adresse mail'],
  minutes: ['minutes', 'duration', 'duree', 'duree minutes', 'connection minutes'],
  firstName: ['first name', 'firstname', 'prenom'],
  lastName: ['last name', 'lastname', 'nom'],
} as const;

export type AttendanceColumn = keyof typeof ATTENDANCE_COLUMNS;

export interface AttendanceRow {
  line: number;
  email: string;
  minutes: number | null;
  firstName: string | null;
  lastName: string | null;
}

/** Which column holds what, from the header row; the e-mail column is required. */
export function mapColumns(header: readonly string[]): Partial<Record<AttendanceColumn, number>> {
  const map: Partial<Record<AttendanceColumn, number>> = {};
  header.forEach((cell, i) => {
    const name = wordsOf(cell).join(' ');
    for (const [column, names] of Object.entries(ATTENDANCE_COLUMNS) as Array<[AttendanceColumn, readonly string[]]>) {
      if (map[column] === undefined && names.includes(name)) map[column] = i;
    }
  });
  if (map.email === undefined) {
    throw new UsageError('attCsvNoEmail', { found: header.map((h) => h.trim()).filter(Boolean).join(', ') || '—' });
  }
  return map;
}

/** Reads the data rows; every bad row is reported with its line number, and then nothing is used. */
export function readAttendanceRows(header: readonly string[], records: readonly CsvRecord[]): { rows: AttendanceRow[]; hasMinutes: boolean } {
  const columns = mapColumns(header);
  const problems: Detail[] = [];
  const rows: AttendanceRow[] = [];
  const cell = (r: CsvRecord, c: AttendanceColumn) => {
    const i = columns[c];
    return i === undefined ? '' : (r.cells[i] ?? '').trim();
  };
  for (const record of records) {
    if (record.cells.every((c) => c.trim() === '')) continue; // blank line
    const rawEmail = cell(record, 'email');
    const email = parseEmail(rawEmail);
    if (email === null) {
      problems.push(new UsageError('attCsvBadEmail', { line: record.line, value: rawEmail }));
      continue;
    }
    const rawMinutes = cell(record, 'minutes');
    let minutes: number | null = null;
    if (rawMinutes !== '') {
      const value = Number(rawMinutes.replace(',', '.'));
      if (!Number.isFinite(value) || value < 0) {
        problems.push(new UsageError('attCsvBadMinutes', { line: record.line, value: rawMinutes }));
        continue;
      }
      minutes = value;
    }
    rows.push({ line: record.line, email, minutes, firstName: cell(record, 'firstName') || null, lastName: cell(record, 'lastName') || null });
  }
  if (problems.length > 0) throw new UsageError('attCsvBadRows', { count: problems.length }, problems);
  return { rows, hasMinutes: columns.minutes !== undefined };
}

export interface ImportOptions {
  /** Connection minutes needed to count as present (0: any connection counts). */
  minMinutes: number;
  /** Leave the registrants missing from the file as they are, instead of marking them absent. */
  onlyPresent: boolean;
}

export interface ImportMarks {
  marks: Mark[];
  /** Rows of people who connected too briefly and are not registered: nothing to record for them. */
  ignored: Array<{ line: number; name: string }>;
  /** Rows matched by first and last name because their e-mail is not the one on file. */
  byName: Array<{ line: number; email: string; name: string }>;
}

/**
 * Turns the rows into marks: each person found by e-mail (else by first and last name, when
 * exactly one person has that name), their minutes summed over their rows (a report has one row
 * per connection); present when the sum reaches `minMinutes`. The session's other confirmed
 * registrants are marked absent unless `onlyPresent`. A row naming nobody is an input error.
 */
export function importMarks(
  data: StoreData,
  rows: readonly AttendanceRow[],
  options: ImportOptions,
  registrations: ReadonlyMap<string, Registration>,
): ImportMarks {
  const byEmail = new Map(data.members.map((m) => [m.email, m]));
  let byKey: Map<string, Member[]> | undefined;
  const problems: Detail[] = [];
  const found = new Map<string, { member: Member; line: number; minutes: number | null }>();
  const byName: ImportMarks['byName'] = [];
  for (const row of rows) {
    let member = byEmail.get(row.email);
    if (!member && row.firstName && row.lastName) {
      byKey ??= groupBy(data.members, (m) => searchKey(fullName(m)));
      const same = byKey.get(searchKey(`${row.firstName} ${row.lastName}`)) ?? [];
      if (same.length === 1) {
        member = same[0]!;
        byName.push({ line: row.line, email: row.email, name: fullName(member) });
      }
    }
    if (!member) {
      problems.push(new UsageError('attCsvUnknownPerson', { line: row.line, email: row.email }));
      continue;
    }
    const seen = found.get(member.id);
    if (seen) {
      seen.minutes = seen.minutes === null && row.minutes === null ? null : (seen.minutes ?? 0) + (row.minutes ?? 0);
    } else {
      found.set(member.id, { member, line: row.line, minutes: row.minutes });
    }
  }
  if (problems.length > 0) throw new UsageError('attCsvBadRows', { count: problems.length }, problems);

  const marks: Mark[] = [];
  const ignored: ImportMarks['ignored'] = [];
  for (const { member, line, minutes } of found.values()) {
    const present = options.minMinutes <= 0 || (minutes ?? 0) >= options.minMinutes;
    const registered = registrations.get(member.id)?.status === 'confirmed';
    if (!present && !registered) {
      ignored.push({ line, name: fullName(member) });
      continue;
    }
    marks.push({ ref: member.id, member, attendance: present ? 'present' : 'absent', line });
  }
  if (!options.onlyPresent) {
    const membersById = new Map(data.members.map((m) => [m.id, m]));
    for (const reg of registrations.values()) {
      if (reg.status !== 'confirmed' || found.has(reg.memberId)) continue;
      const member = membersById.get(reg.memberId);
      if (member) marks.push({ ref: member.id, member, attendance: 'absent' });
    }
  }
  return { marks, ignored, byName };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
