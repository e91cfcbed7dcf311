// Issue 15, item 7: `caprural completion bash|zsh|fish`. What is offered comes from the command
// table (src/cli/completeWords.ts, pure: one line per case); the shell asks `caprural complete --
// <words>` (answered in-process here, and by a real bash through the generated script).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands';
import { completeWords, FILES_TOO, NO_FILES } from '../../src/cli/completeWords';
import { completionScript } from '../../src/cli/completionScripts';
import { run } from '../../src/cli/program';
import { runCli } from '../helpers/runCli';
import { BIN, spawnCliSync } from '../helpers/spawnCli';
import { tempDeps, tempDir } from '../helpers/tempStore';

const SESSIONS = [
  { id: 'cooperer-leader-n1-2018', title: 'amorcer les dynamiques de coopération', year: 2018 },
  { id: 'cooperer-leader-n1-2017', title: 'amorcer les dynamiques de coopération', year: 2017 },
];
const values = (words: string[], lang: 'fr' | 'en' = 'en') => completeWords(words, lang, SESSIONS).candidates.map((c) => c.value);

describe('what a Tab offers (from the command table)', () => {
  it.each<[string[], 'fr' | 'en', string[]]>([
    [['reg'], 'en', ['register']],
    [['ins'], 'fr', ['inscrire']],
    // The other language's name when the user's has none starting so.
    [['reg'], 'fr', ['reglages']],
    [['regi'], 'fr', ['register']],
    [['pres'], 'en', ['presences']],
    [['pré'], 'en', ['présences']],
    [['session', ''], 'en', ['show', 'add', 'edit', 'cancel']],
    [['seance', ''], 'fr', ['afficher', 'ajouter', 'modifier', 'annuler']],
    [['session', 'afficher', 'cooperer-leader-n1-2018'], 'en', ['cooperer-leader-n1-2018']],
    [['session', 'show', ''], 'en', ['cooperer-leader-n1-2018', 'cooperer-leader-n1-2017']],
    [['register', '--session', 'c'], 'en', ['cooperer-leader-n1-2018', 'cooperer-leader-n1-2017']],
    [['--store', 's.json', 'attendance', 'cooperer-leader-n1-2017', '--pre'], 'en', ['--present']],
    [['attendance', 'x', '--present', 'a', '--pres'], 'en', ['--present']],
    [['register', '--dry-run', '--dry'], 'en', []],
    [['register', '--no'], 'en', ['--no-waitlist', '--notify', '--no-notify', '--notify-refusal', '--no-input', '--no-color', '--no-pager']],
    [['export', ''], 'en', ['registrations', 'attendees', 'waitlist', 'members', 'eligible', 'sessions', 'attendance-sheet']],
    [['export', ''], 'fr', ['inscriptions', 'presents', 'liste-attente', 'membres', 'eligibles', 'sessions', 'emargement']],
    [['exporter', 'em'], 'fr', ['emargement']],
    [['export', 'registrations', '--format', ''], 'en', ['csv', 'json', 'xlsx']],
    [['--lang', ''], 'en', ['fr', 'en']],
    [['member', 'add', '--role', ''], 'en', ['agent', 'coprog', 'coop-group', 'other']],
    [['config', 'set', 'smtp.u'], 'en', ['smtp.url']],
    [['completion', ''], 'en', ['bash', 'zsh', 'fish']],
    [['--v'], 'en', ['--version']],
    [['help', 'sess'], 'en', ['sessions', 'session']],
    [['help', 'session', 'sh'], 'en', ['show']],
    [['nope', ''], 'en', []],
    [['member', 'add', '--first', ''], 'en', []],
    [['register', '--session=c'], 'en', []],
  ])('%j (%s) -> %j', (words, lang, expected) => {
    expect(values(words, lang)).toEqual(expected);
  });

  it('file names for the values that are files, nothing else elsewhere', () => {
    expect(completeWords(['register', '--import', ''], 'en').directive).toBe(FILES_TOO);
    expect(completeWords(['member', 'import', ''], 'en').directive).toBe(FILES_TOO);
    expect(completeWords(['--store', ''], 'en').directive).toBe(FILES_TOO);
    expect(completeWords(['register', '--session', ''], 'en').directive).toBe(NO_FILES);
    expect(completeWords([''], 'en').directive).toBe(NO_FILES);
  });

  it('offers every top-level command and group of the table, and each one is described', () => {
    const offered = completeWords([''], 'en').candidates;
    const expected = [...new Set(COMMANDS.map((c) => c.name.split(' ')[0]!))];
    expect(offered.map((c) => c.value)).toEqual(expected);
    for (const c of offered) expect(c.description).toMatch(/^[^\t\n]{3,70}$/);
  });

  it('offers every option of every command', () => {
    for (const spec of COMMANDS) {
      const words = [...spec.name.split(' '), '--'];
      const offered = new Set(values(words.slice(0, -1).concat('--')));
      for (const o of Object.values(spec.options)) expect({ command: spec.name, has: offered.has(o.flags.split(' ')[0]!) }).toEqual({ command: spec.name, has: true });
    }
  });

  it('a session id a shell could interpret is never offered; a title is one escaped line', () => {
    const hostile = [
      { id: 'ok-2018', title: 'a\u001b]52;c;SGVsbG8=\u0007b\tc\nd', year: 2018 },
      { id: 'x;rm -rf ~', title: 't', year: 2018 },
      { id: '$(touch pwned)', title: 't', year: 2018 },
    ];
    const answer = completeWords(['session', 'show', ''], 'en', hostile);
    expect(answer.candidates.map((c) => c.value)).toEqual(['ok-2018']);
    expect(answer.candidates[0]!.description).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(answer.candidates[0]!.description).toContain('\\e]52');
  });
});

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function request(words: string[], env: Record<string, string>) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await run({ argv: ['complete', '--', ...words], env, stdout, stderr, stdin: new PassThrough(), isTTY: false, user: 'tester', clock: () => new Date('2018-02-01T10:00:00.000Z') });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('caprural complete -- <words> (what the scripts ask)', () => {
  it('lists the session ids of the store named on the line, value<TAB>description, then the directive', async () => {
    const { path: store } = await tempDeps();
    const r = await request(['--store', store, 'register', '--session', 'cooperer-leader-n1-'], {});
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('cooperer-leader-n1-2018\t2018 · amorcer les dynamiques de coopération\ncooperer-leader-n1-2017\t2017 · amorcer les dynamiques de coopération\n:4\n');
  });

  it('in French when the locale is, or --lang fr on the line', async () => {
    const { path: store } = await tempDeps();
    const r = await request(['exporter', ''], { CAPRURAL_STORE: store, LANG: 'fr_FR.UTF-8' });
    expect(r.stdout.split('\n')[0]).toBe('inscriptions\tregistrations');
    expect((await request(['--lang', 'fr', 'export', ''], { CAPRURAL_STORE: store })).stdout.split('\n')[0]).toBe('inscriptions\tregistrations');
    expect((await request(['--lang=en', 'export', ''], { CAPRURAL_STORE: store, LANG: 'fr_FR.UTF-8' })).stdout.split('\n')[0]).toBe('registrations\tinscriptions');
  });

  it('never creates, locks or changes a store; a missing or broken one offers no id, silently', async () => {
    const dir = tempDir();
    const missing = await request(['session', 'show', ''], { XDG_DATA_HOME: dir });
    expect(missing).toEqual({ code: 0, stdout: ':4\n', stderr: '' });
    expect(readdirSync(dir)).toEqual([]);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"schemaVersion": 99}');
    const r = await request(['--store', broken, 'session', 'show', ''], {});
    expect(r).toEqual({ code: 0, stdout: ':4\n', stderr: '' });
    expect(readdirSync(dir)).toEqual(['broken.json']);
  });
});

