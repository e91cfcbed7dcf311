import { exportPerson } from '../app/dataRights';
import { personRef } from './arguments';
import type { Context } from './context';

/** member export <ref>: everything stored about the person, as JSON on stdout (with or without --json). */
export async function memberExportCommand(ctx: Context, ref: string): Promise<void> {
  ctx.printJson(await exportPerson(ctx.deps, await personRef(ctx, ref)));
}
