// The sentences of where the data is (issue 15, item 6): a store that is not where it was named,
// and `caprural info` (one label and one value per line; the CLI aligns them).
import type { StoreNamedBy } from '../store/index';

const namedByEn: Record<StoreNamedBy, string> = { option: 'named by --store', env: 'named by CAPRURAL_STORE', default: 'the default location' };
const namedByFr: Record<StoreNamedBy, string> = { option: 'indiqué par --store', env: 'indiqué par CAPRURAL_STORE', default: 'emplacement par défaut' };

type Counts = { sessions: number; members: number; organisations: number; registrations: number; memberships: number };
const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
// In French, 0 and 1 take the singular.
const nFr = (count: number, one: string, many: string) => `${count} ${count <= 1 ? one : many}`;

export const storeLocationEn = {
  storeNotFound: (p: { path: string; namedBy: 'option' | 'env' }) =>
    `No store at ${p.path} (${namedByEn[p.namedBy]}); nothing was created.\nCreate it there with 'caprural init', or choose another with --store FILE or CAPRURAL_STORE (neither: the default store).`,
  infoLabelStore: () => 'Store',
  infoLabelState: () => 'State',
  infoLabelContents: () => 'Contents',
  infoLabelBackups: () => 'Backups',
  infoLabelSettings: () => 'Settings',
  infoLabelVersion: () => 'Version',
  infoLabelLanguage: () => 'Language',
  infoNamedBy: (p: { namedBy: StoreNamedBy }) => `(${namedByEn[p.namedBy]})`,
  infoLinkTo: (p: { path: string }) => `a link to ${p.path}`,
  infoMissing: (p: { namedBy: StoreNamedBy }): string =>
    p.namedBy === 'default'
      ? `not created yet: 'caprural init' creates it (or the first command that needs it)`
      : `missing: create it with 'caprural init', or choose another with --store or CAPRURAL_STORE`,
  infoWritten: (p: { size: string; modified: string }) => `${p.size}, written ${p.modified}`,
  /** The first line of the error that makes the store unusable. */
  infoUnusable: (p: { error: string }) => p.error,
  infoSchema: (p: { version: number; supported: number }) => `schema ${p.version}${p.version === p.supported ? '' : ` (this caprural writes ${p.supported})`}`,
  infoCounts: (p: Counts) =>
    [
      n(p.sessions, 'session', 'sessions'),
      n(p.members, 'person', 'people'),
      n(p.organisations, 'organisation', 'organisations'),
      n(p.registrations, 'registration', 'registrations'),
      n(p.memberships, 'cotisation', 'cotisations'),
    ].join(', '),
  infoBackups: (p: { count: number; dir: string }) => `${p.count} in ${p.dir}`,
  infoConfig: (p: { path: string; exists: boolean }) => `${p.path}${p.exists ? '' : ' (no file yet)'}`,
  infoVersion: (p: { version: string; node: string }) => `caprural ${p.version} (Node.js ${p.node})`,
  infoLanguage: (p: { lang: string }) => `${p.lang === 'fr' ? 'French' : 'English'} (--lang fr|en, else LANG)`,
  sizeUnits: () => 'B kB MB GB',
};

export const storeLocationFr: typeof storeLocationEn = {
  storeNotFound: (p) =>
    `Aucun fichier de données à ${p.path} (${namedByFr[p.namedBy]}) ; rien n'a été créé.\nCréez-le à cet endroit avec « caprural init », ou choisissez-en un autre avec --store FICHIER ou CAPRURAL_STORE (sans l'un ni l'autre : le fichier par défaut).`,
  infoLabelStore: () => 'Données',
  infoLabelState: () => 'État',
  infoLabelContents: () => 'Contenu',
  infoLabelBackups: () => 'Sauvegardes',
  infoLabelSettings: () => 'Réglages',
  infoLabelVersion: () => 'Version',
  infoLabelLanguage: () => 'Langue',
  infoNamedBy: (p) => `(${namedByFr[p.namedBy]})`,
  infoLinkTo: (p) => `lien vers ${p.path}`,
  infoMissing: (p) =>
    p.namedBy === 'default'
      ? `pas encore créé : « caprural init » le crée (ou la première commande qui en a besoin)`
      : `absent : créez-le avec « caprural init », ou choisissez-en un autre avec --store ou CAPRURAL_STORE`,
  infoWritten: (p) => `${p.size}, écrit le ${p.modified}`,
  infoUnusable: (p) => p.error,
  infoSchema: (p) => `schéma ${p.version}${p.version === p.supported ? '' : ` (cette version de caprural écrit le ${p.supported})`}`,
  infoCounts: (p) =>
    [
      nFr(p.sessions, 'session', 'sessions'),
      nFr(p.members, 'personne', 'personnes'),
      nFr(p.organisations, 'structure', 'structures'),
      nFr(p.registrations, 'inscription', 'inscriptions'),
      nFr(p.memberships, 'cotisation', 'cotisations'),
    ].join(', '),
  infoBackups: (p) => `${p.count} dans ${p.dir}`,
  infoConfig: (p) => `${p.path}${p.exists ? '' : ' (pas encore de fichier)'}`,
  infoVersion: (p) => `caprural ${p.version} (Node.js ${p.node})`,
  infoLanguage: (p) => `${p.lang === 'fr' ? 'français' : 'anglais'} (--lang fr|en, sinon LANG)`,
  sizeUnits: () => 'o Ko Mo Go',
};