describe('the session ids kept for the next Tab', () => {
  it('are read from the cache while the store is the same version, from the store once it changes; a tampered cache is still filtered', async () => {
    const { path: store } = await tempDeps();
    const cache = tempDir();
    const env = { XDG_CACHE_HOME: cache, CAPRURAL_STORE: store };
    const first = await request(['session', 'show', 'cooperer-leader-n1'], env);
    expect(
      first.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]),
    ).toEqual(['cooperer-leader-n1-2018', 'cooperer-leader-n1-2017', ':4']);
    const file = join(cache, 'caprural', 'completion-sessions.json');
    const kept = JSON.parse(readFileSync(file, 'utf8'));
    expect(kept.path).toBe(store);
    // The same version of the store: the cache answers (here, tampered with: hostile ids are still never offered).
    kept.sessions = [
      { id: 'cooperer-leader-n1-cached', title: 't', year: 2030 },
      { id: 'cooperer-leader-n1;reboot', title: 't', year: 2030 },
    ];
    writeFileSync(file, JSON.stringify(kept));
    expect((await request(['session', 'show', 'cooperer-leader-n1'], env)).stdout).toBe('cooperer-leader-n1-cached\t2030 · t\n:4\n');
    // A change to the store: read again.
    expect((await runCli(['session', 'add', '--course', 'cooperer-leader-n1', '--year', '2019', '--starts', '2019-03-01T10:00'], { store })).code).toBe(0);
    const after = await request(['session', 'show', 'cooperer-leader-n1'], env);
    expect(after.stdout).toMatch(/^cooperer-leader-n1-2019\t/);
    expect(after.stdout).not.toContain('cached');
  });

  it('a FIFO in place of the kept ids is not read (it would hang the Tab): the store answers', async () => {
    const { path: store } = await tempDeps();
    const cache = tempDir();
    mkdirSync(join(cache, 'caprural'));
    execFileSync('mkfifo', [join(cache, 'caprural', 'completion-sessions.json')]);
    // In a process of its own, with a time limit: a blocked read would freeze this one.
    const run = spawnCliSync(['complete', '--', 'session', 'show', 'cooperer-leader-n1'], { XDG_CACHE_HOME: cache, CAPRURAL_STORE: store });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^cooperer-leader-n1-2018\t/);
  });

  it('are not read when no session id is wanted', async () => {
    const cache = tempDir();
    const { path: store } = await tempDeps();
    await request(['reg'], { XDG_CACHE_HOME: cache, CAPRURAL_STORE: store });
    expect(readdirSync(cache)).toEqual([]);
  });
});

