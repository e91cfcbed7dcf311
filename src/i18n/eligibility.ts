// The sentences of `caprural eligibility`: who may ask Cap Rural for support (R11), and why.

type P = Record<string, string | number>;
type Cited = { session: string; date: string; year: number; years: string; course: string; id: string };

export const eligibilityEn = {
  eligRuleNotFound: (p: { ref: string; known: string }) => `No eligibility rule "${p.ref}". Rules: ${p.known} ('caprural eligibility --rules').`,
  eligRuleRequired: (p: { known: string }) => `Several eligibility rules exist; choose one with --rule (${p.known}).`,
  eligYes: (p: { name: string; id: string; rule: string }) => `Eligible for "${p.rule}": ${p.name} (${p.id}) may ask Cap Rural for support.`,
  eligNo: (p: { name: string; id: string; rule: string }) => `Not eligible for "${p.rule}": ${p.name} (${p.id}) may not ask Cap Rural for support.`,
  eligReason_attended: (p: Cited) => `Attended ${p.session} (${p.date}); attendance recorded as present.`,
  eligReason_absent: (p: Cited) => `Registered to ${p.session} (${p.date}) but recorded absent.`,
  'eligReason_not-recorded': (p: Cited) =>
    `Registered to ${p.session} (${p.date}), but attendance is not recorded yet; record it with: caprural attendance ${p.session} --present ${p.id} (or --absent)`,
  'eligReason_other-level-only': (p: Cited) => `Attended ${p.session} only, another level of the cycle; ${p.course} in ${p.years} is required.`,
  'eligReason_outside-years': (p: Cited) => `Attended ${p.course} in ${p.year} (${p.session}), outside the years of the rule (${p.years}).`,
  eligReason_cancelled: (p: Cited) => `Registered to ${p.session} (${p.date}), but the registration was cancelled: a cancelled registration does not count, even with attendance recorded.`,
  'eligReason_never-registered': (p: Cited) => `Never registered (confirmed) to ${p.course} in ${p.years}.`,
  /** The rule's years as a sentence reads them: "2017 or 2018", "2016, 2017 or 2018". */
  eligYearsOr: (p: { years: readonly number[] }) => (p.years.length < 2 ? p.years.join('') : `${p.years.slice(0, -1).join(', ')} or ${p.years.at(-1)}`),
  eligEvidence: (_: P) => `Evidence:`,
  eligEvidenceLine: (p: { session: string; date: string; status: string; attendance: string }) => `  ${p.session} (${p.date}): ${p.status}, ${p.attendance}`,
  eligAskPerson: (_: P) => `Who? (type part of a name or an e-mail)`,
  headRules: (_: P) => ['id', 'label', 'course', 'years'].join('\t'),
  noRules: (_: P) => `No eligibility rule in the store.`,
} satisfies Record<string, (p: never) => string>;

export const eligibilityFr: typeof eligibilityEn = {
  eligRuleNotFound: (p) => `Aucune règle d'éligibilité « ${p.ref} ». Règles : ${p.known} ('caprural eligibility --rules').`,
  eligRuleRequired: (p) => `Plusieurs règles d'éligibilité existent ; choisissez-en une avec --rule (${p.known}).`,
  eligYes: (p) => `Éligible à « ${p.rule} » : ${p.name} (${p.id}) peut solliciter l'appui de Cap Rural.`,
  eligNo: (p) => `Non éligible à « ${p.rule} » : ${p.name} (${p.id}) ne peut pas solliciter l'appui de Cap Rural.`,
  eligReason_attended: (p) => `A participé à ${p.session} (${p.date}) ; présence enregistrée.`,
  eligReason_absent: (p) => `Inscrit·e à ${p.session} (${p.date}) mais noté·e absent·e.`,
  'eligReason_not-recorded': (p) =>
    `Inscrit·e à ${p.session} (${p.date}), mais la présence n'est pas encore enregistrée ; enregistrez-la avec : caprural attendance ${p.session} --present ${p.id} (ou --absent)`,
  'eligReason_other-level-only': (p) => `A participé seulement à ${p.session}, un autre niveau du cycle ; ${p.course} en ${p.years} est exigé.`,
  'eligReason_outside-years': (p) => `A participé à ${p.course} en ${p.year} (${p.session}), hors des années de la règle (${p.years}).`,
  eligReason_cancelled: (p) => `Inscrit·e à ${p.session} (${p.date}), mais l'inscription a été annulée : une inscription annulée ne compte pas, même avec une présence enregistrée.`,
  'eligReason_never-registered': (p) => `Jamais inscrit·e (inscription confirmée) à ${p.course} en ${p.years}.`,
  eligYearsOr: (p) => (p.years.length < 2 ? p.years.join('') : `${p.years.slice(0, -1).join(', ')} ou ${p.years.at(-1)}`),
  eligEvidence: () => `Éléments :`,
  eligEvidenceLine: (p) => `  ${p.session} (${p.date}) : ${p.status}, ${p.attendance}`,
  eligAskPerson: () => `Qui ? (tapez une partie du nom ou l'e-mail)`,
  headRules: () => ['id', 'libellé', 'formation', 'années'].join('\t'),
  noRules: () => `Aucune règle d'éligibilité dans le stockage.`,
};
