// The sentences of issue 13: finding a person, suggestions for what was mistyped, the rules after
// a session's start, the date reader, cotisation corrections.


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
