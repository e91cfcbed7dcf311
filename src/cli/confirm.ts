import { stat } from 'node:fs/promises';
import { UsageError } from '../errors';
import type { Context } from './context';

/**
 * Commands that erase, overwrite or cancel ask first at a terminal (default No), and need --yes
 * otherwise (exit 2, the refusal naming --yes: `refusal`, else the erase-or-overwrite one).
 * Returns false when the person declined (the command then changes nothing and says so).
 */
export async function confirmed(ctx: Context, yes: boolean | undefined, command: string, question: string, refusal?: UsageError): Promise<boolean> {
  if (yes) return true;
  if (!ctx.interactive) throw refusal ?? new UsageError('confirmationNeeded', { command });
  const { askConfirmation } = await import('../prompts/confirmPrompts');
  if (await askConfirmation(ctx, question)) return true;
  ctx.note(ctx.t('notConfirmed'));
  return false;
}

/** True when `file` names something that exists (a file written by an earlier run). */
async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Before writing `--output FILE`: when FILE exists already, asks at a terminal whether to replace
 * it (default No), and needs --yes otherwise (exit 2, nothing written). False when declined.
 */
export async function confirmOverwrite(ctx: Context, file: string, yes: boolean | undefined): Promise<boolean> {
  // The store itself, its backups or its lock are refused whatever the answer would be: say that first.
  await ctx.deps.store.checkOutput(file);
  if (yes || !(await exists(file))) return true;
  return confirmed(ctx, yes, '--output', ctx.t('confirmOverwrite', { file }), new UsageError('overwriteNeedsYes', { file }));
}
