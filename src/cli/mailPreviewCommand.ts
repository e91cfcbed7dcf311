import { mkdir, writeFile } from 'node:fs/promises';
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
  if (entries.length > 0) await mkdir(dir, { recursive: true, mode: 0o700 });
  const attachments = await certificateAttachments(ctx, entries);
  for (const entry of entries) {
    const replyTo = data.sessions.find((s) => s.id === entry.sessionId)?.contact?.email ?? null;
    const file = join(dir, `${entry.id}-${entry.kind}.eml`);
    await writeFile(file, await composeEml({ entry, replyTo, attachments: attachments.get(entry.id) }, from, ctx.deps.clock()), { mode: 0o600 });
    files.push(file);
  }
  if (ctx.json) return ctx.printJson(files);
  for (const file of files) ctx.out(file);
  ctx.note(ctx.t('mailPreviewWritten', { count: files.length, dir }));
}
