// Long output at a terminal goes through a pager (issue 15, item 4): less -FRX unless PAGER says
// otherwise, never to a pipe, never with --no-pager. The pager here is a real process: a tiny
// script that records what it was given.
import { describe, expect, it } from 'vitest';
import { pagerCommand, runPager, screenLines, wantsPager } from '../../src/cli/pager';
import { recordingPager } from '../helpers/recordingPager';
import { tempDir } from '../helpers/tempStore';

describe('which pager', () => {
  it('less -FRX by default; PAGER honoured with its arguments; an empty PAGER or cat: none', () => {
    expect(pagerCommand({})).toBe('less -FRX');
    expect(pagerCommand({ PAGER: 'more -d' })).toBe('more -d');
    expect(pagerCommand({ PAGER: '' })).toBeNull();
    expect(pagerCommand({ PAGER: ' cat ' })).toBeNull();
  });
});

describe('when to page', () => {
  const long = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n');
  const tty = { stdoutIsTTY: true, rows: 24, columns: 80, env: {} };

  it('only at a terminal, with paging on, when the text does not fit the screen', () => {
    expect(wantsPager(tty, true, long)).toBe(true);
    expect(wantsPager({ ...tty, stdoutIsTTY: false }, true, long)).toBe(false);
    expect(wantsPager(tty, false, long)).toBe(false);
    expect(wantsPager({ ...tty, rows: 40 }, true, long)).toBe(false);
    expect(wantsPager({ ...tty, env: { TERM: 'dumb' } }, true, long)).toBe(false);
    expect(wantsPager({ ...tty, env: { PAGER: '' } }, true, long)).toBe(false);
    // Height unknown: 24 lines assumed.
    expect(wantsPager({ ...tty, rows: undefined }, true, long)).toBe(true);
  });

  it('a line wider than the screen counts as the lines it wraps to; colours take no room', () => {
    expect(screenLines('a'.repeat(200), 80)).toBe(3);
    expect(screenLines(`\x1b[32m${'a'.repeat(80)}\x1b[39m\nb`, 80)).toBe(2);
  });
});

describe('runPager', () => {
  it('gives the whole text to the pager, which runs through the shell with its arguments', async () => {
    const pager = recordingPager();
    const text = `${'Véronique Bernard;vb@gex.fr\n'.repeat(5000)}fin\n`;
    expect(await runPager({ env: {} }, pager.command, text)).toEqual({ shown: true });
    expect(pager.got()).toBe(text);
  });

  it('holds Ctrl-C while the pager runs, and gives it back after', async () => {
    const pager = recordingPager();
    const events: string[] = [];
    await runPager({ env: {}, holdInterrupts: () => (events.push('held'), () => void events.push('released')) }, pager.command, 'x\n');
    expect(events).toEqual(['held', 'released']);
  });

  it('a pager that cannot run is reported, so the caller prints the text itself', async () => {
    const dir = tempDir();
    expect(await runPager({ env: { PATH: dir } }, 'no-such-pager-here -R', 'x\n')).toMatchObject({ shown: false });
  });

  it('a pager that quits before reading everything (q in less) is not an error', async () => {
    expect(await runPager({ env: {} }, `"${process.execPath}" -e "process.exit(0)"`, 'x\n'.repeat(200_000))).toEqual({ shown: true });
  });
});
