import { ask, type PromptContext } from './ask';

/** A yes/no before erasing or overwriting data; "no" unless the person says yes. */
export async function askConfirmation(ctx: PromptContext, message: string): Promise<boolean> {
  return ask.confirm(ctx, message, false);
}
