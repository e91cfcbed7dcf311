import { existsSync } from 'node:fs';
import { version } from '../../package.json';
import { storeInfo } from '../app/info';
import { configPath } from '../config/index';
import { OFFICE_TIME_ZONE, formatInstant } from '../time';
import type { Context } from './context';
import { wrapWords } from '../i18n/wrap';
import { fileSize } from './fileSize';
import { renderError } from './renderError';

/** `caprural info`: where the store is (and which setting said so), its size and contents, the version and the language. Never creates the store. */
export async function infoCommand(ctx: Context): Promise<void> {
  const store = await storeInfo(ctx.deps, ctx.storeNamedBy);
  const config = configPath(ctx.io.env);
  const configExists = existsSync(config);
  const node = ctx.io.runtime ?? null;
  if (ctx.json) {
    ctx.printJson({
      version,
      node,
      lang: ctx.lang,
      store: {
        path: store.path,
        file: store.file,
        namedBy: store.namedBy,
        exists: store.exists,
        size: store.size,
        modifiedAt: store.modifiedAt,
        schemaVersion: store.schemaVersion,
        counts: store.counts,
        error: store.error ? renderError(store.error, ctx.t) : null,
        backupsDir: store.backupsDir,
        backups: store.backups,
        log: { path: store.log, size: store.logSize, entries: store.logEntries, state: store.logInside ? 'inside' : store.logKind },
      },
      config: { path: config, exists: configExists },
    });
    return;
  }
  const t = ctx.t;
  const rows: Array<[string, string]> = [[t('infoLabelStore'), store.path]];
  const more = (text: string) => rows.push(['', text]);
  more(t('infoNamedBy', { namedBy: store.namedBy }));
  if (store.file !== store.path) more(t('infoLinkTo', { path: store.file }));
  if (!store.exists) more(t('infoMissing', { namedBy: store.namedBy }));
  else if (store.size !== null) more(t('infoWritten', { size: fileSize(ctx, store.size), modified: formatInstant(store.modifiedAt!, OFFICE_TIME_ZONE, ctx.lang) }));
  if (store.error) rows.push([t('infoLabelState'), t('infoUnusable', { error: renderError(store.error, t).split('\n')[0]! })]);
  if (store.counts) rows.push([t('infoLabelContents'), t('infoCounts', store.counts)]);
  // The history as it is: inside the store (schema 3), a file, missing or something else than a file.
  if (store.logInside) rows.push([t('infoLabelHistory'), t('infoHistoryInside', { entries: store.logEntries ?? 0 })]);
  else if (store.logKind !== 'missing' || store.logEntries) {
    rows.push([t('infoLabelHistory'), store.log]);
    if (store.logKind === 'notFile') more(t('infoHistoryNotFile', {}));
    else if (store.logKind === 'missing') more(t('infoHistoryMissing', { entries: store.logEntries ?? 0 }));
    else more(t('infoHistory', { size: fileSize(ctx, store.logSize ?? 0), entries: store.logEntries ?? 0 }));
  }
  rows.push([t('infoLabelBackups'), t('infoBackups', { count: store.backups, dir: store.backupsDir })]);
  rows.push([t('infoLabelSettings'), t('infoConfig', { path: config, exists: configExists })]);
  rows.push([t('infoLabelVersion'), node ? t('infoVersion', { version, node }) : `caprural ${version}`]);
  rows.push([t('infoLabelLanguage'), t('infoLanguage', { lang: ctx.lang })]);
  const width = Math.max(...rows.map(([label]) => label.length)) + t('colon').length + 1;
  // A value longer than the line goes on under its own column, not back at the left edge.
  const wrapped = (value: string) =>
    wrapWords(value, ctx.width === undefined ? undefined : Math.max(20, ctx.width - width))
      .split('\n')
      .join(`\n${' '.repeat(width)}`);
  for (const [label, value] of rows) ctx.out(`${label ? `${label}${t('colon')}` : ''}`.padEnd(width) + wrapped(value));
}
