import { mailLog } from '../app/mail';
import { ERASED_TEXT } from '../domain/outbox';
import { formatInstant, OFFICE_TIME_ZONE } from '../time';
import { personRef } from './arguments';
import type { Context } from './context';
import { formatTable } from './table';
import { kindText } from './mailPlanTable';

const when = (ctx: Context, iso: string | null) => (iso ? formatInstant(iso, OFFICE_TIME_ZONE, ctx.lang) : '');

/** mail log [--member REF] [--session ID]: every message and its state. */
export async function mailLogCommand(ctx: Context, options: { member?: string; session?: string }): Promise<void> {
  const entries = await mailLog(ctx.deps, { ...options, member: await personRef(ctx, options.member) });
  if (ctx.json) return ctx.printJson(entries);
  if (entries.length === 0) return ctx.out(ctx.t('mailLogEmpty'));
  await ctx.page(
    formatTable(
      ctx.t('headMailLog'),
      entries.map((e) => [
        when(ctx, e.queuedAt),
        when(ctx, e.sentAt),
        kindText(ctx, e),
        e.sessionId,
        erasedWord(ctx, e.to),
        ctx.t(`mailState_${e.state}`),
        String(e.tries),
        e.lastError ? `${erasedWord(ctx, e.subject)} — ${erasedWord(ctx, e.lastError)}` : erasedWord(ctx, e.subject),
      ]),
      {
        width: ctx.width,
        columns: [
          { shrink: 4, min: 10, cut: 'words' },
          { shrink: 4, min: 10, cut: 'words', drop: 2 },
          // The session id is typed in the next command: never cut.
          undefined,
          { shrink: 2, min: 12, cut: 'start', drop: 1 },
          { shrink: 3, min: 16 },
          { shrink: 2, min: 8 },
          { shrink: 4, min: 2, drop: 3 },
          { shrink: 5, min: 30, cut: 'title' },
        ],
      },
    ),
  );
}

/** A message's address, subject or error, with the marker an erasure left in the reader's language (stored as '[erased]'). */
const erasedWord = (ctx: Context, text: string): string => (text === ERASED_TEXT ? ctx.t('logValue', { value: text }) : text);
