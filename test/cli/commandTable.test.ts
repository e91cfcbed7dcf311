import type { Command } from 'commander';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, GROUPS } from '../../src/cli/commands';
import { buildProgram } from '../../src/cli/program';
import { helpEn, helpFr, type HelpKey } from '../../src/i18n/help';
import { runCli } from '../helpers/runCli';

// The command table drives commander (src/cli/commands.ts). These tests read argv as the CLI does,
// with every handler replaced by one that records what it was given: the table's names, kinds,
// defaults and negations are what a handler receives. Every command of the table needs a case.

type Parsed = { command: string; args: unknown[]; options: Record<string, unknown> };

/** Parses one command line with the real program, recording instead of running. */
async function parse(argv: string[]): Promise<Parsed> {
  const program = buildProgram({ stdout: { write: () => true }, stderr: { write: () => true } } as never, 'en');
  let parsed: Parsed | undefined;
  const record = (c: Command, path: string[]) => {
    for (const sub of c.commands) {
      const name = [...path, sub.name()];
      sub.action((...args: unknown[]) => {
        parsed = { command: name.join(' '), args: args.slice(0, -2), options: { ...(args[args.length - 2] as object) } };
      });
      record(sub, name);
    }
  };
  record(program, []);
  await program.parseAsync(argv, { from: 'user' });
  return parsed!;
}

