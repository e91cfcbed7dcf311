// The sentences of `caprural config`.
import type { P } from './core';

export const configEn = {
  configUnreadable: (p: { path: string; reason: string }) => `Cannot read the config file ${p.path} (${p.reason}).\nCheck its permissions, or point CAPRURAL_CONFIG to another file.`,
  configInvalid: (p: { path: string; reason: string }) =>
    `The config file ${p.path} is not valid JSON (${p.reason}).\nFix it by hand, or delete it and set the values again with 'caprural config set'.`,
  configWriteFailed: (p: { path: string; reason: string }) => `Could not write the config file ${p.path} (${p.reason}); nothing was changed.`,
  configUnknownKey: (p: { key: string; keys: string }) => `Unknown setting "${p.key}".\nSettings: ${p.keys}.`,
  configEmptyValue: (p: { key: string }) => `Empty value for ${p.key}. To remove it, run 'caprural config unset ${p.key}'.`,
  configControlChars: (p: { key: string }) => `The value for ${p.key} holds control characters; type it again as plain text.`,
  configBadSiret: (p: { value: string }) =>
    `Invalid SIRET "${p.value}": it has 14 digits (spaces allowed) and a valid check digit.\nCopy it from the provider's Kbis or from annuaire-entreprises.data.gouv.fr.`,
  configBadEmail: (p: { key: string; value: string }) => `Invalid e-mail address for ${p.key}: "${p.value}". Give name@domain.fr or "Name <name@domain.fr>".`,
  configBadUrl: (p: { key: string; value: string }) => `Invalid URL for ${p.key}: "${p.value}", e.g. smtps://user:password@smtp.example.org:465.`,
  configNotSet: (p: { key: string; path: string }) => `${p.key} is not set (config file ${p.path}).`,
  configSet: (p: { key: string; value: string }) => `${p.key} = ${p.value}`,
  configUnset: (p: { key: string }) => `${p.key} removed.`,
  configWasNotSet: (p: { key: string }) => `${p.key} was not set; nothing changed.`,
  configFile: (p: { path: string }) => `Config file: ${p.path}`,
  configEmpty: (_: P) => `Nothing is set. Known settings: 'caprural config list --all'.`,
  configHead: (_: P) => `key\tvalue\tmeaning`,
  configUnsetMark: (_: P) => `(not set)`,
};

export const configFr: typeof configEn = {
  configUnreadable: (p) => `Impossible de lire le fichier de configuration ${p.path} (${p.reason}).\nVérifiez ses droits, ou indiquez un autre fichier avec CAPRURAL_CONFIG.`,
  configInvalid: (p) =>
    `Le fichier de configuration ${p.path} n'est pas un JSON valide (${p.reason}).\nCorrigez-le à la main, ou supprimez-le et saisissez à nouveau les valeurs avec 'caprural config set'.`,
  configWriteFailed: (p) => `Impossible d'écrire le fichier de configuration ${p.path} (${p.reason}) ; rien n'a été modifié.`,
  configUnknownKey: (p) => `Paramètre inconnu « ${p.key} ».\nParamètres : ${p.keys}.`,
  configEmptyValue: (p) => `Valeur vide pour ${p.key}. Pour la supprimer : 'caprural config unset ${p.key}'.`,
  configControlChars: (p) => `La valeur de ${p.key} contient des caractères de contrôle ; saisissez-la à nouveau en texte simple.`,
  configBadSiret: (p) =>
    `SIRET invalide « ${p.value} » : 14 chiffres (espaces permis) avec une clé de contrôle valide.\nRecopiez-le depuis le Kbis de l'organisme ou annuaire-entreprises.data.gouv.fr.`,
  configBadEmail: (p) => `Adresse e-mail invalide pour ${p.key} : « ${p.value} ». Indiquez nom@domaine.fr ou « Nom <nom@domaine.fr> ».`,
  configBadUrl: (p) => `URL invalide pour ${p.key} : « ${p.value} », par exemple smtps://utilisateur:motdepasse@smtp.example.org:465.`,
  configNotSet: (p) => `${p.key} n'est pas renseigné (fichier de configuration ${p.path}).`,
  configSet: (p) => `${p.key} = ${p.value}`,
  configUnset: (p) => `${p.key} supprimé.`,
  configWasNotSet: (p) => `${p.key} n'était pas renseigné ; rien n'a changé.`,
  configFile: (p) => `Fichier de configuration : ${p.path}`,
  configEmpty: () => `Rien n'est renseigné. Paramètres connus : 'caprural config list --all'.`,
  configHead: () => `clé\tvaleur\tsignification`,
  configUnsetMark: () => `(non renseigné)`,
};
