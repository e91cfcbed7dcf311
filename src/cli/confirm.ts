import { UsageError } from '../errors';
import type { Context } from './context';

/**
 * Commands that erase or overwrite ask first at a terminal, and need --yes otherwise (exit 2).
 * Returns false when the person declined (the command then changes nothing and says so).
 */
export async function confirmed(ctx: Context, yes: boolean | undefined, command: string, question: string): Promise<boolean> {
  if (yes) return true;
  if (!ctx.interactive) throw new UsageError('confirmationNeeded', { command });
  const { askConfirmation } = await import('../prompts/confirmPrompts');
  if (await askConfirmation(ctx, question)) return true;
  ctx.note(ctx.t('notConfirmed'));
  return false;
}