/** argv, the arguments, the options: each option given once (lists twice), so each is read as declared. */
const EVERY_OPTION: Array<[string[], string[], Record<string, unknown>]> = [
  [['init', '--empty'], [], { empty: true }],
  [['sessions', '--year', 'v-year', '--open'], [], { year: 'v-year', open: true }],
  [['session', 'show', 'id-1'], ['id-1'], {}],
  [
    [
      'session',
      'add',
      '--course',
      'v-course',
      '--title',
      'v-title',
      '--year',
      'v-year',
      '--format',
      'v-format',
      '--starts',
      'v-starts',
      '--ends',
      'v-ends',
      '--closes',
      'v-closes',
      '--time-zone',
      'v-timeZone',
      '--capacity',
      'v-capacity',
      '--membership-year',
      'v-membershipYear',
      '--audience',
      'a',
      '--audience',
      'b',
      '--status',
      'v-status',
      '--link',
      'v-link',
      '--place',
      'v-place',
    ],
    [],
    {
      course: 'v-course',
      title: 'v-title',
      year: 'v-year',
      format: 'v-format',
      starts: 'v-starts',
      ends: 'v-ends',
      closes: 'v-closes',
      timeZone: 'v-timeZone',
      capacity: 'v-capacity',
      membershipYear: 'v-membershipYear',
      audience: ['a', 'b'],
      status: 'v-status',
      link: 'v-link',
      place: 'v-place',
    },
  ],
  [
    [
      'session',
      'edit',
      'id-1',
      '--title',
      'v-title',
      '--year',
      'v-year',
      '--format',
      'v-format',
      '--starts',
      'v-starts',
      '--ends',
      'v-ends',
      '--closes',
      'v-closes',
      '--time-zone',
      'v-timeZone',
      '--capacity',
      'v-capacity',
      '--membership-year',
      'v-membershipYear',
      '--audience',
      'a',
      '--audience',
      'b',
      '--status',
      'v-status',
      '--link',
      'v-link',
      '--place',
      'v-place',
      '--no-notify',
    ],
    ['id-1'],
    {
      title: 'v-title',
      year: 'v-year',
      format: 'v-format',
      starts: 'v-starts',
      ends: 'v-ends',
      closes: 'v-closes',
      timeZone: 'v-timeZone',
      capacity: 'v-capacity',
      membershipYear: 'v-membershipYear',
      audience: ['a', 'b'],
      status: 'v-status',
      link: 'v-link',
      place: 'v-place',
      notify: false,
    },
  ],
  [['session', 'cancel', 'id-1', '--no-notify', '--yes'], ['id-1'], { notify: false, yes: true }],
  [['session', 'cancel'], [undefined], { notify: true }],
  [['org', 'add', '--name', 'v-name', '--kind', 'v-kind', '--territory', 'v-territory'], [], { name: 'v-name', kind: 'v-kind', territory: 'v-territory' }],
  [['org', 'list'], [], {}],
  [['org', 'show', 'ref-1'], ['ref-1'], {}],
  [
    ['member', 'add', '--first', 'v-first', '--last', 'v-last', '--email', 'v-email', '--phone', 'v-phone', '--org', 'v-org', '--role', 'a', '--role', 'b'],
    [],
    { first: 'v-first', last: 'v-last', email: 'v-email', phone: 'v-phone', org: 'v-org', role: ['a', 'b'] },
  ],
  [['member', 'list', '--org', 'v-org'], [], { org: 'v-org' }],
  [['member', 'show', 'ref-1'], ['ref-1'], {}],
  [
    ['member', 'edit', 'ref-1', '--first', 'v-first', '--last', 'v-last', '--email', 'v-email', '--phone', 'v-phone', '--org', 'v-org', '--role', 'a', '--role', 'b'],
    ['ref-1'],
    { first: 'v-first', last: 'v-last', email: 'v-email', phone: 'v-phone', org: 'v-org', role: ['a', 'b'] },
  ],
  [['member', 'export', 'ref-1'], ['ref-1'], {}],
  [['member', 'forget', 'ref-1', '--yes'], ['ref-1'], { yes: true }],
  [['member', 'import', 'file-1', '--dry-run', '--sheet', 'v-sheet'], ['file-1'], { dryRun: true, sheet: 'v-sheet' }],
  [
    [
      'export',
      'kind-1',
      '--session',
      'v-session',
      '--year',
      'v-year',
      '--rule',
      'v-rule',
      '--format',
      'json',
      '--excel',
      '--delimiter',
      'v-delimiter',
      '--bom',
      '--raw',
      '--output',
      'v-output',
      '--yes',
    ],
    ['kind-1'],
    { session: 'v-session', year: 'v-year', rule: 'v-rule', format: 'json', excel: true, delimiter: 'v-delimiter', bom: true, raw: true, output: 'v-output', yes: true },
  ],
  [
    ['membership', 'pay', 'payer-1', '--year', 'v-year', '--on', 'v-on', '--amount', 'v-amount', '--reference', 'v-reference'],
    ['payer-1'],
    { year: 'v-year', on: 'v-on', amount: 'v-amount', reference: 'v-reference' },
  ],
  [['membership', 'list', '--year', 'v-year'], [], { year: 'v-year' }],
  [
    ['membership', 'edit', 'payer-1', '--year', 'v-year', '--on', 'v-on', '--amount', 'v-amount', '--reference', 'v-reference'],
    ['payer-1'],
    { year: 'v-year', on: 'v-on', amount: 'v-amount', reference: 'v-reference' },
  ],
  [['membership', 'cancel', 'payer-1', '--year', 'v-year', '--reason', 'v-reason'], ['payer-1'], { year: 'v-year', reason: 'v-reason' }],
  [
    [
      'register',
      '--session',
      'v-session',
      '--member',
      'v-member',
      '--received-at',
      'v-receivedAt',
      '--force',
      '--reason',
      'v-reason',
      '--no-waitlist',
      '--dry-run',
      '--import',
      'v-import',
      '--sheet',
      'v-sheet',
      '--no-notify',
      '--notify-refusal',
    ],
    [],
    {
      session: 'v-session',
      member: 'v-member',
      receivedAt: 'v-receivedAt',
      force: true,
      reason: 'v-reason',
      waitlist: false,
      dryRun: true,
      import: 'v-import',
      sheet: 'v-sheet',
      notify: false,
      notifyRefusal: true,
    },
  ],
  [
    ['cancel', '--session', 'v-session', '--member', 'v-member', '--force', '--reason', 'v-reason', '--no-notify', '--yes'],
    [],
    { session: 'v-session', member: 'v-member', force: true, reason: 'v-reason', notify: false, yes: true },
  ],
  [
    ['promote', '--session', 'v-session', '--member', 'v-member', '--force', '--reason', 'v-reason', '--no-notify'],
    [],
    { session: 'v-session', member: 'v-member', force: true, reason: 'v-reason', notify: false },
  ],
  [['log', '--session', 'v-session'], [], { session: 'v-session' }],
  [
    [
      'attendance',
      'session-1',
      '--present',
      'a',
      '--present',
      'b',
      '--absent',
      'a',
      '--absent',
      'b',
      '--add-walk-in',
      '--import',
      'v-import',
      '--sheet',
      'v-sheet',
      '--format',
      'v-format',
      '--min-minutes',
      'v-minMinutes',
      '--min-percent',
      'v-minPercent',
      '--only-present',
      '--dry-run',
    ],
    ['session-1'],
    {
      present: ['a', 'b'],
      absent: ['a', 'b'],
      addWalkIn: true,
      import: 'v-import',
      sheet: 'v-sheet',
      format: 'v-format',
      minMinutes: 'v-minMinutes',
      minPercent: 'v-minPercent',
      onlyPresent: true,
      dryRun: true,
    },
  ],
  [['eligibility', 'ref-1', '--rule', 'v-rule', '--rules'], ['ref-1'], { rule: 'v-rule', rules: true }],
  [['mail', 'plan', '--session', 'v-session', '--convocation-days', 'v-convocationDays'], [], { session: 'v-session', convocationDays: 'v-convocationDays' }],
  [['mail', 'preview', '--output', 'v-output', '--session', 'v-session'], [], { output: 'v-output', session: 'v-session' }],
  [['mail', 'send', '--session', 'v-session', '--yes', '--test-to', 'v-testTo'], [], { session: 'v-session', yes: true, testTo: 'v-testTo' }],
  [['mail', 'log', '--member', 'v-member', '--session', 'v-session'], [], { member: 'v-member', session: 'v-session' }],
  [['mail', 'retry', '--failed', '--unknown', '--session', 'v-session', '--yes'], [], { failed: true, unknown: true, session: 'v-session', yes: true }],
  [['backup', 'list'], [], {}],
  [['backup', 'restore', 'which-1', '--yes'], ['which-1'], { yes: true }],
  [['doctor'], [], {}],
  [['retention', '--before', 'v-before', '--dry-run', '--yes'], [], { before: 'v-before', dryRun: true, yes: true }],
  [
    ['doc', 'attendance-sheet', '--session', 'v-session', '--output', 'v-output', '--blank-rows', 'v-blankRows', '--with-connections', '--yes'],
    [],
    { session: 'v-session', output: 'v-output', blankRows: 'v-blankRows', withConnections: true, yes: true },
  ],
  [
    ['doc', 'certificate', '--session', 'v-session', '--member', 'v-member', '--output', 'v-output', '--hours', 'v-hours', '--yes'],
    [],
    { session: 'v-session', member: 'v-member', output: 'v-output', hours: 'v-hours', yes: true },
  ],
  [['config', 'list', '--all'], [], { all: true }],
  [['config', 'get', 'key-1'], ['key-1'], {}],
  [['config', 'set', 'key-1', 'value-1'], ['key-1', 'value-1'], {}],
  [['config', 'unset', 'key-1'], ['key-1'], {}],
  [
    ['report', '--year', 'v-year', '--session', 'v-session', '--format', 'json', '--output', 'v-output', '--yes'],
    [],
    { year: 'v-year', session: 'v-session', format: 'json', output: 'v-output', yes: true },
  ],
];

