// The command table: every command's name, arguments, options (type, default, help key) and
// handler, in one place. program.ts wires commander from it; `--help` comes from src/i18n/help.ts
// in the user's language; test/cli/commandTable.test.ts checks argv -> options for every entry.
// Adding a command: its file in src/cli/ (the handler: (ctx, ...arguments, options) => exit code),
// its entry here, its help texts in src/i18n/help.ts (docs/architecture.md).
import { command, opt, type CommandSpec } from './commandTable';

/** The help of the command groups (`caprural session --help`). */
export const GROUPS = {
  session: 'grpSession',
  org: 'grpOrg',
  member: 'grpMember',
  membership: 'grpMembership',
  mail: 'grpMail',
  backup: 'grpBackup',
  doc: 'grpDoc',
  config: 'grpConfig',
} as const;

/** The fields of a session, shared by `session add` and `session edit`. */
const SESSION_FIELDS = {
  title: opt.value('--title <text>', 'optTitle'),
  year: opt.value('--year <year>', 'optYear2'),
  format: opt.value('--format <format>', 'optFormat'),
  starts: opt.value('--starts <when>', 'optStarts'),
  ends: opt.value('--ends <when>', 'optEnds'),
  closes: opt.value('--closes <when>', 'optCloses'),
  timeZone: opt.value('--time-zone <zone>', 'optTimeZone'),
  capacity: opt.value('--capacity <n>', 'optCapacity'),
  membershipYear: opt.value('--membership-year <year>', 'optMembershipYear'),
  audience: opt.list('--audience <role>', 'optAudience'),
  status: opt.value('--status <status>', 'optStatus'),
  link: opt.value('--link <url>', 'optLink'),
  place: opt.value('--place <text>', 'optPlace'),
};

/** The fields of a person, shared by `member add` and `member edit`. */
const MEMBER_FIELDS = {
  first: opt.value('--first <name>', 'optFirst'),
  last: opt.value('--last <name>', 'optLast'),
  email: opt.value('--email <email>', 'optEmail'),
  phone: opt.value('--phone <phone>', 'optPhone'),
  org: opt.value('--org <org>', 'optOrg'),
  role: opt.list('--role <role>', 'optRole'),
};

