import type { Context } from './context';

/**
 * A file's size for a person, in decimal units, the same in every command (`info`, `backup list`):
 * "812 B", "12.4 kB", "3.1 MB"; in French "812 o", "12,4 Ko", "3,1 Mo".
 */
export function fileSize(ctx: Pick<Context, 'lang' | 't'>, bytes: number): string {
  const names = ctx.t('sizeUnits').split(' ');
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < names.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const number = new Intl.NumberFormat(ctx.lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${names[unit]}`;
}
