// Only the type: the look-alike table is loaded by the use cases that need it, not by the CLI.
import type { LookAlike } from '../domain/lookAlike';
import { fullName } from '../domain/people';
import type { Context } from './context';

/** The warnings about look-alike people, one line each, in the user's language. */
export function lookAlikeLines(ctx: Context, found: readonly LookAlike[], how: { edited?: boolean } = {}): string[] {
  return found.map((f) => {
    const who = { name: fullName(f.member), id: f.member.id };
    switch (f.kind) {
      case 'mixedName':
        return ctx.t('mixedScriptsName', { ...who, scripts: f.scripts.join(', ') });
      case 'mixedEmail':
        return ctx.t('mixedScriptsEmail', { ...who, email: f.member.email, scripts: f.scripts.join(', ') });
      case 'name':
      case 'email': {
        const chars = f.characters.join(', ');
        const other = { otherName: fullName(f.existing), otherId: f.existing.id, otherEmail: f.existing.email, chars, edited: how.edited };
        return f.kind === 'name' ? ctx.t('lookAlikeName', { ...who, ...other }) : ctx.t('lookAlikeEmail', { ...who, ...other, email: f.member.email });
      }
    }
  });
}

/** A look-alike as `--json` reports it: ids, not whole records. */
export function lookAlikeJson(f: LookAlike) {
  if (f.kind === 'name' || f.kind === 'email') return { kind: f.kind, memberId: f.member.id, existingId: f.existing.id, characters: f.characters };
  return { kind: f.kind, memberId: f.member.id, scripts: f.scripts };
}
