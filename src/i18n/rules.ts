// The sentences of issue 13: finding a person, suggestions for what was mistyped, the rules after
// a session's start, the date reader, cotisation corrections.


/** The forms the one date reader accepts (src/domain/readDate.ts), as refusals list them. */
export const DATE_FORMS_EN =
  '07/02/2018, 07/02/18, 07/02/2018 14:30, 07/02/2018 14:30:15, 07/02/2018 14h30, 7 février 2018, 7 February 2018 14h30, 2018-02-07, 2018-02-07 14:30:15, 2018-02-07T14:30, ISO 8601 with an offset (2018-02-07T14:30:00+01:00)';
export const DATE_FORMS_FR =
  "07/02/2018, 07/02/18, 07/02/2018 14:30, 07/02/2018 14:30:15, 07/02/2018 14h30, 7 février 2018, 7 February 2018 14h30, 2018-02-07, 2018-02-07 14:30:15, 2018-02-07T14:30, ISO 8601 avec décalage (2018-02-07T14:30:00+01:00)";

export const rulesEn = {
  memberDidYouMean: (p: { ref: string; candidate: string; id: string }) =>
    `Nobody is named "${p.ref}". Did you mean ${p.candidate}?\nIf so, give their id (${p.id}), e-mail or full name.`,
  memberNotFoundClosest: (p: { ref: string }) => `Nobody is named "${p.ref}". The closest names (give an id, an e-mail or a full name):`,
  sessionDidYouMean: (p: { ref: string; suggestions: string }) => `No session "${p.ref}". Did you mean ${p.suggestions}?\nSee 'caprural sessions' for the ids.`,
  exportKindDidYouMean: (p: { kind: string; suggestions: string; kinds: string }) => `Unknown export "${p.kind}". Did you mean ${p.suggestions}?\nExports: ${p.kinds}.`,
} satisfies Record<string, (p: never) => string>;

export const rulesFr: typeof rulesEn = {
  memberDidYouMean: (p) => `Personne ne s'appelle « ${p.ref} ». Vouliez-vous dire ${p.candidate} ?\nSi oui, donnez son identifiant (${p.id}), son e-mail ou son nom complet.`,
  memberNotFoundClosest: (p) => `Personne ne s'appelle « ${p.ref} ». Les noms les plus proches (donnez un identifiant, un e-mail ou un nom complet) :`,
  sessionDidYouMean: (p) => `Aucune session « ${p.ref} ». Vouliez-vous dire ${p.suggestions} ?\nVoir 'caprural sessions' pour les identifiants.`,
  exportKindDidYouMean: (p) => `Export inconnu « ${p.kind} ». Vouliez-vous dire ${p.suggestions} ?\nExports : ${p.kinds}.`,
};
