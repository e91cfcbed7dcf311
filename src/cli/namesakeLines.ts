import { fullName } from '../domain/people';
import type { Member } from '../store/index';
import type { Context } from './context';

/** How many of the people already on file under a name a warning names; the rest are counted. */
export const NAMESAKES_NAMED = 3;

/**
 * The people already on file under a new record's name, as a warning names them: the first
 * NAMESAKES_NAMED (`Zoë Simon (m-12, zoe@x.fr) ; …`), then how many more. A file of 20,000 rows
 * sharing 150 names would otherwise print every namesake on every row (hundreds of MB).
 */
export function namesakeOthers(ctx: Context, others: readonly Member[]): string {
  const named = others
    .slice(0, NAMESAKES_NAMED)
    .map((o) => `${fullName(o)} (${o.id}, ${o.email})`)
    .join(' ; ');
  return others.length > NAMESAKES_NAMED ? `${named}${ctx.t('namesakesMore', { count: others.length - NAMESAKES_NAMED })}` : named;
}
