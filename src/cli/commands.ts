// The command table: every command's name, arguments, options (type, default, help key) and
// handler, in one place. program.ts wires commander from it; `--help` comes from src/i18n/help.ts
// in the user's language; test/cli/commandTable.test.ts checks argv -> options for every entry.
// Adding a command: its file in src/cli/ (the handler: (ctx, ...arguments, options) => exit code),
// its entry here, its help texts in src/i18n/help.ts (docs/architecture.md).
import { CONFIG_KEYS } from '../config/keys';
import { ORG_KINDS, ROLES, SESSION_FORMATS, SESSION_STATUSES } from '../store/index';
import { command, opt, type CommandSpec } from './commandTable';

/** The shell completes these options with the session ids of the store, or with file names. */
const SESSION_IDS = { complete: 'sessions' } as const;
const FILES = { complete: 'files' } as const;
const CONFIG_KEY_NAMES = Object.keys(CONFIG_KEYS);

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

/** French names of the groups, accepted in both languages; the first is shown in the French help (as `aliases` of a command). */
export const GROUP_ALIASES: Readonly<Record<keyof typeof GROUPS, readonly string[]>> = {
  session: ['seance', 'séance'],
  org: ['structure'],
  member: ['membre', 'personne'],
  membership: ['cotisation'],
  mail: ['courriel'],
  backup: ['sauvegarde'],
  doc: ['document'],
  config: ['reglages', 'réglages'],
};

/** The options every command shares (DESIGN.md §5), before or after the command's words. */
export const GLOBAL_OPTIONS = {
  store: opt.value('--store <file>', 'optStore', FILES),
  json: opt.flag('--json', 'optJson'),
  input: opt.negated('--no-input', 'optInput'),
  color: opt.negated('--no-color', 'optColor'),
  pager: opt.negated('--no-pager', 'optPager'),
  lang: opt.value('--lang <lang>', 'optLang', { choices: ['fr', 'en'] }),
};

/** The fields of a session, shared by `session add` and `session edit`. */
const SESSION_FIELDS = {
  title: opt.value('--title <text>', 'optTitle'),
  year: opt.value('--year <year>', 'optSessionYear'),
  format: opt.value('--format <format>', 'optFormat', { complete: SESSION_FORMATS }),
  starts: opt.value('--starts <when>', 'optStarts'),
  ends: opt.value('--ends <when>', 'optEnds'),
  closes: opt.value('--closes <when>', 'optCloses'),
  timeZone: opt.value('--time-zone <zone>', 'optTimeZone'),
  capacity: opt.value('--capacity <n>', 'optCapacity'),
  membershipYear: opt.value('--membership-year <year>', 'optMembershipYear'),
  audience: opt.list('--audience <role>', 'optAudience', { complete: ROLES }),
  status: opt.value('--status <status>', 'optStatus', { complete: SESSION_STATUSES }),
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
  role: opt.list('--role <role>', 'optRole', { complete: ROLES }),
};

