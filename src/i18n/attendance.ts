// The sentences of `caprural attendance`: recording who attended a session (R10), by flags, checklist or CSV import.
import { formatInstant } from '../time';

type P = Record<string, string | number>;

export const attendanceEn = {
  // refusals (exit 1)
  attSessionCancelled: (p: { id: string }) => `The session ${p.id} was cancelled; no attendance can be recorded for it. Nothing was changed.`,
  attNotStarted: (p: { id: string; startsAt: string; timeZone: string }) =>
    `The session ${p.id} has not started yet (it starts ${formatInstant(p.startsAt, p.timeZone, 'en')}); attendance is recorded once it has started. Nothing was changed.`,
  attYearNotPast: (p: { id: string; year: number }) =>
    `The session ${p.id} has no date and its year ${p.year} is not over; attendance cannot be recorded yet. Nothing was changed.\nSet its date with 'caprural session edit ${p.id} --starts …' once it has taken place.`,
  // input errors (exit 2)
  attProblems: (p: { count: number; session: string }) => `${p.count} problems with the attendance of ${p.session}; nothing was recorded:`,
  attBothPresentAbsent: (p: { name: string }) => `${p.name} is marked both present and absent; keep one.`,
  attNotRegistered: (p: { name: string; session: string }) =>
    `${p.name} is not registered to ${p.session}; --add-walk-in registers them on the spot (logged).`,
  attNotRegisteredAbsent: (p: { name: string; session: string }) => `${p.name} is not registered to ${p.session}; only registrants can be marked absent.`,
  attWaitlisted: (p: { name: string; session: string }) =>
    `${p.name} is on the waiting list of ${p.session}, not confirmed; --add-walk-in confirms them as a walk-in (logged).`,
  attNoRegistrants: (p: { id: string }) =>
    `The session ${p.id} has no confirmed registrant to tick.\nUse --present REF --add-walk-in, or --import FILE.csv.`,
  attImportWithFlags: (_: P) => `--import cannot be combined with --present or --absent; run them one after the other.`,
  attInvalidMinutes: (p: { value: string }) => `Invalid --min-minutes "${p.value}". Give a whole number of minutes, such as 30.`,
  attCsvNoEmail: (p: { found: string }) =>
    `The file has no e-mail column (columns found: ${p.found}).\nThe first line must name the columns: email (required), minutes, first_name, last_name (optional).`,
  attCsvNoMinutes: (p: { file: string }) => `--min-minutes needs a "minutes" column, and ${p.file} has none.`,
  attCsvBadRows: (p: { count: number }) => `${p.count} rows cannot be used; nothing was recorded. Fix them and import the file again:`,
  attCsvBadEmail: (p: { line: number; value: string }) => `line ${p.line}: invalid e-mail "${p.value}"`,
  attCsvBadMinutes: (p: { line: number; value: string }) => `line ${p.line}: invalid minutes "${p.value}" (a number such as 45)`,
  attCsvUnknownPerson: (p: { line: number; email: string }) =>
    `line ${p.line}: nobody has the e-mail ${p.email} (add them with 'caprural member add', or give first_name and last_name)`,
  // output
  attRecorded: (p: { session: string; present: number; absent: number; notRecorded: number }) =>
    `Attendance of ${p.session}: ${p.present} present, ${p.absent} absent, ${p.notRecorded} not recorded.`,
  attChangeLine: (p: { name: string; from: string; to: string }) => `  ${p.name}: ${p.from} → ${p.to}`,
  attWalkIn: (_: P) => `(walk-in, registered now)`,
  attUnchanged: (p: { count: number }) => `${p.count} already recorded with the same value.`,
  attNoChange: (_: P) => `Nothing changed.`,
  attStatusHeld: (p: { session: string }) => `The session ${p.session} is now marked as held.`,
  attIgnored: (p: { line: number; name: string }) => `line ${p.line}: ${p.name} connected for less than --min-minutes and is not registered; ignored.`,
  attByName: (p: { line: number; email: string; name: string }) => `line ${p.line}: ${p.email} is not on file; matched ${p.name} by name.`,
  attChecklist: (p: { session: string }) => `Who attended ${p.session}? (space ticks, enter confirms; the others will be absent)`,
  attSummary: (p: { present: string; absent: string }) => `Present: ${p.present}\nAbsent: ${p.absent}`,
  attConfirm: (_: P) => `Record this attendance?`,
  attNothingRecorded: (_: P) => `Nothing recorded.`,
  attendance_present: (_: P) => 'present',
  attendance_absent: (_: P) => 'absent',
  attendance_none: (_: P) => 'not recorded',
} satisfies Record<string, (p: never) => string>;

