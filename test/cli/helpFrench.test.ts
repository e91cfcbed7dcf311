// The help in French, all of it (issue 15, items 1 and 7): every command of the table and every
// group, walked; no English left (commander's own words, our texts, the examples), examples in
// every command's help in both languages, `help member add`, `-v`.
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { COMMANDS, GROUPS } from '../../src/cli/commands';
import { EXAMPLES } from '../../src/i18n/examples';
import { helpEn, helpFr, type HelpKey } from '../../src/i18n/help';
import { displayWidth } from '../../src/i18n/wrap';
import { runCli } from '../helpers/runCli';
import { spawnCliSync } from '../helpers/spawnCli';

const NO_STORE = { store: '/nonexistent/store.json' };
const help = (argv: string[], lang: 'fr' | 'en') => runCli([...argv, '--help'], { ...NO_STORE, lang });

/** English that must not be left in a French help: commander's words, and the small words of an English sentence. */
const COMMANDER_ENGLISH = /Usage:|Options:|Arguments:|Commands:|Examples:|Global Options:|\[command\]|choices:|default:|display help|output the version/;
const ENGLISH_WORDS = /(?<!\p{L})(the|of|and|with|from|to|for|when|only|every|this|each|is|are|by|not|be|it|its|at|into|without)(?!\p{L})/iu;

/** A help text with what is not a sentence taken out: options, `code`, "quoted", $VARIABLES, file names, ids, kinds. */
const sentenceOf = (text: string) =>
  text
    .replace(/colonnes : [^)]*/g, ' ')
    .replace(/--?[\w-]+( <[^>]+>)?/g, ' ')
    .replace(/`[^`]*`|"[^"]*"|«[^»]*»|\$\w+/g, ' ')
    .replace(/\b[\w-]+\.(xlsx|csv|pdf|html|ics|eml|json)\b/gi, ' ')
    .replace(/\b(registrations|attendees|waitlist|members|eligible|sessions|attendance-sheet|agent|coprog|coop-group|other|webconference|in-person|announced|scheduled|held|cancelled)\b/g, ' ');

describe('French help, walked over the command table', () => {
  const keys = Object.keys(helpFr) as HelpKey[];

  it.each(keys.filter((k) => !k.startsWith('usage')))('help text %s in French has no English sentence in it', (key) => {
    expect(sentenceOf(helpFr[key])).not.toMatch(ENGLISH_WORDS);
  });

  const names = [...COMMANDS.map((c) => c.name), ...Object.keys(GROUPS), ''];
  it.each(names)('caprural %s --help: French throughout, examples within 80 columns', async (name) => {
    const r = await help(name ? name.split(' ') : [], 'fr');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Utilisation : caprural');
    expect(r.stdout).not.toMatch(COMMANDER_ENGLISH);
    expect(r.stdout).not.toMatch(/<(file|name|kind|ref|when|text|year)>/);
    if (name in GROUPS) return;
    const examples = r.stdout.slice(r.stdout.indexOf('Exemples :'));
    expect(r.stdout).toContain('Exemples :');
    expect(examples).toMatch(/^ {2}# \S/m);
    for (const line of examples.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    // The English help has the same command lines, with English descriptions.
    const english = await help(name ? name.split(' ') : [], 'en');
    expect(english.stdout).toContain('Examples:');
    const commandLines = (text: string) => text.split('\n').filter((line) => /^ {2}(caprural| {4})/.test(line));
    expect(commandLines(english.stdout.slice(english.stdout.indexOf('Examples:')))).toEqual(commandLines(examples));
  });
});

describe('examples: one table, every command, both languages', () => {
  it('every command of the table has examples; none is left for a command that does not exist', () => {
    expect(COMMANDS.map((c) => c.name).filter((name) => !EXAMPLES[name]?.length)).toEqual([]);
    expect(Object.keys(EXAMPLES).filter((name) => name !== '' && !COMMANDS.some((c) => c.name === name))).toEqual([]);
  });

  it.each(Object.entries(EXAMPLES).filter(([name]) => name !== ''))('%s: each example runs that command, described in English and in French', (name, examples) => {
    for (const [en, fr, line] of examples) {
      expect(line).toMatch(new RegExp(`^caprural (--store \\S+ )?${name}( |$)`, 'm'));
      expect(en.trim()).toBeTruthy();
      expect(fr.trim()).toBeTruthy();
      expect(fr).not.toBe(en);
      expect(fr).not.toMatch(ENGLISH_WORDS);
    }
  });
});

describe('help and version as in the best CLIs', () => {
  it.each([
    ['member', 'add'],
    ['mail', 'send'],
    ['doc', 'certificate'],
  ])('`caprural help %s %s` shows the help of that command, not of its group', async (group, command) => {
    for (const lang of ['fr', 'en'] as const) {
      const asked = await runCli(['help', group, command], { ...NO_STORE, lang });
      const direct = await help([group, command], lang);
      expect(asked.code).toBe(0);
      expect(asked.stdout).toBe(direct.stdout);
      expect(asked.stdout).toContain(`caprural ${group} ${command} `);
    }
  });

  it('`caprural help member` is the group, `caprural help` the program', async () => {
    expect((await runCli(['help', 'member'], { ...NO_STORE, lang: 'fr' })).stdout).toContain('Commandes :');
    expect((await runCli(['help'], { ...NO_STORE, lang: 'fr' })).stdout).toContain(helpFr.program.slice(0, 20));
  });

  it.each([['-v'], ['-V'], ['--version']])('%s prints the version (exit 0)', async (flag) => {
    const r = await runCli([flag], NO_STORE);
    expect(r).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('the binary answers -v and -V itself, and its ready-made help has the examples', () => {
    for (const flag of ['-v', '-V']) expect(spawnCliSync([flag])).toMatchObject({ code: 0, stdout: `${version}\n` });
    const french = spawnCliSync(['--help'], { LANG: 'fr_FR.UTF-8', LC_ALL: '', LC_MESSAGES: '' });
    expect(french.stdout).toContain('Exemples :\n  # ');
    expect(french.stdout).toContain('-v, --version');
  });

  it('the help says -v, in each language', async () => {
    expect((await help([], 'fr')).stdout).toMatch(/-v, --version +affiche le numéro de version/);
    expect((await help([], 'en')).stdout).toMatch(/-v, --version +output the version number/);
    expect(helpEn.optVersion).not.toBe(helpFr.optVersion);
  });
});