/** Forms a person types: defaults, comma lists kept whole (the command splits them), a repeated role. */
const TYPICAL: Array<[string[], string[], Record<string, unknown>]> = [
  [['sessions'], [], {}],
  [['export', 'members'], ['members'], {}],
  [['export', 'members', '--format', 'xlsx', '--output', 'm.xlsx'], ['members'], { format: 'xlsx', output: 'm.xlsx' }],
  [['export', 'registrations', '--excel', '--session', 'cooperer-leader-n1-2018'], ['registrations'], { excel: true, session: 'cooperer-leader-n1-2018' }],
  [['report', '--year', '2018', '--output', 'r.html'], [], { format: 'html', year: '2018', output: 'r.html' }],
  [
    ['register', '--session', 'cooperer-leader-n1-2018', '--member', 'Anne Arnaud', '--received-at', '07/02/2018 23:59'],
    [],
    { session: 'cooperer-leader-n1-2018', member: 'Anne Arnaud', receivedAt: '07/02/2018 23:59', waitlist: true },
  ],
  [['register', '--import', 'inscriptions.csv', '--notify'], [], { import: 'inscriptions.csv', notify: true, waitlist: true }],
  [['member', 'add', '--first', 'Véronique', '--last', 'Bernard', '--role', 'agent,coprog', '--role', 'other'], [], { first: 'Véronique', last: 'Bernard', role: ['agent,coprog', 'other'] }],
  [
    ['attendance', 'cooperer-leader-n1-2018', '--present', 'anne arnaud,bruno.blanc@gal-drome.fr', '--absent', 'Chloé Chabert'],
    ['cooperer-leader-n1-2018'],
    { present: ['anne arnaud,bruno.blanc@gal-drome.fr'], absent: ['Chloé Chabert'] },
  ],
  [['eligibility', 'Véronique Bernard'], ['Véronique Bernard'], {}],
  [['eligibility'], [undefined as never], {}],
  [['membership', 'pay', 'GAL Vallée de la Drôme', '--year', '2018', '--on', '15/01/2018', '--amount', '120'], ['GAL Vallée de la Drôme'], { year: '2018', on: '15/01/2018', amount: '120' }],
  [['cancel', '--session', 's', '--member', 'm'], [], { session: 's', member: 'm', notify: true }],
  [['config', 'set', 'provider.name', 'Cap Rural'], ['provider.name', 'Cap Rural'], {}],
];

