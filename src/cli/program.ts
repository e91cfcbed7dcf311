import { Chalk } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { version } from '../../package.json';
import { escapeForDisplay, escapeJsonForDisplay } from '../escapeForDisplay';
import { AnsweredExit, CapruralError } from '../errors';
import { detectLang, translator } from '../i18n/translate';
import { openStore, resolveStorePath } from '../store/index';
import type { Context, Io, Paint } from './context';
import { renderError } from './renderError';

type Handler = (ctx: Context, ...args: any[]) => Promise<void>;

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The global options every command shares (DESIGN.md §5). */
interface GlobalOptions {
  store?: string;
  json?: boolean;
  input: boolean;
  color: boolean;
  lang?: string;
}

/** Colour only at a terminal, and never with --no-color or NO_COLOR (https://no-color.org). */
function makePaint(io: Io, wanted: boolean): Paint {
  const chalk = new Chalk({ level: wanted && io.isTTY && !io.env.NO_COLOR ? 1 : 0 });
  return { ok: chalk.green, warn: chalk.yellow, error: chalk.red, dim: chalk.dim };
}

/**
 * The last guard before a terminal: whatever a command writes keeps its lines and our own colours,
 * and any other control or escape sequence that a display path forgot to escape is shown visibly.
 */
const guarded = (text: string) => escapeForDisplay(text, { keepLines: true, keepColours: true });

function makeContext(io: Io, options: GlobalOptions): Context {
  const lang = detectLang(options.lang, io.env);
  const paint = makePaint(io, options.color);
  const t = translator(lang);
  const note = (text: string) => void io.stderr.write(`${guarded(text)}\n`);
  const lockWait = Number(io.env.CAPRURAL_LOCK_WAIT_MS);
  const store = openStore(resolveStorePath(options.store, io.env), {
    lockWaitMs: Number.isFinite(lockWait) && lockWait > 0 ? lockWait : undefined,
    onCreated: (path) => note(paint.warn(t('storeCreated', { path }))),
    now: io.clock,
    signal: io.signal,
  });
  return {
    io,
    deps: { store, clock: io.clock, user: io.user, mailLang: io.env.CAPRURAL_MAIL_LANG?.trim().toLowerCase() === 'en' ? 'en' : 'fr' },
    t,
    lang,
    json: Boolean(options.json),
    interactive: options.input && io.isTTY && !io.env.CI,
    out: (text) => void io.stdout.write(`${guarded(text)}\n`),
    warn: (text) => note(paint.warn(text)),
    paint,
    note,
    printJson: (value) => void io.stdout.write(`${escapeJsonForDisplay(JSON.stringify(value, null, 2))}\n`),
  };
}

