// The sentences of the store's integrity (issue J, K, W of QA 6): a store edited by hand whose data
// is wrong (a reference to nothing, an id twice, a bad e-mail), refused by the next change.
import { count, de, nb } from './french';

/** What the store's validator refused in a record (src/store/codec.ts recordIssues), in words. */
type Issue = { collection: string; id: string; field: string; rule: string; limit: string; value: string };

const RECORD_EN: Record<string, string> = {
  courses: 'the course',
  sessions: 'the session',
  organisations: 'the organisation',
  members: 'the person',
  memberships: 'the cotisation',
  registrations: 'the registration',
  rules: 'the eligibility rule',
  erasures: 'the erasure',
  outbox: 'the message',
};
const RECORD_FR: Record<string, string> = {
  courses: 'la formation',
  sessions: 'la session',
  organisations: 'la structure',
  members: 'la personne',
  memberships: 'la cotisation',
  registrations: "l'inscription",
  rules: "la règle d'éligibilité",
  erasures: "l'effacement",
  outbox: 'le message',
};
const TYPE_EN: Record<string, string> = { string: 'a text', number: 'a number', integer: 'a whole number', boolean: 'true or false', array: 'a list', object: 'an object', null: 'null' };
const TYPE_FR: Record<string, string> = { string: 'un texte', number: 'un nombre', integer: 'un nombre entier', boolean: 'true ou false', array: 'une liste', object: 'un objet', null: 'null' };
const own = (table: Record<string, string>, key: string) => (Object.hasOwn(table, key) ? table[key] : undefined);

function issueEn(p: Issue): string {
  const where = p.collection ? `${own(RECORD_EN, p.collection) ?? p.collection} ${p.id}` : 'the store itself';
  const field = p.field ? `"${p.field}"` : 'the record';
  const is = p.value ? `${field} is ${p.value}; ` : `${field} `;
  const rule: Record<string, () => string> = {
    required: () => `${field} is missing`,
    additionalProperties: () => `${field} is not a field caprural knows`,
    enum: () => `${is}expected one of: ${p.limit}`,
    const: () => `${is}expected ${p.limit}`,
    type: () =>
      `${is}expected ${p.limit
        .split(',')
        .map((t) => own(TYPE_EN, t) ?? t)
        .join(' or ')}`,
    minimum: () => `${is}must be at least ${p.limit}`,
    exclusiveMinimum: () => `${is}must be more than ${p.limit}`,
    maximum: () => `${is}must be at most ${p.limit}`,
    exclusiveMaximum: () => `${is}must be less than ${p.limit}`,
    minLength: () => `${is}must be at least ${p.limit} characters long`,
    maxLength: () => `${is}must be at most ${p.limit} characters long`,
    minItems: () => `${is}must hold at least ${p.limit} elements`,
    maxItems: () => `${is}must hold at most ${p.limit} elements`,
    pattern: () => `${is}not in the expected form`,
    format: () => `${is}not in the expected form`,
  };
  return `${where}: ${(Object.hasOwn(rule, p.rule) ? rule[p.rule]! : () => `${is}not allowed`)()}`;
}

function issueFr(p: Issue): string {
  const where = p.collection ? `${own(RECORD_FR, p.collection) ?? p.collection} ${p.id}` : 'le stockage lui-même';
  const field = p.field ? `« ${p.field} »` : "l'enregistrement";
  const is = p.value ? `${field} vaut ${p.value} ; ` : `${field} : `;
  const rule: Record<string, () => string> = {
    required: () => `${field} manque`,
    additionalProperties: () => `${field} n'est pas un champ connu de caprural`,
    enum: () => `${is}valeurs permises : ${p.limit}`,
    const: () => `${is}attendu : ${p.limit}`,
    type: () =>
      `${is}attendu : ${p.limit
        .split(',')
        .map((t) => own(TYPE_FR, t) ?? t)
        .join(' ou ')}`,
    minimum: () => `${is}doit être au moins ${p.limit}`,
    exclusiveMinimum: () => `${is}doit être supérieur à ${p.limit}`,
    maximum: () => `${is}doit être au plus ${p.limit}`,
    exclusiveMaximum: () => `${is}doit être inférieur à ${p.limit}`,
    minLength: () => `${is}doit faire au moins ${p.limit} caractères`,
    maxLength: () => `${is}doit faire au plus ${p.limit} caractères`,
    minItems: () => `${is}doit contenir au moins ${p.limit} éléments`,
    maxItems: () => `${is}doit contenir au plus ${p.limit} éléments`,
    pattern: () => `${is}n'a pas la forme attendue`,
    format: () => `${is}n'a pas la forme attendue`,
  };
  return `${where} : ${(Object.hasOwn(rule, p.rule) ? rule[p.rule]! : () => `${is}valeur non permise`)()}`;
}

