// The settings caprural reads from its config file. A module that needs a new setting adds one line here.

/** How a value is checked when it is set: free text, an e-mail address, a URL, a SIRET (14 digits), a number of days (0 to 60). */
export type ConfigKind = 'text' | 'email' | 'url' | 'siret' | 'days';

export interface ConfigKeyInfo {
  kind: ConfigKind;
  /** What the value is for, in English and French (shown by `caprural config list --all`). */
  en: string;
  fr: string;
}

export const CONFIG_KEYS = {
  'provider.name': { kind: 'text', en: 'training provider: legal name (certificates, attendance sheets)', fr: "organisme de formation : raison sociale (certificats, feuilles d'émargement)" },
  'provider.address': { kind: 'text', en: 'training provider: postal address (use "\\n" or ", " between lines)', fr: 'organisme de formation : adresse postale ("\\n" ou ", " entre les lignes)' },
  'provider.siret': { kind: 'siret', en: 'training provider: SIRET number (14 digits)', fr: 'organisme de formation : numéro SIRET (14 chiffres)' },
  'provider.nda': { kind: 'text', en: 'training provider: activity declaration number (NDA), if any', fr: "organisme de formation : numéro de déclaration d'activité (NDA), s'il y en a un" },
  'provider.signatory': { kind: 'text', en: 'who signs the certificates: name and title', fr: 'signataire des certificats : nom et qualité' },
  'provider.place': { kind: 'text', en: 'place of issue of the certificates ("Fait à …"), e.g. Lyon', fr: 'lieu de délivrance des certificats (« Fait à … »), par exemple Lyon' },
  'smtp.url': {
    kind: 'url',
    en: 'mail server for caprural mail, e.g. smtps://user:password@smtp.example.org:465',
    fr: 'serveur de messagerie de caprural mail, par exemple smtps://utilisateur:motdepasse@smtp.example.org:465',
  },
  'mail.from': { kind: 'email', en: 'sender of caprural mail, e.g. "Cap Rural <formation@caprural.org>"', fr: 'expéditeur de caprural mail, par exemple « Cap Rural <formation@caprural.org> »' },
  'mail.convocationDays': {
    kind: 'days',
    en: 'caprural mail: convocations are queued this many days before the session (default 7)',
    fr: 'caprural mail : les convocations partent ce nombre de jours avant la session (7 par défaut)',
  },
} as const satisfies Record<string, ConfigKeyInfo>;

export type ConfigKey = keyof typeof CONFIG_KEYS;

export function isConfigKey(key: string): key is ConfigKey {
  return Object.hasOwn(CONFIG_KEYS, key);
}