export const COMMANDS: readonly CommandSpec[] = [
  command({
    name: 'init',
    aliases: ['initialiser'],
    help: 'cmdInit',
    options: {
      empty: opt.flag('--empty', 'optEmpty'),
    },
    handler: async () => (await import('./initCommand')).initCommand,
  }),
  command({
    name: 'sessions',
    aliases: ['seances', 'séances'],
    help: 'cmdSessions',
    options: {
      year: opt.value('--year <year>', 'optYear'),
      open: opt.flag('--open', 'optOpen'),
    },
    handler: async () => (await import('./sessionsCommand')).sessionsCommand,
  }),
  command({
    name: 'session show',
    aliases: ['afficher'],
    help: 'cmdSessionShow',
    args: [{ name: 'id', required: false, complete: 'sessions' }],
    handler: async () => (await import('./sessionShowCommand')).sessionShowCommand,
  }),
  command({
    name: 'session add',
    aliases: ['ajouter'],
    help: 'cmdSessionAdd',
    options: {
      course: opt.value('--course <id>', 'optCourse'),
      ...SESSION_FIELDS,
    },
    handler: async () => (await import('./sessionAddCommand')).sessionAddCommand,
  }),
  command({
    name: 'session edit',
    aliases: ['modifier'],
    help: 'cmdSessionEdit',
    args: [{ name: 'id', required: false, complete: 'sessions' }],
    options: {
      ...SESSION_FIELDS,
      notify: opt.negated('--no-notify', 'optNotify'),
    },
    handler: async () => (await import('./sessionEditCommand')).sessionEditCommand,
  }),
  command({
    name: 'session cancel',
    aliases: ['annuler'],
    help: 'cmdSessionCancel',
    args: [{ name: 'id', required: false, complete: 'sessions' }],
    options: {
      notify: opt.negated('--no-notify', 'optNoNotifyRegistrants'),
      yes: opt.flag('--yes', 'optYes'),
    },
    handler: async () => (await import('./sessionCancelCommand')).sessionCancelCommand,
  }),
  command({
    name: 'org add',
    aliases: ['ajouter'],
    help: 'cmdOrgAdd',
    options: {
      name: opt.value('--name <name>', 'optName'),
      kind: opt.value('--kind <kind>', 'optKind', { complete: ORG_KINDS }),
      territory: opt.value('--territory <text>', 'optTerritory'),
    },
    handler: async () => (await import('./orgAddCommand')).orgAddCommand,
  }),
  command({
    name: 'org list',
    aliases: ['lister', 'liste'],
    help: 'cmdOrgList',
    handler: async () => (await import('./orgListCommand')).orgListCommand,
  }),
  command({
    name: 'org show',
    aliases: ['afficher'],
    help: 'cmdOrgShow',
    args: [{ name: 'ref', required: true }],
    handler: async () => (await import('./orgShowCommand')).orgShowCommand,
  }),
  command({
    name: 'member add',
    aliases: ['ajouter'],
    help: 'cmdMemberAdd',
    options: {
      ...MEMBER_FIELDS,
    },
    handler: async () => (await import('./memberAddCommand')).memberAddCommand,
  }),
  command({
    name: 'member list',
    aliases: ['lister', 'liste'],
    help: 'cmdMemberList',
    options: {
      org: opt.value('--org <org>', 'optOnlyOrg'),
    },
    handler: async () => (await import('./memberListCommand')).memberListCommand,
  }),
  command({
    name: 'member show',
    aliases: ['afficher'],
    help: 'cmdMemberShow',
    args: [{ name: 'ref', required: false }],
    handler: async () => (await import('./memberShowCommand')).memberShowCommand,
  }),
  command({
    name: 'member edit',
    aliases: ['modifier'],
    help: 'cmdMemberEdit',
    args: [{ name: 'ref', required: true }],
    options: {
      ...MEMBER_FIELDS,
    },
    handler: async () => (await import('./memberEditCommand')).memberEditCommand,
  }),
  command({
    name: 'member export',
    aliases: ['exporter'],
    help: 'cmdMemberExport',
    args: [{ name: 'ref', required: true }],
    handler: async () => (await import('./memberExportCommand')).memberExportCommand,
  }),
  command({
    name: 'member forget',
    aliases: ['oublier'],
    help: 'cmdMemberForget',
    args: [{ name: 'ref', required: true }],
    options: {
      yes: opt.flag('--yes', 'optYes'),
    },
    handler: async () => (await import('./memberForgetCommand')).memberForgetCommand,
  }),
  command({
    name: 'member import',
    aliases: ['importer'],
    help: 'cmdMemberImport',
    args: [{ name: 'file', required: true, complete: 'files' }],
    options: {
      dryRun: opt.flag('--dry-run', 'optDryRun'),
      sheet: opt.value('--sheet <name>', 'optSheet'),
    },
    handler: async () => (await import('./memberImportCommand')).memberImportCommand,
  }),
  command({
    name: 'export',
    aliases: ['exporter'],
    help: 'cmdExport',
    args: [{ name: 'kind', required: false, complete: 'exportKinds' }],
    options: {
      session: opt.value('--session <id>', 'optSession', SESSION_IDS),
      year: opt.value('--year <year>', 'optOnlySessionsOfYear'),
      rule: opt.value('--rule <id>', 'optRule'),
      format: opt.value('--format <format>', 'optExportFormat', { choices: ['csv', 'json', 'xlsx'] }),
      excel: opt.flag('--excel', 'optExcel'),
      delimiter: opt.value('--delimiter <char>', 'optDelimiter'),
      bom: opt.flag('--bom', 'optBom'),
      raw: opt.flag('--raw', 'optRaw'),
      output: opt.value('--output <file>', 'optOutput', FILES),
      yes: opt.flag('--yes', 'optYesOverwrite'),
    },
    handler: async () => (await import('./exportCommand')).exportCommand,
  }),
  command({
    name: 'membership pay',
    aliases: ['payer'],
    help: 'cmdMembershipPay',
    args: [{ name: 'payer', required: false }],
    options: {
      year: opt.value('--year <year>', 'optYearPaid'),
      on: opt.value('--on <date>', 'optOn'),
      amount: opt.value('--amount <euros>', 'optAmount'),
      reference: opt.value('--reference <text>', 'optReference'),
    },
    handler: async () => (await import('./membershipPayCommand')).membershipPayCommand,
  }),
  command({
    name: 'membership list',
    aliases: ['lister', 'liste'],
    help: 'cmdMembershipList',
    options: {
      year: opt.value('--year <year>', 'optYear'),
    },
    handler: async () => (await import('./membershipListCommand')).membershipListCommand,
  }),
  command({
    name: 'membership edit',
    aliases: ['modifier'],
    help: 'cmdMembershipEdit',
    args: [{ name: 'payer', required: true }],
    options: {
      year: opt.value('--year <year>', 'optYearToCorrect'),
      on: opt.value('--on <date>', 'optPaymentDate'),
      amount: opt.value('--amount <euros>', 'optAmountOrClear'),
      reference: opt.value('--reference <text>', 'optReferenceOrClear'),
    },
    handler: async () => (await import('./membershipEditCommand')).membershipEditCommand,
  }),
  command({
    name: 'membership cancel',
    aliases: ['annuler'],
    help: 'cmdMembershipCancel',
    args: [{ name: 'payer', required: true }],
    options: {
      year: opt.value('--year <year>', 'optYearToCancel'),
      reason: opt.value('--reason <text>', 'optReason'),
    },
    handler: async () => (await import('./membershipCancelCommand')).membershipCancelCommand,
  }),
  command({
    name: 'register',
    aliases: ['inscrire'],
    help: 'cmdRegister',
    options: {
      session: opt.value('--session <id>', 'optSessionId', SESSION_IDS),
      member: opt.value('--member <ref>', 'optMember'),
      receivedAt: opt.value('--received-at <when>', 'optReceivedAt'),
      force: opt.flag('--force', 'optForce'),
      reason: opt.value('--reason <text>', 'optOverrideReason'),
      waitlist: opt.negated('--no-waitlist', 'optWaitlist'),
      dryRun: opt.flag('--dry-run', 'optDryRunJudge'),
      import: opt.value('--import <file>', 'optImport', FILES),
      sheet: opt.value('--sheet <name>', 'optSheet'),
      notify: opt.toggle('--notify', 'optNotifyImport', 'optNoNotifyParticipant'),
      notifyRefusal: opt.flag('--notify-refusal', 'optNotifyRefusal'),
    },
    handler: async () => (await import('./registerCommand')).registerCommand,
  }),
  command({
    name: 'cancel',
    aliases: ['annuler', 'desinscrire'],
    help: 'cmdCancel',
    options: {
      session: opt.value('--session <id>', 'optSessionId', SESSION_IDS),
      member: opt.value('--member <ref>', 'optMember'),
      force: opt.flag('--force', 'optForceCancelAttended'),
      reason: opt.value('--reason <text>', 'optReasonLogged'),
      notify: opt.negated('--no-notify', 'optNoNotifyCancel'),
      yes: opt.flag('--yes', 'optYes'),
    },
    handler: async () => (await import('./cancelCommand')).cancelCommand,
  }),
  command({
    name: 'promote',
    aliases: ['promouvoir'],
    help: 'cmdPromote',
    options: {
      session: opt.value('--session <id>', 'optSessionId', SESSION_IDS),
      member: opt.value('--member <ref>', 'optMemberToPromote'),
      force: opt.flag('--force', 'optForceOverCapacity'),
      reason: opt.value('--reason <text>', 'optOverCapacityReason'),
      notify: opt.negated('--no-notify', 'optNoNotifyPromoted'),
    },
    handler: async () => (await import('./promoteCommand')).promoteCommand,
  }),
  command({
    name: 'log',
    aliases: ['journal', 'historique'],
    help: 'cmdLog',
    options: {
      session: opt.value('--session <id>', 'optLogSession', SESSION_IDS),
    },
    handler: async () => (await import('./logCommand')).logCommand,
  }),
  command({
    name: 'attendance',
    aliases: ['presences', 'présences'],
    help: 'cmdAttendance',
    args: [{ name: 'session', required: false, complete: 'sessions' }],
    options: {
      present: opt.list('--present <ref>', 'optPresent'),
      absent: opt.list('--absent <ref>', 'optAbsent'),
      addWalkIn: opt.flag('--add-walk-in', 'optAddWalkIn'),
      import: opt.value('--import <file>', 'optAttendanceReport', FILES),
      sheet: opt.value('--sheet <name>', 'optSheet'),
      format: opt.value('--format <tool>', 'optReportTool'),
      minMinutes: opt.value('--min-minutes <n>', 'optMinMinutes'),
      minPercent: opt.value('--min-percent <p>', 'optMinPercent'),
      onlyPresent: opt.flag('--only-present', 'optOnlyPresent'),
      dryRun: opt.flag('--dry-run', 'optDryRunAttendance'),
    },
    handler: async () => (await import('./attendanceCommand')).attendanceCommand,
  }),
  command({
    name: 'eligibility',
    aliases: ['eligibilite', 'éligibilité'],
    help: 'cmdEligibility',
    args: [{ name: 'ref', required: false }],
    options: {
      rule: opt.value('--rule <id>', 'optEligibilityRule'),
      rules: opt.flag('--rules', 'optRules'),
    },
    handler: async () => (await import('./eligibilityCommand')).eligibilityCommand,
  }),
  command({
    name: 'mail plan',
    aliases: ['planifier', 'preparer'],
    help: 'cmdMailPlan',
    options: {
      session: opt.value('--session <id>', 'optOnlySession', SESSION_IDS),
      convocationDays: opt.value('--convocation-days <n>', 'optConvocationDays'),
    },
    handler: async () => (await import('./mailPlanCommand')).mailPlanCommand,
  }),
  command({
    name: 'mail preview',
    aliases: ['apercu', 'aperçu'],
    help: 'cmdMailPreview',
    options: {
      output: opt.value('--output <dir>', 'optEmlFolder', FILES),
      session: opt.value('--session <id>', 'optOnlySession', SESSION_IDS),
    },
    handler: async () => (await import('./mailPreviewCommand')).mailPreviewCommand,
  }),
  command({
    name: 'mail send',
    aliases: ['envoyer'],
    help: 'cmdMailSend',
    options: {
      session: opt.value('--session <id>', 'optOnlySession', SESSION_IDS),
      yes: opt.flag('--yes', 'optYesSend'),
      testTo: opt.value('--test-to <address>', 'optTestTo'),
    },
    handler: async () => (await import('./mailSendCommand')).mailSendCommand,
  }),
  command({
    name: 'mail log',
    aliases: ['journal'],
    help: 'cmdMailLog',
    options: {
      member: opt.value('--member <ref>', 'optOnlyMember'),
      session: opt.value('--session <id>', 'optOnlySession', SESSION_IDS),
    },
    handler: async () => (await import('./mailLogCommand')).mailLogCommand,
  }),
  command({
    name: 'mail retry',
    aliases: ['reessayer', 'réessayer'],
    help: 'cmdMailRetry',
    options: {
      failed: opt.flag('--failed', 'optFailed'),
      unknown: opt.flag('--unknown', 'optUnknown'),
      session: opt.value('--session <id>', 'optOnlySession', SESSION_IDS),
      yes: opt.flag('--yes', 'optYesSend'),
    },
    handler: async () => (await import('./mailRetryCommand')).mailRetryCommand,
  }),
  command({
    name: 'backup list',
    aliases: ['lister', 'liste'],
    help: 'cmdBackupList',
    handler: async () => (await import('./backupListCommand')).backupListCommand,
  }),
  command({
    name: 'backup restore',
    aliases: ['restaurer'],
    help: 'cmdBackupRestore',
    args: [{ name: 'which', required: true }],
    options: {
      yes: opt.flag('--yes', 'optYes'),
    },
    handler: async () => (await import('./backupRestoreCommand')).backupRestoreCommand,
  }),
  command({
    name: 'doctor',
    aliases: ['diagnostic', 'verifier'],
    help: 'cmdDoctor',
    handler: async () => (await import('./doctorCommand')).doctorCommand,
  }),
  command({
    name: 'retention',
    aliases: ['conservation', 'purger'],
    help: 'cmdRetention',
    options: {
      before: opt.value('--before <year>', 'optBefore'),
      dryRun: opt.flag('--dry-run', 'optListOnly'),
      yes: opt.flag('--yes', 'optYes'),
    },
    handler: async () => (await import('./retentionCommand')).retentionCommand,
  }),
  command({
    name: 'doc attendance-sheet',
    aliases: ['emargement', 'émargement'],
    help: 'cmdDocAttendanceSheet',
    options: {
      session: opt.value('--session <id>', 'optSessionId', SESSION_IDS),
      output: opt.value('--output <file>', 'optSheetPdf', FILES),
      blankRows: opt.value('--blank-rows <n>', 'optBlankRows'),
      withConnections: opt.flag('--with-connections', 'optWithConnections'),
      yes: opt.flag('--yes', 'optYesOverwrite'),
    },
    handler: async () => (await import('./docAttendanceSheetCommand')).docAttendanceSheetCommand,
  }),
  command({
    name: 'doc certificate',
    aliases: ['certificat', 'certificats'],
    help: 'cmdDocCertificate',
    options: {
      session: opt.value('--session <id>', 'optSessionId', SESSION_IDS),
      member: opt.value('--member <ref>', 'optCertificateMember'),
      output: opt.value('--output <dir-or-file>', 'optCertificateOutput', FILES),
      hours: opt.value('--hours <n>', 'optHours'),
      yes: opt.flag('--yes', 'optYesOverwrite'),
    },
    handler: async () => (await import('./docCertificateCommand')).docCertificateCommand,
  }),
  command({
    name: 'config list',
    aliases: ['lister', 'liste'],
    help: 'cmdConfigList',
    options: {
      all: opt.flag('--all', 'optAll'),
    },
    handler: async () => (await import('./configListCommand')).configListCommand,
  }),
  command({
    name: 'config get',
    aliases: ['lire'],
    help: 'cmdConfigGet',
    args: [{ name: 'key', required: true, complete: CONFIG_KEY_NAMES }],
    handler: async () => (await import('./configGetCommand')).configGetCommand,
  }),
  command({
    name: 'config set',
    aliases: ['definir', 'définir'],
    help: 'cmdConfigSet',
    args: [
      { name: 'key', required: true, complete: CONFIG_KEY_NAMES },
      { name: 'value', required: true },
    ],
    handler: async () => (await import('./configSetCommand')).configSetCommand,
  }),
  command({
    name: 'config unset',
    aliases: ['effacer'],
    help: 'cmdConfigUnset',
    args: [{ name: 'key', required: true, complete: CONFIG_KEY_NAMES }],
    handler: async () => (await import('./configUnsetCommand')).configUnsetCommand,
  }),
  command({
    name: 'report',
    aliases: ['rapport', 'bilan'],
    help: 'cmdReport',
    options: {
      year: opt.value('--year <year>', 'optReportYear'),
      session: opt.value('--session <id>', 'optReportSession', SESSION_IDS),
      format: opt.value('--format <format>', 'optReportFormat', { choices: ['html', 'json'], default: 'html' }),
      output: opt.value('--output <file>', 'optReportOutput', FILES),
      yes: opt.flag('--yes', 'optYesOverwrite'),
    },
    handler: async () => (await import('./reportCommand')).reportCommand,
  }),
  command({
    name: 'info',
    help: 'cmdInfo',
    handler: async () => (await import('./infoCommand')).infoCommand,
  }),
  command({
    name: 'completion',
    help: 'cmdCompletion',
    args: [{ name: 'shell', required: true, complete: ['bash', 'zsh', 'fish'] }],
    handler: async () => (await import('./completionCommand')).completionCommand,
  }),
];