export const attendanceFr: typeof attendanceEn = {
  attSessionCancelled: (p) => `La session ${p.id} a été annulée ; aucune présence ne peut y être enregistrée. Rien n'a été modifié.`,
  attNotStarted: (p) =>
    `La session ${p.id} n'a pas encore commencé (début le ${formatInstant(p.startsAt, p.timeZone, 'fr')}) ; les présences s'enregistrent une fois qu'elle a commencé. Rien n'a été modifié.`,
  attYearNotPast: (p) =>
    `La session ${p.id} n'a pas de date et son année ${p.year} n'est pas terminée ; les présences ne peuvent pas encore être enregistrées. Rien n'a été modifié.\nIndiquez sa date avec 'caprural session edit ${p.id} --starts …' une fois qu'elle a eu lieu.`,
  attProblems: (p) => `${p.count} problèmes dans les présences de ${p.session} ; rien n'a été enregistré :`,
  attBothPresentAbsent: (p) => `${p.name} est indiqué(e) à la fois présent(e) et absent(e) ; gardez l'un des deux.`,
  attNotRegistered: (p) =>
    `${p.name} n'est pas inscrit(e) à ${p.session} ; --add-walk-in l'inscrit sur place (journalisé).`,
  attNotRegisteredAbsent: (p) => `${p.name} n'est pas inscrit(e) à ${p.session} ; seuls les inscrits peuvent être notés absents.`,
  attWaitlisted: (p) =>
    `${p.name} est sur la liste d'attente de ${p.session}, sans place confirmée ; --add-walk-in confirme sa venue sur place (journalisé).`,
  attNoRegistrants: (p) => `La session ${p.id} n'a aucun inscrit confirmé à cocher.\nUtilisez --present REF --add-walk-in, ou --import FICHIER.csv.`,
  attImportWithFlags: () => `--import ne se combine pas avec --present ou --absent ; lancez-les l'un après l'autre.`,
  attInvalidMinutes: (p) => `--min-minutes invalide : « ${p.value} ». Indiquez un nombre entier de minutes, comme 30.`,
  attCsvNoEmail: (p) =>
    `Le fichier n'a pas de colonne e-mail (colonnes trouvées : ${p.found}).\nLa première ligne doit nommer les colonnes : email (obligatoire), minutes, first_name, last_name (facultatives).`,
  attCsvNoMinutes: (p) => `--min-minutes demande une colonne « minutes », et ${p.file} n'en a pas.`,
  attCsvBadRows: (p) => `${p.count} lignes sont inutilisables ; rien n'a été enregistré. Corrigez-les et importez à nouveau le fichier :`,
  attCsvBadEmail: (p) => `ligne ${p.line} : e-mail invalide « ${p.value} »`,
  attCsvBadMinutes: (p) => `ligne ${p.line} : minutes invalides « ${p.value} » (un nombre comme 45)`,
  attCsvUnknownPerson: (p) =>
    `ligne ${p.line} : personne n'a l'e-mail ${p.email} (ajoutez la personne avec 'caprural member add', ou indiquez first_name et last_name)`,
  attRecorded: (p) => `Présences de ${p.session} : ${p.present} présent(s), ${p.absent} absent(s), ${p.notRecorded} non renseigné(s).`,
  attChangeLine: (p) => `  ${p.name} : ${p.from} → ${p.to}`,
  attWalkIn: () => `(venu(e) sans inscription, inscrit(e) maintenant)`,
  attUnchanged: (p) => `${p.count} déjà enregistré(s) avec la même valeur.`,
  attNoChange: () => `Rien n'a changé.`,
  attStatusHeld: (p) => `La session ${p.session} est maintenant notée comme tenue.`,
  attIgnored: (p) => `ligne ${p.line} : ${p.name} s'est connecté(e) moins que --min-minutes et n'est pas inscrit(e) ; ignoré(e).`,
  attByName: (p) => `ligne ${p.line} : ${p.email} est inconnu ; rapproché de ${p.name} par le nom.`,
  attChecklist: (p) => `Qui a participé à ${p.session} ? (espace pour cocher, entrée pour valider ; les autres seront absents)`,
  attSummary: (p) => `Présents : ${p.present}\nAbsents : ${p.absent}`,
  attConfirm: () => `Enregistrer ces présences ?`,
  attNothingRecorded: () => `Rien n'a été enregistré.`,
  attendance_present: () => 'présent',
  attendance_absent: () => 'absent',
  attendance_none: () => 'non renseigné',
};
