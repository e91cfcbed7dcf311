import { foldWord } from './text';
// The fixed lists of the domain (roles, organisation kinds, session formats and statuses): the
// store's schema, the rules and the prompts all read them from here.

export const ROLES = ['agent', 'coprog', 'coop-group', 'other'] as const;
export const ORG_KINDS = ['GAL', 'PNR', 'EPCI', 'association', 'other'] as const;
export const SESSION_STATUSES = ['announced', 'scheduled', 'held', 'cancelled'] as const;
export const SESSION_FORMATS = ['webconference', 'in-person'] as const;
/** The messages caprural mail sends to participants. */
export const MAIL_KINDS = ['confirmation', 'waitlist', 'promotion', 'refusal', 'convocation', 'reminder', 'cancellation', 'session-cancelled', 'thanks'] as const;
/** An outbox entry's life: queued, sending (during the SMTP exchange), sent, failed (permanent or tries exhausted), unknown (a run died mid-exchange), withdrawn (no longer to send). */
export const MAIL_STATES = ['queued', 'sending', 'sent', 'failed', 'unknown', 'withdrawn'] as const;

/**
 * The French words a French organiser types for the values of --format, --status and --kind (the
 * words caprural itself shows in French), mapped to the stored codes. Compared without case or accents.
 */
const FRENCH_VALUES: Readonly<Record<string, string>> = {
  webconference: 'webconference',
  visio: 'webconference',
  visioconference: 'webconference',
  presentiel: 'in-person',
  'en presentiel': 'in-person',
  annoncee: 'announced',
  programmee: 'scheduled',
  realisee: 'held',
  annulee: 'cancelled',
  autre: 'other',
  // Roles, as `member list` and `member show` write them in French.
  'agent leader': 'agent',
  'agent de developpement leader': 'agent',
  'comite de programmation': 'coprog',
  'comite de prog.': 'coprog',
  'groupe-coop': 'coop-group',
  'groupe coop': 'coop-group',
  'groupe coop.': 'coop-group',
  'groupe de travail cooperation': 'coop-group',
};

/** The code of a fixed list that `value` names: the code itself (any case), or its French word (`programmée`, `présentiel`, `autre`). */
export function vocabularyValue<T extends string>(values: readonly T[], value: string): T | undefined {
  const folded = foldWord(value);
  return values.find((v) => v.toLowerCase() === folded) ?? values.find((v) => v === FRENCH_VALUES[folded]);
}