export const COMMANDS: readonly CommandSpec[] = [
  command({
    name: 'init',
    help: 'cmdInit',
    options: {
      empty: opt.flag('--empty', 'optEmpty'),
    },
    handler: async () => (await import('./initCommand')).init,
  }),
  command({
    name: 'sessions',
    help: 'cmdSessions',
    options: {
      year: opt.value('--year <year>', 'optYear'),
      open: opt.flag('--open', 'optOpen'),
    },
    handler: async () => (await import('./sessionCommands')).list,
  }),
  command({
    name: 'session show',
    help: 'cmdSessionShow',
    args: [{ name: 'id', required: true }],
    handler: async () => (await import('./sessionCommands')).show,
  }),
  command({
    name: 'session add',
    help: 'cmdSessionAdd',
    options: {
      course: opt.value('--course <id>', 'optCourse'),
      ...SESSION_FIELDS,
    },
    handler: async () => (await import('./sessionCommands')).add,
  }),
  command({
    name: 'session edit',
    help: 'cmdSessionEdit',
    args: [{ name: 'id', required: true }],
    options: {
      ...SESSION_FIELDS,
      notify: opt.negated('--no-notify', 'optNotify'),
    },
    handler: async () => (await import('./sessionCommands')).edit,
  }),
  command({
    name: 'session cancel',
    help: 'cmdSessionCancel',
    args: [{ name: 'id', required: true }],
    options: {
      notify: opt.negated('--no-notify', 'optNotify2'),
    },
    handler: async () => (await import('./sessionCommands')).cancel,
  }),
  command({
    name: 'org add',
    help: 'cmdOrgAdd',
    options: {
      name: opt.value('--name <name>', 'optName'),
      kind: opt.value('--kind <kind>', 'optKind'),
      territory: opt.value('--territory <text>', 'optTerritory'),
    },
    handler: async () => (await import('./orgCommands')).add,
  }),
  command({
    name: 'org list',
    help: 'cmdOrgList',
    handler: async () => (await import('./orgCommands')).list,
  }),
  command({
    name: 'org show',
    help: 'cmdOrgShow',
    args: [{ name: 'ref', required: true }],
    handler: async () => (await import('./orgCommands')).show,
  }),
  command({
    name: 'member add',
    help: 'cmdMemberAdd',
    options: {
      ...MEMBER_FIELDS,
    },
    handler: async () => (await import('./memberCommands')).add,
  }),
  command({
    name: 'member list',
    help: 'cmdMemberList',
    options: {
      org: opt.value('--org <org>', 'optOrg2'),
    },
    handler: async () => (await import('./memberCommands')).list,
  }),
  command({
    name: 'member show',
    help: 'cmdMemberShow',
    args: [{ name: 'ref', required: true }],
    handler: async () => (await import('./memberCommands')).show,
  }),
  command({
    name: 'member edit',
    help: 'cmdMemberEdit',
    args: [{ name: 'ref', required: true }],
    options: {
      ...MEMBER_FIELDS,
    },
    handler: async () => (await import('./memberCommands')).edit,
  }),
  command({
    name: 'member export',
    help: 'cmdMemberExport',
    args: [{ name: 'ref', required: true }],
    handler: async () => (await import('./dataRightsCommands')).exportMember,
  }),
  command({
    name: 'member forget',
    help: 'cmdMemberForget',
    args: [{ name: 'ref', required: true }],
    options: {
      yes: opt.flag('--yes', 'optYes'),
    },
    handler: async () => (await import('./dataRightsCommands')).forget,
  }),
  command({
    name: 'member import',
    help: 'cmdMemberImport',
    args: [{ name: 'file', required: true }],
    options: {
      dryRun: opt.flag('--dry-run', 'optDryRun'),
      sheet: opt.value('--sheet <name>', 'optSheet'),
    },
    handler: async () => (await import('./memberImportCommand')).memberImport,
  }),
  command({
    name: 'export',
    help: 'cmdExport',
    args: [{ name: 'kind', required: true }],
    options: {
      session: opt.value('--session <id>', 'optSession'),
      year: opt.value('--year <year>', 'optYear3'),
      rule: opt.value('--rule <id>', 'optRule'),
      format: opt.value('--format <format>', 'optFormat2', { choices: ['csv', 'json', 'xlsx'] }),
      excel: opt.flag('--excel', 'optExcel'),
      delimiter: opt.value('--delimiter <char>', 'optDelimiter'),
      bom: opt.flag('--bom', 'optBom'),
      raw: opt.flag('--raw', 'optRaw'),
      output: opt.value('--output <file>', 'optOutput'),
    },
    handler: async () => (await import('./exportCommands')).exportKind,
  }),
  command({
    name: 'membership pay',
    help: 'cmdMembershipPay',
    args: [{ name: 'payer', required: false }],
    options: {
      year: opt.value('--year <year>', 'optYear4'),
      on: opt.value('--on <date>', 'optOn'),
      amount: opt.value('--amount <euros>', 'optAmount'),
      reference: opt.value('--reference <text>', 'optReference'),
    },
    handler: async () => (await import('./membershipCommands')).pay,
  }),
  command({
    name: 'membership list',
    help: 'cmdMembershipList',
    options: {
      year: opt.value('--year <year>', 'optYear'),
    },
    handler: async () => (await import('./membershipCommands')).list,
  }),
  command({
    name: 'membership edit',
    help: 'cmdMembershipEdit',
    args: [{ name: 'payer', required: true }],
    options: {
      year: opt.value('--year <year>', 'optYear5'),
      on: opt.value('--on <date>', 'optOn2'),
      amount: opt.value('--amount <euros>', 'optAmount2'),
      reference: opt.value('--reference <text>', 'optReference2'),
    },
    handler: async () => (await import('./membershipCommands')).edit,
  }),
  command({
    name: 'membership cancel',
    help: 'cmdMembershipCancel',
    args: [{ name: 'payer', required: true }],
    options: {
      year: opt.value('--year <year>', 'optYear6'),
      reason: opt.value('--reason <text>', 'optReason'),
    },
    handler: async () => (await import('./membershipCommands')).cancel,
  }),
  command({
    name: 'register',
    help: 'cmdRegister',
    options: {
      session: opt.value('--session <id>', 'optSession2'),
      member: opt.value('--member <ref>', 'optMember'),
      receivedAt: opt.value('--received-at <when>', 'optReceivedAt'),
      force: opt.flag('--force', 'optForce'),
      reason: opt.value('--reason <text>', 'optReason2'),
      waitlist: opt.negated('--no-waitlist', 'optWaitlist'),
      dryRun: opt.flag('--dry-run', 'optDryRun2'),
      import: opt.value('--import <file>', 'optImport'),
      sheet: opt.value('--sheet <name>', 'optSheet'),
      notify: opt.toggle('--notify', 'optNotify3', 'optNotify4'),
      notifyRefusal: opt.flag('--notify-refusal', 'optNotifyRefusal'),
    },
    handler: async () => (await import('./registerCommands')).register,
  }),
  command({
    name: 'cancel',
    help: 'cmdCancel',
    options: {
      session: opt.value('--session <id>', 'optSession2'),
      member: opt.value('--member <ref>', 'optMember'),
      force: opt.flag('--force', 'optForce2'),
      reason: opt.value('--reason <text>', 'optReason3'),
      notify: opt.negated('--no-notify', 'optNotify5'),
    },
    handler: async () => (await import('./registerCommands')).cancel,
  }),
  command({
    name: 'promote',
    help: 'cmdPromote',
    options: {
      session: opt.value('--session <id>', 'optSession2'),
      member: opt.value('--member <ref>', 'optMember2'),
      force: opt.flag('--force', 'optForce3'),
      reason: opt.value('--reason <text>', 'optReason4'),
      notify: opt.negated('--no-notify', 'optNotify6'),
    },
    handler: async () => (await import('./registerCommands')).promote,
  }),
  command({
    name: 'log',
    help: 'cmdLog',
    options: {
      session: opt.value('--session <id>', 'optSession3'),
    },
    handler: async () => (await import('./logCommand')).log,
  }),
  command({
    name: 'attendance',
    help: 'cmdAttendance',
    args: [{ name: 'session', required: true }],
    options: {
      present: opt.list('--present <ref>', 'optPresent'),
      absent: opt.list('--absent <ref>', 'optAbsent'),
      addWalkIn: opt.flag('--add-walk-in', 'optAddWalkIn'),
      import: opt.value('--import <file>', 'optImport2'),
      sheet: opt.value('--sheet <name>', 'optSheet'),
      format: opt.value('--format <tool>', 'optFormat3'),
      minMinutes: opt.value('--min-minutes <n>', 'optMinMinutes'),
      minPercent: opt.value('--min-percent <p>', 'optMinPercent'),
      onlyPresent: opt.flag('--only-present', 'optOnlyPresent'),
      dryRun: opt.flag('--dry-run', 'optDryRun3'),
    },
    handler: async () => (await import('./attendanceCommands')).record,
  }),
  command({
    name: 'eligibility',
    help: 'cmdEligibility',
    args: [{ name: 'ref', required: false }],
    options: {
      rule: opt.value('--rule <id>', 'optRule2'),
      rules: opt.flag('--rules', 'optRules'),
    },
    handler: async () => (await import('./eligibilityCommands')).eligibility,
  }),
  command({
    name: 'mail plan',
    help: 'cmdMailPlan',
    options: {
      session: opt.value('--session <id>', 'optSession4'),
      convocationDays: opt.value('--convocation-days <n>', 'optConvocationDays'),
    },
    handler: async () => (await import('./mailCommands')).plan,
  }),
  command({
    name: 'mail preview',
    help: 'cmdMailPreview',
    options: {
      output: opt.value('--output <dir>', 'optOutput2'),
      session: opt.value('--session <id>', 'optSession4'),
    },
    handler: async () => (await import('./mailCommands')).preview,
  }),
  command({
    name: 'mail send',
    help: 'cmdMailSend',
    options: {
      session: opt.value('--session <id>', 'optSession4'),
      yes: opt.flag('--yes', 'optYes2'),
      testTo: opt.value('--test-to <address>', 'optTestTo'),
    },
    handler: async () => (await import('./mailCommands')).send,
  }),
  command({
    name: 'mail log',
    help: 'cmdMailLog',
    options: {
      member: opt.value('--member <ref>', 'optMember3'),
      session: opt.value('--session <id>', 'optSession4'),
    },
    handler: async () => (await import('./mailCommands')).log,
  }),
  command({
    name: 'mail retry',
    help: 'cmdMailRetry',
    options: {
      failed: opt.flag('--failed', 'optFailed'),
      unknown: opt.flag('--unknown', 'optUnknown'),
      session: opt.value('--session <id>', 'optSession4'),
      yes: opt.flag('--yes', 'optYes2'),
    },
    handler: async () => (await import('./mailCommands')).retry,
  }),
  command({
    name: 'backup list',
    help: 'cmdBackupList',
    handler: async () => (await import('./backupCommands')).list,
  }),
  command({
    name: 'backup restore',
    help: 'cmdBackupRestore',
    args: [{ name: 'which', required: true }],
    options: {
      yes: opt.flag('--yes', 'optYes'),
    },
    handler: async () => (await import('./backupCommands')).restore,
  }),
  command({
    name: 'doctor',
    help: 'cmdDoctor',
    handler: async () => (await import('./doctorCommand')).doctor,
  }),
  command({
    name: 'retention',
    help: 'cmdRetention',
    options: {
      before: opt.value('--before <year>', 'optBefore'),
      dryRun: opt.flag('--dry-run', 'optDryRun4'),
      yes: opt.flag('--yes', 'optYes'),
    },
    handler: async () => (await import('./dataRightsCommands')).retention,
  }),
  command({
    name: 'doc attendance-sheet',
    help: 'cmdDocAttendanceSheet',
    options: {
      session: opt.value('--session <id>', 'optSession2'),
      output: opt.value('--output <file>', 'optOutput3'),
      blankRows: opt.value('--blank-rows <n>', 'optBlankRows'),
      withConnections: opt.flag('--with-connections', 'optWithConnections'),
    },
    handler: async () => (await import('./docCommands')).attendanceSheetCommand,
  }),
  command({
    name: 'doc certificate',
    help: 'cmdDocCertificate',
    options: {
      session: opt.value('--session <id>', 'optSession2'),
      member: opt.value('--member <ref>', 'optMember4'),
      output: opt.value('--output <dir-or-file>', 'optOutput4'),
      hours: opt.value('--hours <n>', 'optHours'),
    },
    handler: async () => (await import('./docCommands')).certificateCommand,
  }),
  command({
    name: 'config list',
    help: 'cmdConfigList',
    options: {
      all: opt.flag('--all', 'optAll'),
    },
    handler: async () => (await import('./configCommands')).list,
  }),
  command({
    name: 'config get',
    help: 'cmdConfigGet',
    args: [{ name: 'key', required: true }],
    handler: async () => (await import('./configCommands')).get,
  }),
  command({
    name: 'config set',
    help: 'cmdConfigSet',
    args: [
      { name: 'key', required: true },
      { name: 'value', required: true },
    ],
    handler: async () => (await import('./configCommands')).set,
  }),
  command({
    name: 'config unset',
    help: 'cmdConfigUnset',
    args: [{ name: 'key', required: true }],
    handler: async () => (await import('./configCommands')).unset,
  }),
  command({
    name: 'report',
    help: 'cmdReport',
    options: {
      year: opt.value('--year <year>', 'optYear7'),
      session: opt.value('--session <id>', 'optSession5'),
      format: opt.value('--format <format>', 'optFormat4', { choices: ['html', 'json'], default: 'html' }),
      output: opt.value('--output <file>', 'optOutput5'),
    },
    handler: async () => (await import('./reportCommand')).report,
  }),
];
