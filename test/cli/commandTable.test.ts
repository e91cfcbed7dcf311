import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, GROUPS } from '../../src/cli/commands';
import { commandWord, entriesFor } from '../../src/cli/program';
import { helpEn, helpFr, type HelpKey } from '../../src/i18n/help';
import { parseArgv, type Parsed } from '../helpers/parseArgv';
import { runCli } from '../helpers/runCli';

// The command table drives commander (src/cli/commands.ts). These tests read argv as the CLI does,
// with every handler replaced by one that records what it was given: the table's names, kinds,
// defaults and negations are what a handler receives. Every command of the table is covered by a
// command line derived from its entry (everyOption); TYPICAL adds forms a person types.

/**
 * Parses one command line with the real program, recording instead of running: built from the
 * whole table, and as `run` builds it, from the entries the line's first word names; both must
 * read it the same.
 */
async function parse(argv: string[]): Promise<Parsed> {
  const whole = await parseArgv(argv, 'en', COMMANDS);
  expect(await parseArgv(argv, 'en', entriesFor(commandWord(argv)))).toEqual(whole);
  return whole;
}

/**
 * A command line giving every argument and option of a table entry, and what its handler must
 * receive: `<arg>-1` for each argument, `v-<key>` for a value, a list given twice, a flag, the `--no-`
 * form of a negated or toggled option, and a choice other than the first and the default. Derived from the table,
 * so a new command is covered without editing this file.
 */
function everyOption(spec: (typeof COMMANDS)[number]): [string[], string[], Record<string, unknown>] {
  const args = spec.args.map((a) => `${a.name}-1`);
  const argv = [...spec.name.split(' '), ...args];
  const options: Record<string, unknown> = {};
  for (const [key, o] of Object.entries(spec.options)) {
    const flag = o.flags.split(/[ ,]/)[0]!;
    if (o.kind === 'value') {
      const value = o.choices ? o.choices.find((c, i) => i > 0 && c !== o.default)! : `v-${key}`;
      argv.push(flag, value);
      options[key] = value;
    } else if (o.kind === 'list') {
      argv.push(flag, 'a', flag, 'b');
      options[key] = ['a', 'b'];
    } else if (o.kind === 'flag') {
      argv.push(flag);
      options[key] = true;
    } else {
      argv.push(flag.replace(/^--(no-)?/, '--no-'));
      options[key] = false;
    }
  }
  return [argv, args, options];
}

/** argv, the arguments, the options of every command: each option given once (lists twice), so each is read as declared. */
const EVERY_OPTION = COMMANDS.map(everyOption);

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
  it.each(EVERY_OPTION)('%j', async (argv, args, options) => {
    const parsed = await parse(argv);
    const name = COMMANDS.map((c) => c.name).find((n) => argv.slice(0, n.split(' ').length).join(' ') === n);
    expect(parsed).toEqual({ command: name, args, options: { ...defaultsOf(name!), ...options } });
  });

  it.each(TYPICAL)('%j', async (argv, args, options) => {
    const parsed = await parse(argv);
    expect({ args: parsed.args, options: parsed.options }).toEqual({ args, options });
  });

  it('the entries built for a command line are those of its first word, in English or French, after the global options', () => {
    const names = (argv: string[]) => entriesFor(commandWord(argv)).map((c) => c.name);
    expect(names(['--store', 'x.json', '--json', 'sessions', '--year', '2018'])).toEqual(['sessions']);
    expect(names(['--lang', 'fr', 'inscrire', '--session', 's'])).toEqual(['register']);
    expect(names(['membre', 'ajouter'])).toEqual(COMMANDS.filter((c) => c.name.startsWith('member ')).map((c) => c.name));
    expect(names(['--store=x.json', 'member', 'add'])).toEqual(COMMANDS.filter((c) => c.name.startsWith('member ')).map((c) => c.name));
    // Nothing named, help, a typo: the whole table (commander lists or suggests among every command).
    for (const argv of [[], ['--json'], ['help', 'register'], ['registr'], ['--', 'sessions']]) expect(names(argv)).toEqual(COMMANDS.map((c) => c.name));
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
