// Issue 15, item 2: French names for commands and export kinds, accepted in both languages, shown
// in the French help. Table-driven: every command is parsed under its English and its French
// names, with every option it declares, and must reach the same handler with the same values.
import { describe, expect, it } from 'vitest';
import type { CommandSpec } from '../../src/cli/commandTable';
import { COMMANDS, GROUP_ALIASES, GROUPS } from '../../src/cli/commands';
import { EXPORT_KIND_ALIASES, EXPORT_KINDS, exportKindOf } from '../../src/export/kindNames';
import { parseArgv } from '../helpers/parseArgv';
import { runCli } from '../helpers/runCli';
import { tempDeps } from '../helpers/tempStore';

const parse = parseArgv;

/** Every argument and every option of a command, each with a value made from its name (lists twice). */
function everything(spec: CommandSpec): string[] {
  const argv = spec.args.map((a) => `arg-${a.name}`);
  for (const [key, o] of Object.entries(spec.options)) {
    const flag = o.flags.split(' ')[0]!;
    if (o.kind === 'value') argv.push(flag, o.choices?.[0] ?? `v-${key}`);
    else if (o.kind === 'list') argv.push(flag, `a-${key}`, flag, `b-${key}`);
    else argv.push(flag);
  }
  return argv;
}

/** The ways of naming a command: every French name of its group, crossed with every name of its last word. */
function namings(spec: CommandSpec): string[][] {
  const words = spec.name.split(' ');
  const last = [words.at(-1)!, ...(spec.aliases ?? [])];
  if (words.length === 1) return last.map((w) => [w]);
  const group = words[0] as keyof typeof GROUPS;
  return [group, ...GROUP_ALIASES[group]].flatMap((g) => last.map((w) => [g, w]));
}

const WITH_ALIASES = COMMANDS.filter((c) => (c.aliases ?? []).length > 0);

describe('French names of the commands', () => {
  it('every command has one, except info and completion (the same words in French)', () => {
    expect(COMMANDS.filter((c) => !c.aliases?.length).map((c) => c.name)).toEqual(['info', 'completion']);
    expect(Object.keys(GROUP_ALIASES).sort()).toEqual(Object.keys(GROUPS).sort());
  });

  it('no name is taken twice among the commands of one level (English or French)', () => {
    const levels = new Map<string, string[]>();
    const add = (level: string, names: readonly string[]) => levels.set(level, [...(levels.get(level) ?? []), ...names]);
    for (const [group, aliases] of Object.entries(GROUP_ALIASES)) add('', [group, ...aliases]);
    for (const c of COMMANDS) {
      const words = c.name.split(' ');
      add(words.length === 1 ? '' : words[0]!, [words.at(-1)!, ...(c.aliases ?? [])]);
    }
    for (const [level, names] of levels) expect({ level, duplicates: names.filter((n, i) => names.indexOf(n) !== i) }).toEqual({ level, duplicates: [] });
  });

  it.each(WITH_ALIASES.map((c) => [c.name, c] as const))('%s: every naming reaches the same handler with the same arguments and options', async (_name, spec) => {
    const english = await parse([...spec.name.split(' '), ...everything(spec)]);
    expect(english.command).toBe(spec.name);
    for (const words of namings(spec)) {
      for (const lang of ['en', 'fr'] as const) expect({ words, lang, parsed: await parse([...words, ...everything(spec)], lang) }).toEqual({ words, lang, parsed: english });
    }
  });

  it('the French help shows the French name first; the English help the English one alone', async () => {
    const fr = await runCli(['--help'], { store: '/nonexistent/store.json', lang: 'fr' });
    expect(fr.stdout).toMatch(/^ {2}inscrire\|register \[options\]/m);
    expect(fr.stdout).toMatch(/^ {2}presences\|attendance \[options\] \[session\]/m);
    expect(fr.stdout).toMatch(/^ {2}seance\|session /m);
    const en = await runCli(['--help'], { store: '/nonexistent/store.json', lang: 'en' });
    expect(en.stdout).toMatch(/^ {2}register \[options\]/m);
    expect(en.stdout).not.toMatch(/inscrire|presences|seance/);
    const group = await runCli(['seance', '--help'], { store: '/nonexistent/store.json', lang: 'fr' });
    expect(group.stdout).toContain('Utilisation : caprural seance|session');
    expect(group.stdout).toMatch(/^ {2}afficher\|show \[id\]/m);
    const one = await runCli(['seance', 'afficher', '--help'], { store: '/nonexistent/store.json', lang: 'fr' });
    expect(one.stdout).toContain('Utilisation : caprural seance afficher|show [options] [id]');
  });

  it('a French name runs the command, in English too', async () => {
    const { path: store } = await tempDeps();
    const fr = await runCli(['eligibilite', '--rules', '--json'], { store, lang: 'en' });
    const en = await runCli(['eligibility', '--rules', '--json'], { store, lang: 'en' });
    expect(fr.code).toBe(0);
    expect(fr.stdout).toBe(en.stdout);
    const shown = await runCli(['seance', 'afficher', 'cooperer-leader-n1-2018'], { store, lang: 'fr' });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('cooperer-leader-n1-2018');
  });
});

describe('French names of the export kinds', () => {
  it.each([
    ['inscriptions', 'registrations'],
    ['presents', 'attendees'],
    ['présents', 'attendees'],
    ['liste-attente', 'waitlist'],
    ['membres', 'members'],
    ['eligibles', 'eligible'],
    ['Éligibles', 'eligible'],
    ['sessions', 'sessions'],
    ['emargement', 'attendance-sheet'],
    ['émargement', 'attendance-sheet'],
    ['registrations', 'registrations'],
    ['nope', undefined],
    ['', undefined],
  ])('%s -> %s', (typed, kind) => {
    expect(exportKindOf(typed)).toBe(kind);
  });

  it('every kind has a French name (sessions is one already), none shared', () => {
    const names = EXPORT_KINDS.flatMap((k) => [k, ...EXPORT_KIND_ALIASES[k]]);
    expect(new Set(names).size).toBe(names.length);
    expect(EXPORT_KINDS.filter((k) => EXPORT_KIND_ALIASES[k].length === 0)).toEqual(['sessions']);
  });

  it.each(EXPORT_KINDS.filter((k) => EXPORT_KIND_ALIASES[k].length > 0).map((k) => [EXPORT_KIND_ALIASES[k][0]!, k] as const))('export %s writes what export %s writes', async (french, english) => {
    const { path: store } = await tempDeps();
    const args = english === 'attendance-sheet' ? ['--session', 'cooperer-leader-n1-2018'] : [];
    const a = await runCli(['export', french, ...args, '--format', 'json'], { store, lang: 'fr' });
    const b = await runCli(['export', english, ...args, '--format', 'json'], { store, lang: 'fr' });
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('the French help of export names the kinds in French', async () => {
    const r = await runCli(['exporter', '--help'], { store: '/nonexistent/store.json', lang: 'fr' });
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('inscriptions, presents, liste-attente, membres, eligibles, sessions, emargement');
  });

  it('an unknown kind lists the kinds in the user language, and suggests from both', async () => {
    const { path: store } = await tempDeps();
    const fr = await runCli(['export', 'inscriptons'], { store, lang: 'fr' });
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('inscriptions');
    expect(fr.stderr).toContain('Exports : inscriptions, presents, liste-attente, membres, eligibles, sessions, emargement.');
    const en = await runCli(['export', 'nothing-like-it'], { store, lang: 'en' });
    expect(en.stderr).toContain('Exports: registrations, attendees, waitlist, members, eligible, sessions, attendance-sheet.');
  });
});