describe('argv -> options, for every command of the table', () => {
  it('every command has a case, and every case names a command', () => {
    const covered = new Set(
      EVERY_OPTION.map(
        ([argv]) =>
          COMMANDS.find(
            (c) => argv.join(' ').startsWith(c.name) && c.name.split(' ').length === argv.slice(0, c.name.split(' ').length).length && argv.slice(0, c.name.split(' ').length).join(' ') === c.name,
          )?.name,
      ),
    );
    expect(COMMANDS.map((c) => c.name).filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(EVERY_OPTION)('%j', async (argv, args, options) => {
    const parsed = await parse(argv);
    const name = COMMANDS.map((c) => c.name).find((n) => argv.slice(0, n.split(' ').length).join(' ') === n);
    expect(parsed).toEqual({ command: name, args, options: { ...defaultsOf(name!), ...options } });
  });

  it.each(TYPICAL)('%j', async (argv, args, options) => {
    const parsed = await parse(argv);
    expect({ args: parsed.args, options: parsed.options }).toEqual({ args, options });
  });

  it('an option the table does not declare is a usage error (exit 2)', async () => {
    const r = await runCli(['sessions', '--colour'], { store: '/nonexistent/store.json' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--colour'/);
  });
});

/** Help text with its line wrapping undone. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** What commander sets without a flag: declared defaults, and true for a `--no-` option. */
function defaultsOf(name: string): Record<string, unknown> {
  const spec = COMMANDS.find((c) => c.name === name)!;
  const out: Record<string, unknown> = {};
  for (const [key, o] of Object.entries(spec.options)) {
    if (o.default !== undefined) out[key] = o.default;
    if (o.kind === 'negated') out[key] = true;
  }
  return out;
}

describe('help from src/i18n, in French and English', () => {
  const keys = new Set<HelpKey>([...COMMANDS.flatMap((c) => [c.help, ...Object.values(c.options).flatMap((o) => (o.negatedHelp ? [o.help, o.negatedHelp] : [o.help]))]), ...Object.values(GROUPS)]);
  // Words that are the same in both languages.
  const SAME = new Set(['cotisations']);

  it.each([...keys])('%s has a French text that is not the English one', (key) => {
    expect(helpEn[key]?.trim()).toBeTruthy();
    expect(helpFr[key]?.trim()).toBeTruthy();
    if (!SAME.has(helpEn[key])) expect(helpFr[key]).not.toBe(helpEn[key]);
  });

  it.each(COMMANDS.map((c) => c.name))('caprural %s --help, in French', async (name) => {
    const spec = COMMANDS.find((c) => c.name === name)!;
    const r = await runCli([...name.split(' '), '--help'], { store: '/nonexistent/store.json', lang: 'fr' });
    expect(r.code).toBe(0);
    const shown = oneLine(r.stdout);
    expect(shown).toContain('Utilisation : caprural');
    expect(shown).toContain(oneLine(helpFr[spec.help]));
    for (const o of Object.values(spec.options)) expect(shown).toContain(oneLine(helpFr[o.help]));
    expect(shown).toContain("affiche l'aide de la commande");
    expect(shown).not.toMatch(/Usage:|Options:|display help/);
  });

  it('the top-level help in French lists every group and command in French', async () => {
    const r = await runCli(['--help'], { store: '/nonexistent/store.json', lang: 'fr' });
    const shown = oneLine(r.stdout);
    expect(shown).toContain('Commandes :');
    for (const key of Object.values(GROUPS)) expect(shown).toContain(oneLine(helpFr[key]));
    for (const c of COMMANDS.filter((c) => !c.name.includes(' '))) expect(shown).toContain(oneLine(helpFr[c.help]));
    expect(shown).toContain(oneLine(helpFr.optStore));
  });
});

/** `session add` -> `sessionAddCommand`, `doc attendance-sheet` -> `docAttendanceSheetCommand`. */
const handlerName = (name: string) => `${name.replace(/[ -]([a-z])/g, (_, c: string) => c.toUpperCase())}Command`;

describe('one file per command, named after it (docs/architecture.md)', () => {
  const table = readFileSync('src/cli/commands.ts', 'utf8');
  const loaded = [...table.matchAll(/import\('\.\/(\w+)'\)\)\.(\w+)/g)].map((m) => [m[1], m[2]]);

  it('each entry of the table loads src/cli/<words>Command.ts and its export of the same name', () => {
    expect(loaded).toEqual(COMMANDS.map((c) => [handlerName(c.name), handlerName(c.name)]));
  });

  it.each(COMMANDS.map((c) => handlerName(c.name)))('src/cli/%s.ts exports that handler and nothing else', (file) => {
    const exported = [...readFileSync(`src/cli/${file}.ts`, 'utf8').matchAll(/^export (?:async )?(?:function|const|let|class|interface|type) (\w+)/gm)].map((m) => m[1]);
    expect(exported).toEqual([file]);
  });

  it('every src/cli/*Command.ts is an entry of the table', () => {
    const files = readdirSync('src/cli')
      .filter((f) => f.endsWith('Command.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(COMMANDS.map((c) => handlerName(c.name)).sort());
  });

  it('help keys say what they are (no numbered optYear2, optSession3…)', () => {
    expect(Object.keys(helpEn).filter((k) => /\d$/.test(k))).toEqual([]);
  });
});
