// Punctuation that differs between the languages: French puts a space before ":" (label: value).

export const typographyEn = {
  /** After a label, before its value: "E-mail: …". */
  colon: () => ':',
};

export const typographyFr: typeof typographyEn = {
  /** « E-mail : … » : l'espace avant les deux-points, comme dans toutes les phrases françaises de caprural. */
  colon: () => ' :',
};