export const integrityEn = {
  textTooLong: (p: { option: string; length: number; max: number }) => `Text too long for ${p.option}: ${p.length} characters, at most ${p.max}.\nShorten it, then try again.`,
  configBadDays: (p: { key: string; value: string }) =>
    `${p.key} "${p.value}" is not a number of days between 0 and 60; nothing was changed.\nGive a whole number, e.g. caprural config set ${p.key} 7.`,
  mailBadDaysSetting: (p: { key: string; value: string }) =>
    `The setting ${p.key} is "${p.value}", not a number of days between 0 and 60.\nCorrect it: caprural config set ${p.key} 7 (or give --convocation-days for this run).`,
  storeRecordInvalid: (p: Issue) => issueEn(p),
  storeRecordsInvalid: (p: { count: number }) => `${count(p.count, 'record or field does', 'records or fields do')} not hold what caprural expects (said below${p.count > 10 ? ', the first 10' : ''})`,
  storeDataProblems: (p: { path: string; count: number }) =>
    `The store ${p.path} was changed outside caprural and its data is wrong (${count(p.count, 'problem')}); this change is refused, nothing was written.\nFix ${p.count === 1 ? 'it' : 'them'} first (the command or the edit said under each), then run 'caprural doctor'. Reading (sessions, log, exports) still works.`,
  storeDataProblemsMore: (p: { count: number }) => `… and ${count(p.count, 'other problem')} ('caprural doctor' lists them all).`,
  doctorEmailInvalid: (p: { id: string; email: string }) =>
    `The e-mail of ${p.id} (${p.email}) is not an e-mail address (a name, « @ », a domain).\nCorrect it with 'caprural member edit ${p.id} --email …'.`,
} satisfies Record<string, (p: never) => string>;

export const integrityFr: { [K in keyof typeof integrityEn]: (p: Parameters<(typeof integrityEn)[K]>[0]) => string } = {
  configBadDays: (p) => `${p.key} « ${p.value} » n'est pas un nombre de jours entre 0 et 60 ; rien n'a été modifié.\nIndiquez un nombre entier, par exemple caprural config set ${p.key} 7.`,
  mailBadDaysSetting: (p) =>
    `Le réglage ${p.key} vaut « ${p.value} », qui n'est pas un nombre de jours entre 0 et 60.\nCorrigez-le : caprural config set ${p.key} 7 (ou indiquez --convocation-days pour cette fois).`,
  textTooLong: (p) => `Texte trop long pour ${p.option} : ${p.length} caractères, ${p.max} au plus.\nRaccourcissez-le, puis réessayez.`,
  storeRecordInvalid: (p) => issueFr(p),
  storeRecordsInvalid: (p) =>
    `${nb(p.count, 'enregistrement ou champ ne contient', 'enregistrements ou champs ne contiennent')} pas ce qu'attend caprural (détail ci-dessous${p.count > 10 ? ', les 10 premiers' : ''})`,
  storeDataProblems: (p) =>
    `Le stockage ${p.path} a été modifié hors de caprural et ses données sont fausses (${nb(p.count, 'problème')}) ; cette modification est refusée, rien n'a été écrit.\nCorrigez-${p.count === 1 ? 'le' : 'les'} d'abord (la commande ou la correction est indiquée sous chacun), puis lancez 'caprural doctor'. La lecture (sessions, log, exports) fonctionne toujours.`,
  storeDataProblemsMore: (p) => `… et ${nb(p.count, 'autre problème', 'autres problèmes')} ('caprural doctor' les liste tous).`,
  doctorEmailInvalid: (p) => `L'e-mail ${de(p.id)} (${p.email}) n'est pas une adresse e-mail (un nom, « @ », un domaine).\nCorrigez-le avec 'caprural member edit ${p.id} --email …'.`,
};