/** Builds the command tree. Each command's code is imported only when that command runs. */
function buildProgram(io: Io): Command {
  const program = new Command('caprural');
  program
    .description("Cap Rural's training sessions: catalogue, people, cotisations, registrations, attendance, eligibility, exports.")
    .version(version, '-V, --version')
    // Subcommands inherit these only when set before they are added.
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(guarded(s)),
      writeErr: (s) => void io.stderr.write(guarded(s)),
    })
    .showSuggestionAfterError()
    .option('--store <file>', 'the store file (default: $CAPRURAL_STORE, else the per-user data folder)')
    .option('--json', 'print one JSON document on stdout; messages go to stderr')
    .option('--no-input', 'never prompt; a missing value is an error')
    .option('--no-color', 'no colour (also NO_COLOR)')
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['fr', 'en']));

  const action =
    (load: () => Promise<Handler>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const ctx = makeContext(io, command.optsWithGlobals() as GlobalOptions);
      const handler = await load();
      await handler(ctx, ...args.slice(0, -1));
    };

  program
    .command('init')
    .description('create the store, with the catalogue of sessions unless --empty')
    .option('--empty', 'no catalogue')
    .action(action(async () => (await import('./initCommand')).init));

  program
    .command('sessions')
    .description('list sessions: date, seats taken/capacity, waiting list, deadline, status')
    .option('--year <year>', 'only this year')
    .option('--open', 'only sessions open for registration now')
    .action(action(async () => (await import('./sessionCommands')).list));

  const session = program.command('session').description('one session: show, add, edit, cancel');
  session
    .command('show <id>')
    .description('a session and its registrants in order')
    .action(action(async () => (await import('./sessionCommands')).show));
  const sessionFields = (c: Command) =>
    c
      .option('--title <text>', 'title (default: the course title)')
      .option('--year <year>', 'year of the session')
      .option('--format <format>', 'webconference or in-person')
      .option('--starts <when>', 'start, e.g. "15/02/2018 10:00" (session time zone)')
      .option('--ends <when>', 'end, e.g. "15/02/2018 12:00"')
      .option('--closes <when>', 'registration closes at (exclusive), e.g. 08/02/2018')
      .option('--time-zone <zone>', 'IANA time zone (default Europe/Paris)')
      .option('--capacity <n>', 'seats, or "none"')
      .option('--membership-year <year>', 'cotisation year required (default: the session year)')
      .option('--audience <role>', 'audience role (repeatable or comma-separated)', collect)
      .option('--status <status>', 'announced, scheduled, held or cancelled')
      .option('--link <url>', 'joining link of a webconference, sent in convocations ("" clears it)')
      .option('--place <text>', 'where an in-person session takes place ("" clears it)');
  sessionFields(session.command('add').description('add a session of an existing course').option('--course <id>', 'course id'))
    .action(action(async () => (await import('./sessionCommands')).add));
  sessionFields(session.command('edit <id>').description('change fields of a session'))
    .option('--no-notify', 'queue no message to the participants (promotions, convocation updates)')
    .action(action(async () => (await import('./sessionCommands')).edit));
  session
    .command('cancel <id>')
    .description('cancel a session (its registrations are kept)')
    .option('--no-notify', 'queue no message to the registrants')
    .action(action(async () => (await import('./sessionCommands')).cancel));

  const org = program.command('org').description('organisations (GAL, PNR, …) that pay the cotisation');
  org
    .command('add')
    .description('add an organisation; its id is made from its name')
    .option('--name <name>', 'name')
    .option('--kind <kind>', 'GAL, PNR, EPCI, association or other')
    .option('--territory <text>', 'territory')
    .action(action(async () => (await import('./orgCommands')).add));
  org.command('list').description('list organisations').action(action(async () => (await import('./orgCommands')).list));
  org
    .command('show <ref>')
    .description('an organisation, its people and cotisations')
    .action(action(async () => (await import('./orgCommands')).show));

  const member = program.command('member').description('people');
  const memberFields = (c: Command) =>
    c
      .option('--first <name>', 'first name')
      .option('--last <name>', 'last name')
      .option('--email <email>', 'e-mail (unique)')
      .option('--phone <phone>', 'phone, e.g. 04 72 72 49 76')
      .option('--org <org>', 'organisation id or name')
      .option('--role <role>', 'agent, coprog, coop-group, other (repeatable or comma-separated)', collect);
  memberFields(member.command('add').description('add a person')).action(action(async () => (await import('./memberCommands')).add));
  member
    .command('list')
    .description('list people')
    .option('--org <org>', 'only this organisation')
    .action(action(async () => (await import('./memberCommands')).list));
  member
    .command('show <ref>')
    .description('a person: organisation, cotisations, registrations')
    .action(action(async () => (await import('./memberCommands')).show));
  memberFields(member.command('edit <ref>').description('change fields of a person ("" clears phone or organisation)'))
    .action(action(async () => (await import('./memberCommands')).edit));
  member
    .command('export <ref>')
    .description('everything stored about a person, as JSON (right of access)')
    .action(action(async () => (await import('./dataRightsCommands')).exportMember));
  member
    .command('forget <ref>')
    .description('erase a person from the store, its history and its backups, keeping an anonymous record')
    .option('--yes', 'confirm without asking (needed without a terminal)')
    .action(action(async () => (await import('./dataRightsCommands')).forget));

  member
    .command('import <file>')
    .description('add or update people from a CSV (what `export members` writes, either dialect)')
    .option('--dry-run', 'check and report; write nothing')
    .action(action(async () => (await import('./exportCommands')).importMembersCommand));

  program
    .command('export <kind>')
    .description('lists for scripts and spreadsheets: registrations, attendees, waitlist, members, eligible, sessions, attendance-sheet')
    .option('--session <id>', 'only this session (required for attendance-sheet)')
    .option('--year <year>', 'only sessions of this year')
    .option('--rule <id>', 'eligibility rule (export eligible; default appui-cooperation-leader)')
    .addOption(new Option('--format <format>', 'csv or json').choices(['csv', 'json']).default('csv'))
    .option('--excel', 'for French Excel: ";" , UTF-8 BOM, CRLF, French headers, dd/MM/yyyy HH:mm')
    .option('--delimiter <char>', 'field delimiter (default "," or ";" with --excel; "tab" for a tab)')
    .option('--bom', 'start with a UTF-8 BOM')
    .option('--raw', 'do not neutralise cells that a spreadsheet would run as formulas')
    .option('--output <file>', 'write to this file (atomically) instead of stdout')
    .action(action(async () => (await import('./exportCommands')).exportKind));

  const membership = program.command('membership').description('cotisations');
  membership
    .command('pay [payer]')
    .description('record a cotisation paid by an organisation or a person')
    .option('--year <year>', 'the year paid for')
    .option('--on <date>', 'payment date (default today)')
    .option('--amount <euros>', 'amount in euros, e.g. 120 or 120,50')
    .option('--reference <text>', 'invoice or cheque reference')
    .action(action(async () => (await import('./membershipCommands')).pay));
  membership
    .command('list')
    .description('list cotisations')
    .option('--year <year>', 'only this year')
    .action(action(async () => (await import('./membershipCommands')).list));
  membership
    .command('edit <payer>')
    .description('correct a recorded cotisation: paid on, amount, reference')
    .option('--year <year>', 'the year of the cotisation to correct')
    .option('--on <date>', 'payment date')
    .option('--amount <euros>', 'amount in euros ("" clears it)')
    .option('--reference <text>', 'invoice or cheque reference ("" clears it)')
    .action(action(async () => (await import('./membershipCommands')).edit));
  membership
    .command('cancel <payer>')
    .description('cancel a cotisation recorded by mistake (the log keeps it, with the reason)')
    .option('--year <year>', 'the year of the cotisation to cancel')
    .option('--reason <text>', 'why (required; kept in the log)')
    .action(action(async () => (await import('./membershipCommands')).cancel));

  program
    .command('register')
    .description('register a person for a session under every rule of the brochure; prompts for what is missing at a terminal')
    .option('--session <id>', 'session id')
    .option('--member <ref>', 'person: id, e-mail or unambiguous name')
    .option('--received-at <when>', 'when the request was received (default now), e.g. "07/02/2018 23:59" (session time zone)')
    .option('--force', 'override refusals by R1 capacity, R2 deadline, R3 cotisation, R5 duplicate (needs --reason)')
    .option('--reason <text>', 'why the override is made (kept with the registration and in the log)')
    .option('--no-waitlist', 'refuse instead of waitlisting when the session is full')
    .option('--dry-run', 'judge and report, write nothing')
    .option('--import <file>', 'register in bulk from a CSV file (columns: session, email, received_at, first_name, last_name, organisation, roles)')
    .option('--notify', "with --import: queue the participants' messages (an import queues none by default)")
    .option('--no-notify', 'queue no message to the participant')
    .option('--notify-refusal', 'refused for the cotisation (R3) alone: queue the message telling the person what to do (the registration is not recorded)')
    .action(action(async () => (await import('./registerCommands')).register));
  program
    .command('cancel')
    .description('cancel a registration; before the start, a freed seat goes to the first on the waiting list')
    .option('--session <id>', 'session id')
    .option('--member <ref>', 'person: id, e-mail or unambiguous name')
    .option('--force', 'cancel a registration whose attendance is recorded (needs --reason)')
    .option('--reason <text>', 'why (kept in the log)')
    .option('--no-notify', 'queue no message to the participant (nor to the one promoted)')
    .action(action(async () => (await import('./registerCommands')).cancel));
  program
    .command('promote')
    .description('confirm the first on the waiting list (or --member) into a free seat; after the start this is the only way')
    .option('--session <id>', 'session id')
    .option('--member <ref>', 'the waitlisted person to promote (default: the first on the list)')
    .option('--force', 'promote even without a free seat (R1; needs --reason)')
    .option('--reason <text>', 'why the capacity is exceeded (kept with the registration and in the log)')
    .option('--no-notify', 'queue no message to the person promoted')
    .action(action(async () => (await import('./registerCommands')).promote));
  program
    .command('log')
    .description('the history of changes, oldest first')
    .option('--session <id>', 'only the entries about this session')
    .action(action(async () => (await import('./logCommand')).log));

  program
    .command('attendance <session>')
    .description('record who attended a session: a checklist at a terminal, or flags, or a CSV import')
    .option('--present <ref>', 'present: id, e-mail or name (repeatable or comma-separated)', collect)
    .option('--absent <ref>', 'absent: id, e-mail or name (repeatable or comma-separated)', collect)
    .option('--add-walk-in', 'register on the spot a person marked present who was not registered (logged)')
    .option('--import <file>', "a webconference attendance report as exported (Zoom, Teams, Meet, BigBlueButton, Webex, GoTo, Livestorm) or a CSV: email or name, minutes")
    .option('--format <tool>', 'with --import: auto (default), zoom, zoom-webinar, teams, meet, bbb, webex, goto, livestorm, caprural')
    .option('--min-minutes <n>', 'with --import: minutes of connection needed to count as present (default: any)')
    .option('--min-percent <p>', "with --import: percent of the session's scheduled length needed to count as present")
    .option('--only-present', 'with --import: leave registrants missing from the report as they are (default: absent)')
    .option('--dry-run', 'with --import: show the table of what would be recorded; write nothing')
    .action(action(async () => (await import('./attendanceCommands')).record));

  program
    .command('eligibility [ref]')
    .description('may this person ask Cap Rural for support, and why (exit 0 yes, 1 no)')
    .option('--rule <id>', 'eligibility rule (default: appui-cooperation-leader)')
    .option('--rules', 'list the eligibility rules')
    .action(action(async () => (await import('./eligibilityCommands')).eligibility));

  const mail = program.command('mail').description("participants' messages: confirmation, waiting list, promotion, convocation with a calendar invitation, reminder, cancellation");
  mail
    .command('plan')
    .description('queue what is due now (convocations, reminders, thanks) and show the outbox; sends nothing')
    .option('--session <id>', 'only this session')
    .option('--convocation-days <n>', 'convocations go this many days before the session (default 7, or $CAPRURAL_MAIL_CONVOCATION_DAYS)')
    .action(action(async () => (await import('./mailCommands')).plan));
  mail
    .command('preview')
    .description('write each queued message as a .eml file, as it would be sent')
    .option('--output <dir>', 'folder for the .eml files')
    .option('--session <id>', 'only this session')
    .action(action(async () => (await import('./mailCommands')).preview));
  mail
    .command('send')
    .description('send the queued messages, one at a time, each state saved ($CAPRURAL_SMTP_URL, $CAPRURAL_MAIL_FROM)')
    .option('--session <id>', 'only this session')
    .option('--yes', 'send without asking (needed without a terminal)')
    .option('--test-to <address>', 'send one message of each kind to this address only; the outbox is unchanged')
    .action(action(async () => (await import('./mailCommands')).send));
  mail
    .command('log')
    .description('every message: when queued and sent, to whom, its state and the last error')
    .option('--member <ref>', 'only this person')
    .option('--session <id>', 'only this session')
    .action(action(async () => (await import('./mailCommands')).log));
  mail
    .command('retry')
    .description('send again the messages that failed (--failed) or whose fate is unknown (--unknown)')
    .option('--failed', 'messages refused by the server or out of tries')
    .option('--unknown', 'messages of a run interrupted mid-exchange (they may have been delivered)')
    .option('--session <id>', 'only this session')
    .option('--yes', 'send without asking (needed without a terminal)')
    .action(action(async () => (await import('./mailCommands')).retry));

  const backup = program.command('backup').description('earlier versions of the store, kept beside it');
  backup
    .command('list')
    .description('backups, newest first, with time, size and state')
    .action(action(async () => (await import('./backupCommands')).list));
  backup
    .command('restore <which>')
    .description('put a backup back as the store ("latest", a name from the list, or a path); the current version is kept first')
    .option('--yes', 'confirm without asking (needed without a terminal)')
    .action(action(async () => (await import('./backupCommands')).restore));

  program
    .command('doctor')
    .description('check the store, its references, permissions, lock and leftovers; exit 0 healthy, 1 problems, 3 unusable')
    .action(action(async () => (await import('./doctorCommand')).doctor));

  program
    .command('retention')
    .description('list, then anonymise, people without activity since a year')
    .option('--before <year>', 'no activity since this year (default: three years before the current one)')
    .option('--dry-run', 'list only; change nothing')
    .option('--yes', 'confirm without asking (needed without a terminal)')
    .action(action(async () => (await import('./dataRightsCommands')).retention));

  const doc = program.command('doc').description('PDF documents for funders and auditors: attendance sheet, certificates of completion');
  doc
    .command('attendance-sheet')
    .description("feuille d'émargement: A4 landscape, one signature per trainee and per half-day, trainers, page numbers")
    .option('--session <id>', 'session id')
    .option('--output <file>', 'the PDF to write (default: emargement-<session>.pdf here)')
    .option('--blank-rows <n>', 'empty rows for people who come unregistered (default: the rest of the page, at least 3)')
    .option('--with-connections', 'webconference: add the minutes of connection recorded from the imported report')
    .action(action(async () => (await import('./docCommands')).attendanceSheetCommand));

  doc
    .command('certificate')
    .description('certificats de réalisation (ministry model): one PDF per person recorded present, and one merged file for printing')
    .option('--session <id>', 'session id')
    .option('--member <ref>', 'only this person: id, e-mail or name (exit 1 if not recorded present)')
    .option('--output <dir-or-file>', 'a folder (default: certificats-<session>), or a file ending in .pdf for one file')
    .option('--hours <n>', 'length in hours printed, instead of the one computed from the schedule')
    .action(action(async () => (await import('./docCommands')).certificateCommand));

  const config = program.command('config').description('settings of the config file: the training provider on certificates, the mail server');
  config
    .command('list')
    .description('the settings that are set (passwords hidden), and the config file path')
    .option('--all', 'also the known settings not set, with their meaning')
    .action(action(async () => (await import('./configCommands')).list));
  config
    .command('get <key>')
    .description('one setting, alone on stdout (exit 1 when not set)')
    .action(action(async () => (await import('./configCommands')).get));
  config
    .command('set <key> <value>')
    .description('set a setting, e.g. config set provider.name "Cap Rural"')
    .action(action(async () => (await import('./configCommands')).set));
  config
    .command('unset <key>')
    .description('remove a setting')
    .action(action(async () => (await import('./configCommands')).unset));

  program
    .command('report')
    .description("the year's figures (or one session's) as one offline HTML page with charts, or JSON")
    .option('--year <year>', 'the year reported (default: the current year)')
    .option('--session <id>', 'one session instead of a year')
    .addOption(new Option('--format <format>', 'html or json').choices(['html', 'json']).default('html'))
    .option('--output <file>', 'write to this file (atomically); required for html ("-" for stdout)')
    .action(action(async () => (await import('./reportCommand')).report));

  return program;
}

/** Runs one command line; returns the exit code. Never throws for a user error. */
export async function run(io: Io): Promise<number> {
  const t = translator(detectLang(langFromArgv(io.argv), io.env));
  const program = buildProgram(io);
  try {
    await program.parseAsync(io.argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other commander error is a usage error (exit 2).
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof AnsweredExit) return error.exitCode;
    if (error instanceof CapruralError) {
      const paint = makePaint(io, !io.argv.includes('--no-color'));
      io.stderr.write(`${guarded(paint.error(renderError(error, t)))}\n`);
      return error.exitCode;
    }
    io.stderr.write(`${guarded(t('unexpected', { message: error instanceof Error ? (error.stack ?? error.message) : String(error) }))}\n`);
    return 70;
  }
}

/**
 * The one line said when standard output cannot be written (a full disk, a closed file): what
 * the command changed, if anything, is saved; only its answer was lost.
 */
export function outputFailedLine(argv: readonly string[], env: NodeJS.ProcessEnv, reason: string): string {
  return translator(detectLang(langFromArgv(argv), env))('stdoutFailed', { reason });
}

function langFromArgv(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  return argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
}
