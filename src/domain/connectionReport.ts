// Webconference attendance reports as the tools export them: which tool, where the table is, and
// what each row says (who, how long, from when to when, in which role, whether they attended).
import { parseEmail } from './contact';
import { ATTENDANCE_REPORT_COLUMNS, headerKey, mapHeader, type CsvRecord } from './csvColumns';
import { parseDuration, parseReportTime, parseYesNo, type DateOrder, type DurationUnit } from './reportValues';

export const REPORT_FORMATS = ['zoom', 'zoom-webinar', 'teams', 'meet', 'bbb', 'webex', 'goto', 'livestorm', 'caprural'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export type ReportRole = 'host' | 'presenter' | 'attendee';

/** One row of a report: one connection (or one person, for tools that sum them). */
export interface ReportRow {
  line: number;
  /** The name as written (escaped when shown), '' when none. */
  name: string;
  /** The names to match, best first: "Hélène D. (Hélène Dupré-Saint-Cyr)" gives both; "(Guest)" removed. */
  names: string[];
  /** The e-mail, when the row holds a valid one. */
  email: string | null;
  /** A non-empty e-mail cell that is not an e-mail address. */
  badEmail: string | null;
  /** The header of the column the e-mail was read from, as the file writes it. */
  emailColumn?: string;
  /** Connected seconds as the report gives them. */
  seconds: number | null;
  /** Join and leave, in wall-clock milliseconds. */
  join: number | null;
  leave: number | null;
  /** Join and leave are times of day without a date (Meet). */
  timeOnly?: boolean;
  /** Yes/No of webinar tools (`Attended`); false: the person did not come, whatever else the row holds. */
  attended: boolean | null;
  role: ReportRole | null;
  guest: boolean;
  /** A value that cannot be read: the row marks nobody present. */
  problem: { column: string; value: string } | null;
}

export interface ConnectionReport {
  format: ReportFormat;
  rows: ReportRow[];
  /** The header of the participants table, as found (for messages). */
  header: string[];
}

type ReportColumn = keyof typeof ATTENDANCE_REPORT_COLUMNS;
type Columns = Partial<Record<ReportColumn, number>>;

/** Headers of a meeting's summary block (Zoom's meeting line, GoTo's webinar line): not a participants table. */
const SUMMARY_HEADERS = new Set(
  [
    'meeting id',
    'topic',
    'webinar id',
    'webinar name',
    'meeting title',
    'meeting name',
    'actual start time',
    'actual start date/time',
    'actual duration (minutes)',
    'report generated',
    'participants',
    '# registered',
    'unique viewers',
    'meeting duration',
    'attended participants',
    'titre de la réunion',
    'participants présents',
    'durée de la réunion',
    'nom de la réunion',
    'id de réunion',
    'sujet',
  ].map(headerKey),
);

const SECTION_TITLE =
  /^(?:\d+\.\s*)?(?:summary|résumé|participants?|in-meeting activities|activités pendant la réunion|activités|(?:host|panelist|attendee|other attended|organizer|organisateur|hôte|panéliste|participant)s?\s+(?:details|détails)|(?:détails|details)\s+.*|attendee report|attendees|panelists|hosts)\s*:?$/i;

interface Layout {
  format: ReportFormat;
  order: DateOrder;
  unit: DurationUnit;
  /** Does this table look like this tool's? `keys`: header keys of the table; `titles`: section titles in the file. */
  fits(keys: Set<string>, titles: string[], file: { utf16: boolean; tabs: boolean }): boolean;
}

const has = (keys: Set<string>, ...names: string[]) => names.some((n) => keys.has(headerKey(n)));
const titled = (titles: string[], re: RegExp) => titles.some((t) => re.test(t));

/** The tools, most specific first: the first whose signature fits is the one recognised. */
const LAYOUTS: readonly Layout[] = [
  { format: 'goto', order: 'mdy', unit: 'minutes', fits: (k) => has(k, 'interest rating') || (has(k, 'time in session') && has(k, 'email address')) },
  { format: 'zoom-webinar', order: 'mdy', unit: 'minutes', fits: (k, t) => titled(t, /^(?:attendee|panelist|host) details$/i) || (has(k, 'attended') && has(k, 'time in session (minutes)')) },
  {
    format: 'teams',
    order: 'mdy',
    unit: 'minutes',
    fits: (k, t) =>
      titled(t, /^\d+\.\s*(?:participants|summary|résumé|in-meeting activities|activités pendant la réunion)$/i) ||
      has(k, 'in-meeting duration', 'first join', 'last leave', 'participant id (upn)', 'durée dans la réunion', 'première arrivée', 'id de participant (upn)') ||
      (has(k, 'user action', 'action') && has(k, 'timestamp', 'utceventtimestamp')),
  },
  {
    format: 'bbb',
    order: 'dmy',
    unit: 'minutes',
    fits: (k) => has(k, 'moderator', 'modérateur') && has(k, 'activity score', 'talk time', 'temps de conversation', 'webcam time', 'temps de partage de caméra'),
  },
  { format: 'meet', order: 'mdy', unit: 'minutes', fits: (k) => has(k, 'time joined') && has(k, 'time exited') },
  { format: 'livestorm', order: 'dmy', unit: 'seconds', fits: (k) => has(k, 'attendance_rate', 'attendance rate', 'has_attended_replay', 'is_guest_speaker', 'attendance_duration') },
  {
    format: 'zoom',
    order: 'mdy',
    unit: 'minutes',
    fits: (k) =>
      has(k, 'name (original name)', 'user name (original name)', "nom (nom d'origine)", 'nom (nom original)', "nom d'utilisateur (nom d'origine)") ||
      (has(k, 'user email') && has(k, 'join time') && has(k, 'duration (minutes)', 'duration(minutes)')),
  },
  { format: 'webex', order: 'mdy', unit: 'minutes', fits: (k) => has(k, 'attendee email', 'attendee name', 'connection type', 'participant email') },
  { format: 'caprural', order: 'dmy', unit: 'minutes', fits: () => true },
];

/** A table of a report: its header row, the section it is in, its data rows. */
interface Block {
  title: string;
  header: CsvRecord;
  columns: Columns;
  rows: CsvRecord[];
}

/** The columns of a header row; `nom` is the whole name unless a first-name column is beside it (BigBlueButton in French). */
function columnsOf(header: readonly string[]): Columns {
  const columns = mapHeader(header, ATTENDANCE_REPORT_COLUMNS) as Columns;
  if (columns.last_name !== undefined && columns.first_name === undefined && columns.name === undefined) {
    columns.name = columns.last_name;
    delete columns.last_name;
  }
  return columns;
}

function isTableHeader(cells: readonly string[], columns: Columns): boolean {
  if (cells.some((c) => SUMMARY_HEADERS.has(headerKey(c)))) return false;
  const who = columns.name !== undefined || columns.email !== undefined || (columns.first_name !== undefined && columns.last_name !== undefined);
  const what = columns.duration !== undefined || columns.join !== undefined || columns.leave !== undefined || columns.attended !== undefined || columns.action !== undefined;
  return who && what;
}

const blank = (r: CsvRecord) => r.cells.every((c) => c === '');
const titleOf = (r: CsvRecord): string | null => {
  const filled = r.cells.filter((c) => c !== '');
  return filled.length === 1 && r.cells[0] !== '' && SECTION_TITLE.test(r.cells[0]!) ? r.cells[0]! : null;
};

/** Splits the records into tables: a header row starts one; a blank line, a section title or another header ends it. */
function blocksOf(records: readonly CsvRecord[]): { blocks: Block[]; titles: string[] } {
  const blocks: Block[] = [];
  const titles: string[] = [];
  let title = '';
  let current: Block | null = null;
  for (const record of records) {
    if (blank(record)) continue; // a blank line inside a table is skipped; a section title ends it
    const t = titleOf(record);
    if (t !== null) {
      title = t.replace(/:$/, '').trim();
      titles.push(title);
      current = null;
      continue;
    }
    const columns = columnsOf(record.cells);
    if (isTableHeader(record.cells, columns)) {
      current = { title, header: record, columns, rows: [] };
      blocks.push(current);
      continue;
    }
    if (record.cells.some((c) => SUMMARY_HEADERS.has(headerKey(c)))) {
      current = null;
      continue;
    }
    current?.rows.push(record);
  }
  return { blocks, titles };
}

/** What a report can be read as, or why not: the columns found in the file and that none makes a participants table. */
export type ReadReport = { ok: true; report: ConnectionReport } | { ok: false; found: string[] };

/**
 * Reads the records of a report (all of them, blank lines included): finds the participants
 * table(s) after any preamble, recognises the tool (or takes `forced`), and reads every row.
 */
export function readConnectionReport(records: readonly CsvRecord[], forced: ReportFormat | null, file: { utf16: boolean; tabs: boolean }): ReadReport {
  const { blocks, titles } = blocksOf(records);
  if (blocks.length === 0) {
    // caprural's own layout: a list of attendees (e-mail, or first and last name), minutes optional.
    const first = records.findIndex((r) => !blank(r));
    const columns = first < 0 ? {} : columnsOf(records[first]!.cells);
    if (first >= 0 && (columns.email !== undefined || (columns.first_name !== undefined && columns.last_name !== undefined))) {
      blocks.push({ title: '', header: records[first]!, columns, rows: records.slice(first + 1).filter((r) => !blank(r)) });
    }
  }
  if (blocks.length === 0) {
    const found = records.find((r) => r.cells.filter((c) => c !== '').length >= 2 && !r.cells.some((c) => SUMMARY_HEADERS.has(headerKey(c))))?.cells ?? records.find((r) => !blank(r))?.cells ?? [];
    return { ok: false, found: found.filter((c) => c !== '') };
  }
  const keys = new Set(blocks.flatMap((b) => b.header.cells.map(headerKey)));
  const layout = forced ? LAYOUTS.find((l) => l.format === forced)! : LAYOUTS.find((l) => l.fits(keys, titles, file))!;
  let used = blocks;
  // Teams (whatever --format says): "2. Participants" sums each person's connections; "3. In-Meeting Activities" repeats them one by one.
  if (blocks.some((b) => /participants/i.test(b.title))) used = blocks.filter((b) => !/activit/i.test(b.title));
  const rows = used.flatMap((b) =>
    b.columns.action !== undefined && b.columns.duration === undefined && b.columns.join === undefined ? pairJoinLeave(b, layout) : b.rows.map((r) => readRow(r, b, layout)),
  );
  return { ok: true, report: { format: layout.format, rows: rows.sort((a, b) => a.line - b.line), header: used[0]!.header.cells } };
}

const HOST = /organi[sz]er|organisat|\bhost|hôte|co-?host|moderat|modérat|animat|producer|producteur/i;
const PRESENTER = /present|présent|panel|panél|speaker|intervenant|orat/i;
const GUEST_SUFFIX = /\s*\((?:guest|invité|invitée|invité\(e\)|externe?|external|unverified|non vérifié|non vérifiée)\)\s*$/i;

function roleOf(text: string): ReportRole | null {
  if (text.trim() === '') return null;
  if (HOST.test(text)) return 'host';
  if (PRESENTER.test(text)) return 'presenter';
  return 'attendee';
}

/** The names a cell gives: "Display (Original)" both, "(Guest)" removed; "Last, First" stays as is (word order does not matter). */
export function namesOf(text: string): { names: string[]; guest: boolean } {
  let t = text.trim();
  const guest = GUEST_SUFFIX.test(t);
  t = t.replace(GUEST_SUFFIX, '').trim();
  const paren = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(t);
  const names = paren ? [paren[2]!.trim(), paren[1]!.trim(), t] : [t];
  return { names: [...new Set(names.filter((n) => n !== ''))], guest };
}

function readRow(record: CsvRecord, block: Block, layout: Layout): ReportRow {
  const c = block.columns;
  const cell = (col: ReportColumn) => (c[col] === undefined ? '' : (record.cells[c[col]!] ?? '').trim());
  const header = (col: ReportColumn) => (c[col] === undefined ? col : block.header.cells[c[col]!]!);
  let problem: ReportRow['problem'] = null;

  const rawName = cell('name');
  const fromName = namesOf(rawName);
  const first = cell('first_name');
  const last = cell('last_name');
  const names = [...fromName.names];
  if (first || last) names.push(`${first} ${last}`.trim());
  const name = rawName || `${first} ${last}`.trim();

  const rawEmail = cell('email') || cell('upn');
  const email = rawEmail === '' ? null : parseEmail(rawEmail);

  const attended = parseYesNo(cell('attended'));
  if (attended === undefined) problem ??= { column: header('attended'), value: cell('attended') };

  const unit: DurationUnit = /second|\bsec|\(s\)/i.test(header('duration')) ? 'seconds' : /minute|\bmin/i.test(header('duration')) ? 'minutes' : layout.unit;
  const seconds = parseDuration(cell('duration'), unit);
  if (seconds === undefined && attended !== false) problem ??= { column: header('duration'), value: cell('duration') };

  const join = parseReportTime(cell('join'), layout.order);
  const leave = parseReportTime(cell('leave'), layout.order);
  if (join === undefined && attended !== false) problem ??= { column: header('join'), value: cell('join') };
  if (leave === undefined && attended !== false) problem ??= { column: header('leave'), value: cell('leave') };
  let joinMs = join?.ms ?? null;
  let leaveMs = leave?.ms ?? null;
  if (joinMs !== null && leaveMs !== null && leaveMs < joinMs && join!.timeOnly) leaveMs += 86400000; // past midnight
  if (joinMs !== null && leaveMs !== null && leaveMs < joinMs) {
    problem ??= { column: header('leave'), value: cell('leave') };
    joinMs = leaveMs = null;
  }

  const sectionRole: ReportRole | null = /host|organi|hôte/i.test(block.title)
    ? 'host'
    : /panel|présent|present/i.test(block.title)
      ? 'presenter'
      : /attendee|participant/i.test(block.title)
        ? 'attendee'
        : null;
  const moderator = parseYesNo(cell('moderator'));
  const speaker = parseYesNo(cell('speaker'));
  const role = moderator === true ? 'host' : speaker === true ? 'presenter' : (roleOf(cell('role')) ?? sectionRole);
  const guest = fromName.guest || parseYesNo(cell('guest')) === true;
  const timeOnly = Boolean(join?.timeOnly || leave?.timeOnly);
  return {
    line: record.line,
    timeOnly,
    name,
    names,
    email,
    badEmail: rawEmail !== '' && email === null ? rawEmail : null,
    emailColumn: header(cell('email') ? 'email' : 'upn'),
    seconds: seconds ?? null,
    join: joinMs,
    leave: leaveMs,
    attended: attended ?? null,
    role,
    guest,
    problem,
  };
}

/**
 * The older Teams attendance list (and Teams live events): one row per event, `Joined` / `Left`
 * with a timestamp. Each person's joins and leaves are paired into connections; a join never
 * left lasts until the last event of the file (the end of the meeting).
 */
function pairJoinLeave(block: Block, layout: Layout): ReportRow[] {
  const events = block.rows.map((r) => ({ record: r, row: readRow(r, { ...block, columns: { ...block.columns, join: block.columns.timestamp } }, layout) }));
  const end = Math.max(...events.map((e) => e.row.join ?? -Infinity));
  const open = new Map<string, { row: ReportRow }>();
  const rows: ReportRow[] = [];
  const action = (r: CsvRecord) => (r.cells[block.columns.action!] ?? '').trim().toLowerCase();
  for (const { record, row } of events) {
    const who = `${row.email ?? ''}|${row.names[0] ?? ''}`.toLowerCase();
    const what = action(record);
    if (row.problem || row.join === null) {
      rows.push({ ...row, problem: row.problem ?? { column: block.header.cells[block.columns.timestamp ?? 0] ?? 'timestamp', value: '' }, join: null, leave: null });
      continue;
    }
    if (/^(?:joined|join|rejoint|a rejoint|joined before|rejoint avant)/.test(what)) {
      if (!open.has(who)) open.set(who, { row });
    } else if (/^(?:left|leave|quitté|a quitté|parti)/.test(what)) {
      const started = open.get(who);
      open.delete(who);
      rows.push({ ...(started?.row ?? row), join: started?.row.join ?? row.join, leave: row.join, seconds: null });
    } else {
      rows.push({ ...row, problem: { column: block.header.cells[block.columns.action!]!, value: record.cells[block.columns.action!] ?? '' }, join: null, leave: null });
    }
  }
  for (const { row } of open.values()) rows.push({ ...row, leave: end, seconds: null });
  return rows;
}

/** The days (YYYY-MM-DD, as the report writes them) on which the report's connections start, when it dates them. */
export function reportDays(report: ConnectionReport): string[] {
  const days = new Set(report.rows.filter((r) => r.join !== null && !r.timeOnly).map((r) => new Date(r.join!).toISOString().slice(0, 10)));
  return [...days].sort();
}
