// The sentences about people who look like others (issue 12): a name or an e-mail confusable with
// someone already on file, or mixing alphabets.

import { de } from './french';

type Who = { name: string; id: string };
type Other = Who & { otherName: string; otherId: string; otherEmail: string; chars: string; edited?: boolean };
const paren = (text: string) => (text ? ` (${text})` : '');

/** The alphabets' names in French (the look-alike check names them in English: « Latin, Cyrillic » -> « latin, cyrillique »). */
const SCRIPTS_FR: Readonly<Record<string, string>> = {
  Latin: 'latin',
  Cyrillic: 'cyrillique',
  Greek: 'grec',
  Armenian: 'arménien',
  Cherokee: 'cherokee',
  Georgian: 'géorgien',
  Hebrew: 'hébreu',
  Arabic: 'arabe',
  Lisu: 'lisu',
  Coptic: 'copte',
  Han: 'chinois (han)',
};
const scriptsFr = (scripts: string) =>
  scripts
    .split(', ')
    .map((s) => SCRIPTS_FR[s] ?? s)
    .join(', ');

export const identityEn = {
  lookAlikeName: (p: Other) =>
    `Warning: ${p.name} (${p.id}) looks like ${p.otherName} (${p.otherId}, ${p.otherEmail}), already on file, but is written with other characters${paren(p.chars)}. ${p.edited ? 'Check the letters you typed.' : `If it is the same person, remove the new record and use ${p.otherId}.`}`,
  lookAlikeEmail: (p: Other & { email: string }) =>
    `Warning: the e-mail ${p.email} of ${p.name} (${p.id}) looks like ${p.otherEmail}, of ${p.otherName} (${p.otherId}), but is written with other characters${paren(p.chars)}. Check it before sending anything.`,
  doctorEmailNotNormal: (p: { id: string; email: string }) =>
    `The e-mail of ${p.id} (${p.email}) holds a control, invisible or space character, or is not in its normalised form.\nCorrect it with 'caprural member edit ${p.id} --email …'.`,
  doctorEmailSameNormalised: (p: { id: string; other: string; email: string }) =>
    `${p.id} and ${p.other} have the same e-mail once normalised (${p.email}).\nIf they are one person, keep one record; otherwise correct one with 'caprural member edit <id> --email …'.`,
  importNamesake: (p: Who & { email: string; others: string; dryRun: boolean }) =>
    `Warning: a new record ${p.dryRun ? 'would be' : 'was'} created for ${p.name} (${p.id}, ${p.email}), though this name is already on file: ${p.others}.\nIf it is the same person, put the known e-mail (or the member_id column) in the file and import it again.`,
  namesakesMore: (p: { count: number }) => `; and ${p.count === 1 ? '1 more' : `${p.count} more`}`,
  importNamesakesMore: (p: { count: number; dryRun: boolean }) =>
    `… and ${p.count === 1 ? '1 other new record' : `${p.count} other new records`} ${p.dryRun ? 'would bear' : 'bear'} a name already on file (--json lists them all).`,
  addNamesake: (p: Who & { email: string; others: string }) =>
    `Warning: a new record was created for ${p.name} (${p.id}, ${p.email}), though this name is already on file: ${p.others}.\nIf it is the same person, use the record on file; 'caprural member forget ${p.id}' erases the new one.`,
  mixedScriptsName: (p: Who & { scripts: string }) => `Warning: the name ${p.name} (${p.id}) mixes alphabets (${p.scripts}); a letter may be an imitation. Check it.`,
  mixedScriptsEmail: (p: Who & { email: string; scripts: string }) => `Warning: the e-mail ${p.email} of ${p.name} (${p.id}) mixes alphabets (${p.scripts}); a letter may be an imitation. Check it.`,
};

export const identityFr: typeof identityEn = {
  lookAlikeName: (p) =>
    `Attention : ${p.name} (${p.id}) ressemble à ${p.otherName} (${p.otherId}, ${p.otherEmail}), déjà enregistré·e, mais s'écrit avec d'autres caractères${paren(p.chars)}. ${p.edited ? 'Vérifiez les lettres saisies.' : `Si c'est la même personne, supprimez la nouvelle fiche et utilisez ${p.otherId}.`}`,
  lookAlikeEmail: (p) =>
    `Attention : l'e-mail ${p.email} ${de(p.name)} (${p.id}) ressemble à ${p.otherEmail}, celui ${de(p.otherName)} (${p.otherId}), mais s'écrit avec d'autres caractères${paren(p.chars)}. Vérifiez-le avant tout envoi.`,
  doctorEmailNotNormal: (p) =>
    `L'e-mail ${de(p.id)} (${p.email}) contient un caractère de contrôle, invisible ou d'espacement, ou n'est pas sous sa forme normalisée.\nCorrigez-le avec 'caprural member edit ${p.id} --email …'.`,
  doctorEmailSameNormalised: (p) =>
    `${p.id} et ${p.other} ont le même e-mail une fois normalisé (${p.email}).\nS'il s'agit d'une seule personne, gardez une fiche ; sinon corrigez-en une avec 'caprural member edit <id> --email …'.`,
  importNamesake: (p) =>
    `Attention : une nouvelle fiche ${p.dryRun ? 'serait créée' : 'a été créée'} pour ${p.name} (${p.id}, ${p.email}), alors que ce nom existe déjà : ${p.others}.\nS'il s'agit de la même personne, mettez dans le fichier l'e-mail connu (ou la colonne identifiant) et importez à nouveau.`,
  namesakesMore: (p) => ` ; et ${p.count === 1 ? '1 autre' : `${p.count} autres`}`,
  importNamesakesMore: (p) => {
    const verb = p.count === 1 ? (p.dryRun ? 'porterait' : 'porte') : p.dryRun ? 'porteraient' : 'portent';
    return `… et ${p.count === 1 ? '1 autre nouvelle fiche' : `${p.count} autres nouvelles fiches`} ${verb} un nom déjà enregistré (--json les liste toutes).`;
  },
  addNamesake: (p) =>
    `Attention : une nouvelle fiche a été créée pour ${p.name} (${p.id}, ${p.email}), alors que ce nom existe déjà : ${p.others}.\nS'il s'agit de la même personne, utilisez la fiche existante ; 'caprural member forget ${p.id}' efface la nouvelle.`,
  mixedScriptsName: (p) => `Attention : le nom ${p.name} (${p.id}) mélange des alphabets (${scriptsFr(p.scripts)}) ; une lettre est peut-être une imitation. Vérifiez-le.`,
  mixedScriptsEmail: (p) => `Attention : l'e-mail ${p.email} ${de(p.name)} (${p.id}) mélange des alphabets (${scriptsFr(p.scripts)}) ; une lettre est peut-être une imitation. Vérifiez-le.`,
};