describe('caprural completion <shell>', () => {
  it.each(['bash', 'zsh', 'fish'] as const)('%s: a script asking caprural complete -- at each Tab', async (shell) => {
    const r = await runCli(['completion', shell], { store: '/nonexistent/store.json' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(completionScript(shell));
    expect(r.stdout).toContain('caprural complete --');
    const registration = { bash: 'complete -o default -F __caprural_complete caprural', zsh: 'compdef _caprural caprural', fish: 'complete -c caprural' }[shell];
    expect(r.stdout).toContain(registration);
  });

  it('bash: the script parses', () => {
    const r = spawnSync('bash', ['-n'], { input: completionScript('bash'), encoding: 'utf8' });
    expect(r.status).toBe(0);
  });

  it('an unknown shell is a usage error naming the ones there are', async () => {
    const r = await runCli(['completion', 'tcsh'], { store: '/nonexistent/store.json', lang: 'fr' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Pas de complétion pour le shell « tcsh ». Shells : bash, zsh, fish.');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('in a real bash, as at a terminal', () => {
  /** Loads the script printed by the built caprural in bash, sets the words as bash would, and presses Tab. */
  function tab(line: string[], env: Record<string, string> = {}): string[] {
    const dir = tempDir();
    // `caprural` on PATH, as after npm link.
    writeFileSync(join(dir, 'caprural'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(dir, 'caprural'), 0o755);
    const script = [
      'source <(caprural completion bash)',
      `COMP_WORDS=(${line.map((w) => `'${w}'`).join(' ')})`,
      `COMP_CWORD=${line.length - 1}`,
      `COMP_LINE='${line.join(' ')}'`,
      'COMP_POINT=${#COMP_LINE}',
      '__caprural_complete 2>/dev/null',
      'printf "%s\\n" "${COMPREPLY[@]}"',
    ].join('\n');
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], {
      encoding: 'utf8',
      env: { PATH: `${dir}:${process.env.PATH}`, HOME: dir, XDG_CACHE_HOME: join(dir, 'cache'), XDG_DATA_HOME: join(dir, 'data'), LANG: 'C', ...env },
      timeout: 20_000,
    });
    expect(r.status).toBe(0);
    return r.stdout.split('\n').filter(Boolean);
  }

  it('completes commands, sub-commands, options, session ids and export kinds', async () => {
    const { path: store } = await tempDeps();
    expect(tab(['caprural', 'reg'])).toEqual(['register']);
    expect(tab(['caprural', 'session', ''])).toEqual(['show', 'add', 'edit', 'cancel']);
    expect(tab(['caprural', 'register', '--rec'])).toEqual(['--received-at']);
    expect(tab(['caprural', 'register', '--session', 'cooperer-leader-n1'], { CAPRURAL_STORE: store })).toEqual(['cooperer-leader-n1-2018', 'cooperer-leader-n1-2017']);
    expect(tab(['caprural', 'export', 'att'])).toEqual(['attendees', 'attendance-sheet']);
    expect(tab(['caprural', 'exporter', 'em'], { LANG: 'fr_FR.UTF-8' })).toEqual(['emargement']);
  });
});
