import { mkdir, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { queuedMail } from '../app/mail';
import { UsageError } from '../errors';
import type { Context } from './context';
import { certificateAttachments } from './mailSending';

/** mail preview --output DIR: one .eml per queued message, as it would be sent. */
export async function mailPreviewCommand(ctx: Context, options: { output?: string; session?: string }): Promise<void> {
  if (!options.output) throw new UsageError('missingOption', { option: '--output' });
  const { composeEml, loadPreviewFrom } = await import('../mail/smtp');
  const from = await loadPreviewFrom(ctx.io.env);
  const entries = await queuedMail(ctx.deps, { session: options.session });
  const dir = resolve(options.output);
  const data = await ctx.deps.store.read();
  const files: string[] = [];
  const attachments = await certificateAttachments(ctx, entries);
  const there = await stat(dir).catch(() => null);
  if (there && !there.isDirectory()) throw new UsageError('outputNotFolder', { dir });
  try {
    // One folder made, in a folder that exists: a recursive mkdir spins for ever under /proc.
    if (entries.length > 0 && !there) await mkdir(dir, { mode: 0o700 });
    for (const entry of entries) {
      const replyTo = data.sessions.find((s) => s.id === entry.sessionId)?.contact?.email ?? null;
      const file = join(dir, `${entry.id}-${entry.kind}.eml`);
      const eml = await composeEml({ entry, replyTo, attachments: attachments.get(entry.id) }, from, ctx.deps.clock());
      // A file or link already there is not written through: the previews are new files.
      await writeFile(file, eml, { mode: 0o600, flag: 'wx' }).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
        await rm(file, { force: true });
        await writeFile(file, eml, { mode: 0o600, flag: 'wx' });
      });
      files.push(file);
    }
  } catch (error) {
    // Nothing half done: the previews of this run are removed again.
    await Promise.all(files.map((f) => rm(f, { force: true })));
    if (!there) await rmdir(dir).catch(() => undefined);
    throw new UsageError('outputFailed', { file: dir, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  if (ctx.json) return ctx.printJson(files);
  for (const file of files) ctx.out(file);
  ctx.note(ctx.t('mailPreviewWritten', { count: files.length, dir }));
}
