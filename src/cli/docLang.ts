import type { Context } from './context';

/** The documents' language: --lang when given, else French (the language of funders and auditors). */
export function docLang(ctx: Context): 'fr' | 'en' {
  const i = ctx.io.argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  return i >= 0 ? ctx.lang : 'fr';
}
