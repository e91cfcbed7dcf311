// The sentences of backups, restore, doctor, and the person's data rights (export, forget, retention).
import { count, nb } from './french';

type P = Record<string, string | number>;

/** A store's collections in words, plural (doctor: "Two people have the id …"). */
const COLLECTIONS_EN: Record<string, string> = {
  courses: 'courses',
  sessions: 'sessions',
  organisations: 'organisations',
  members: 'people',
  memberships: 'cotisations',
  registrations: 'registrations',
  rules: 'eligibility rules',
};
const COLLECTIONS_FR: Record<string, string> = {
  courses: 'formations',
  sessions: 'sessions',
  organisations: 'structures',
  members: 'personnes',
  memberships: 'cotisations',
  registrations: 'inscriptions',
  rules: "règles d'éligibilité",
};

export const resilienceEn = {
  // backup list / restore
  noBackups: (p: { path: string }) => `There is no backup of ${p.path} yet.\nA backup is kept each time the store changes.`,
  backupNotFound: (p: { which: string; dir: string }) => `No backup "${p.which}" in ${p.dir}.\nUse a name from 'caprural backup list', a path to a store file, or "latest".`,
  backupInvalid: (p: { path: string; reason: string }) => `The backup ${p.path} cannot be restored: ${p.reason}. Nothing was changed.\nChoose another one from 'caprural backup list'.`,
  noBackupsYet: (_: P) => `No backup yet: one is kept each time the store changes.`,
  headBackups: (_: P) => ['name (UTC time)', 'replaced at (Europe/Paris)', 'size', 'people', 'registrations', 'state'].join('\t'),
  backupValid: (_: P) => 'valid',
  backupBroken: (_: P) => 'DAMAGED',
  backupRestored: (p: { from: string; kept: string; members: number }) => `Restored ${p.from} (${count(p.members, 'person', 'people')}).\nThe version it replaced is kept as ${p.kept}.`,
  backupRestoredNoPrevious: (p: { from: string; members: number }) => `Restored ${p.from} (${count(p.members, 'person', 'people')}).`,
  confirmRestore: (p: { from: string; path: string }) => `Replace the store ${p.path} by the backup ${p.from}? (the current version is kept as a backup)`,
  // confirmation
  confirmationNeeded: (p: { command: string }) => `'${p.command}' erases or overwrites data, and there is no terminal to confirm it (or --no-input was given).\nAdd --yes to confirm.`,
  notConfirmed: (_: P) => `Not confirmed; nothing was changed.`,
  // doctor
  doctorHealthy: (p: { path: string; members: number; registrations: number; backups: number }) =>
    `The store ${p.path} is healthy: ${count(p.members, 'person', 'people')}, ${count(p.registrations, 'registration')}, ${count(p.backups, 'backup')}.`,
  doctorProblemsFound: (p: { count: number }) => `${count(p.count, 'problem')} found; see above for what to do.`,
  doctorUnusableExit: (p: { path: string }) => `The store ${p.path} cannot be used; see above for what to do.`,
  doctorProblem: (_: P) => 'problem',
  doctorNote: (_: P) => 'note',
  doctorNoStore: (p: { path: string }) => `There is no store at ${p.path} yet.\nThe first command creates it (or 'caprural init').`,
  doctorMissingWithBackups: (p: { path: string; backup: string }) => `The store ${p.path} is missing but backups exist.\nRestore the newest: caprural backup restore latest (it is ${p.backup}).`,
  doctorUnusable: (p: { path: string }) => `The store ${p.path} cannot be used (the reason is above).\nRestore a backup: 'caprural backup list', then 'caprural backup restore <name>'.`,
  doctorUnusableNoBackup: (p: { path: string }) =>
    `The store ${p.path} cannot be used (the reason is above), and no backup of it exists.\nFix the file (or move it away and start again with 'caprural init').`,
  doctorOldSchema: (p: { from: number; to: number }) =>
    `The store is in schema version ${p.from}; it is read as version ${p.to} and will be written as such at the next change (the old file is kept as a backup).`,
  doctorPermissions: (p: { path: string; mode: string; want: string }) => `${p.path} can be read by other users (mode ${p.mode}); it holds personal data.\nRun: chmod ${p.want} "${p.path}"`,
  doctorBackupInvalid: (p: { path: string }) => `The backup ${p.path} is damaged and cannot be restored.\nMove it aside or delete it; the other backups are unaffected.`,
  doctorLockHeld: (p: { path: string }) => `Another caprural is changing the store right now (lock ${p.path}).`,
  doctorStaleLock: (p: { path: string; seconds: number }) =>
    `A lock left by a stopped caprural is there (${p.path}, ${p.seconds} s old).\nThe next change clears it by itself; or remove it: rm -r "${p.path}"`,
  doctorLockOwnerGone: (p: { path: string; pid: number }) =>
    `A lock left by a stopped caprural is there (${p.path}): the process that took it (${p.pid}) no longer runs on this machine.\nThe next change clears it by itself within 5 seconds; or remove it: rm -r "${p.path}"`,
  doctorTempFiles: (p: { count: number; files: string }) =>
    `${count(p.count, 'temporary file')} left by an interrupted write: ${p.files}\nThe next change removes them; or delete them (the store does not need them).`,
  doctorDuplicateId: (p: { collection: string; id: string }) =>
    `Two ${COLLECTIONS_EN[p.collection] ?? `records of ${p.collection}`} have the id ${p.id}.\nRestore a backup ('caprural backup list'), or edit the file so that each id is unique, then run 'caprural doctor'.`,
  doctorDuplicateEmail: (p: { email: string }) => `Two people share the e-mail ${p.email}.\nChange one with 'caprural member edit <id> --email …'.`,
  doctorSessionCourse: (p: { id: string; courseId: string }) => `The session ${p.id} belongs to an unknown course ${p.courseId}.\nRestore a backup or fix the course id in the file.`,
  doctorRuleCourse: (p: { id: string; courseId: string }) => `The eligibility rule ${p.id} names an unknown course ${p.courseId}.\nRestore a backup or fix the course id in the file.`,
  doctorMemberOrg: (p: { id: string; organisationId: string }) =>
    `${p.id} belongs to an organisation that does not exist (${p.organisationId}).\nFix it with: caprural member edit ${p.id} --org <organisation> (or --org "").`,
  doctorMembershipPayer: (p: { id: string }) => `The cotisation ${p.id} must be paid by exactly one organisation or one person.\nRestore a backup or fix the file.`,
  doctorMembershipOrphan: (p: { id: string; payer: string }) => `The cotisation ${p.id} was paid by ${p.payer}, who does not exist.\nRestore a backup or fix the file.`,
  doctorRegistrationSession: (p: { id: string; sessionId: string }) => `The registration ${p.id} is for a session that does not exist (${p.sessionId}).\nRestore a backup or fix the file.`,
  doctorRegistrationMember: (p: { id: string; memberId: string }) => `The registration ${p.id} is for a person who does not exist (${p.memberId}).\nRestore a backup or fix the file.`,
  doctorRegistrationTwice: (p: { id: string; other: string; memberId: string; sessionId: string }) =>
    `${p.memberId} is registered twice for ${p.sessionId} (${p.other} and ${p.id}).\nCancel one with 'caprural cancel'.`,
  // export, forget, retention
  forgotten: (p: { id: string; rewritten: number }) => `Erased: the person is now the anonymous record ${p.id} (registrations and attendance kept); ${count(p.rewritten, 'backup')} cleaned.`,
  forgetAlready: (p: { id: string }) => `${p.id} is already anonymised; nothing to do.`,
  forgetBackupsUnreadable: (p: { files: string }) => `These backups are damaged and could not be cleaned; they may still hold the erased data. Delete them: ${p.files}`,
  confirmForget: (p: { name: string; id: string }) => `Erase ${p.name} (${p.id}) from the store, its history and its backups? This cannot be undone.`,
  retentionNone: (p: { before: number }) => `Nobody without activity since ${p.before}.`,
  retentionHead: (_: P) => ['id', 'name', 'e-mail', 'last activity'].join('\t'),
  retentionWould: (p: { count: number; before: number }) => `${count(p.count, 'person', 'people')} without activity since ${p.before} (dry run: nothing changed).`,
  retentionDone: (p: { count: number; rewritten: number }) => `${count(p.count, 'person', 'people')} anonymised; ${count(p.rewritten, 'backup')} cleaned.`,
  confirmRetention: (p: { count: number; before: number }) => `Anonymise ${p.count === 1 ? 'this person' : `these ${p.count} people`} without activity since ${p.before}? This cannot be undone.`,
} satisfies Record<string, (p: never) => string>;

export const resilienceFr: typeof resilienceEn = {
  noBackups: (p) => `Il n'y a encore aucune sauvegarde de ${p.path}.\nUne sauvegarde est conservée à chaque modification du stockage.`,
  backupNotFound: (p) => `Aucune sauvegarde « ${p.which} » dans ${p.dir}.\nIndiquez un nom donné par 'caprural backup list', le chemin d'un fichier de stockage, ou « latest ».`,
  backupInvalid: (p) => `La sauvegarde ${p.path} ne peut pas être restaurée : ${p.reason}. Rien n'a été modifié.\nChoisissez-en une autre avec 'caprural backup list'.`,
  noBackupsYet: () => `Aucune sauvegarde pour l'instant : une est conservée à chaque modification du stockage.`,
  headBackups: () => ['nom (heure UTC)', 'remplacée le (Europe/Paris)', 'taille', 'personnes', 'inscriptions', 'état'].join('\t'),
  backupValid: () => 'valide',
  backupBroken: () => 'ABÎMÉE',
  backupRestored: (p) => `${p.from} restaurée (${nb(p.members, 'personne')}).\nLa version remplacée est conservée : ${p.kept}.`,
  backupRestoredNoPrevious: (p) => `${p.from} restaurée (${nb(p.members, 'personne')}).`,
  confirmRestore: (p) => `Remplacer le stockage ${p.path} par la sauvegarde ${p.from} ? (la version actuelle est conservée en sauvegarde)`,
  confirmationNeeded: (p) => `'caprural ${p.command}' efface ou remplace des données, et aucun terminal ne permet de le confirmer (ou --no-input a été donné).\nAjoutez --yes pour confirmer.`,
  notConfirmed: () => `Non confirmé ; rien n'a été modifié.`,
  doctorHealthy: (p) => `Le stockage ${p.path} est sain : ${nb(p.members, 'personne')}, ${nb(p.registrations, 'inscription')}, ${nb(p.backups, 'sauvegarde')}.`,
  doctorProblemsFound: (p) => `${nb(p.count, 'problème trouvé', 'problèmes trouvés')} ; voir ci-dessus ce qu'il faut faire.`,
  doctorUnusableExit: (p) => `Le stockage ${p.path} est inutilisable ; voir ci-dessus ce qu'il faut faire.`,
  doctorProblem: () => 'problème',
  doctorNote: () => 'remarque',
  doctorNoStore: (p) => `Il n'y a pas encore de stockage à ${p.path}.\nLa première commande le crée (ou 'caprural init').`,
  doctorMissingWithBackups: (p) => `Le stockage ${p.path} est absent mais des sauvegardes existent.\nRestaurez la plus récente : caprural backup restore latest (c'est ${p.backup}).`,
  doctorUnusable: (p) => `Le stockage ${p.path} est inutilisable (la raison est ci-dessus).\nRestaurez une sauvegarde : 'caprural backup list', puis 'caprural backup restore <nom>'.`,
  doctorUnusableNoBackup: (p) =>
    `Le stockage ${p.path} est inutilisable (la raison est ci-dessus) et n'a aucune sauvegarde.\nCorrigez le fichier (ou mettez-le de côté et repartez de 'caprural init').`,
  doctorOldSchema: (p) => `Le stockage est au schéma ${p.from} ; il est lu comme schéma ${p.to} et sera écrit ainsi à la prochaine modification (l'ancien fichier est conservé en sauvegarde).`,
  doctorPermissions: (p) => `${p.path} est lisible par d'autres utilisateurs (mode ${p.mode}) ; il contient des données personnelles.\nExécutez : chmod ${p.want} "${p.path}"`,
  doctorBackupInvalid: (p) => `La sauvegarde ${p.path} est abîmée et ne peut pas être restaurée.\nDéplacez-la ou supprimez-la ; les autres sauvegardes ne sont pas touchées.`,
  doctorLockHeld: (p) => `Un autre caprural modifie le stockage en ce moment (verrou ${p.path}).`,
  doctorStaleLock: (p) =>
    `Un verrou laissé par un caprural arrêté est présent (${p.path}, âgé de ${p.seconds} s).\nLa prochaine modification le lève d'elle-même ; ou supprimez-le : rm -r "${p.path}"`,
  doctorLockOwnerGone: (p) =>
    `Un verrou laissé par un caprural arrêté est présent (${p.path}) : le processus qui l'a pris (${p.pid}) ne tourne plus sur cette machine.\nLa prochaine modification le lève d'elle-même dans les 5 secondes ; ou supprimez-le : rm -r "${p.path}"`,
  doctorTempFiles: (p) =>
    `${nb(p.count, 'fichier temporaire laissé', 'fichiers temporaires laissés')} par une écriture interrompue : ${p.files}\nLa prochaine modification les supprime ; ou supprimez-les (le stockage n'en a pas besoin).`,
  doctorDuplicateId: (p) =>
    `Deux ${COLLECTIONS_FR[p.collection] ?? `éléments de ${p.collection}`} ont l'identifiant ${p.id}.\nRestaurez une sauvegarde ('caprural backup list'), ou corrigez le fichier pour que chaque identifiant soit unique, puis lancez 'caprural doctor'.`,
  doctorDuplicateEmail: (p) => `Deux personnes partagent l'adresse ${p.email}.\nModifiez-en une avec 'caprural member edit <id> --email …'.`,
  doctorSessionCourse: (p) => `La session ${p.id} appartient à une formation inconnue ${p.courseId}.\nRestaurez une sauvegarde ou corrigez l'identifiant dans le fichier.`,
  doctorRuleCourse: (p) => `La règle d'éligibilité ${p.id} cite une formation inconnue ${p.courseId}.\nRestaurez une sauvegarde ou corrigez l'identifiant dans le fichier.`,
  doctorMemberOrg: (p) => `${p.id} appartient à une structure qui n'existe pas (${p.organisationId}).\nCorrigez avec : caprural member edit ${p.id} --org <structure> (ou --org "").`,
  doctorMembershipPayer: (p) => `La cotisation ${p.id} doit être payée par une seule structure ou une seule personne.\nRestaurez une sauvegarde ou corrigez le fichier.`,
  doctorMembershipOrphan: (p) => `La cotisation ${p.id} a été payée par ${p.payer}, qui n'existe pas.\nRestaurez une sauvegarde ou corrigez le fichier.`,
  doctorRegistrationSession: (p) => `L'inscription ${p.id} porte sur une session qui n'existe pas (${p.sessionId}).\nRestaurez une sauvegarde ou corrigez le fichier.`,
  doctorRegistrationMember: (p) => `L'inscription ${p.id} porte sur une personne qui n'existe pas (${p.memberId}).\nRestaurez une sauvegarde ou corrigez le fichier.`,
  doctorRegistrationTwice: (p) => `${p.memberId} est inscrit deux fois à ${p.sessionId} (${p.other} et ${p.id}).\nAnnulez-en une avec 'caprural cancel'.`,
  forgotten: (p) => `Effacé : la personne est désormais l'enregistrement anonyme ${p.id} (inscriptions et présences conservées) ; ${nb(p.rewritten, 'sauvegarde nettoyée', 'sauvegardes nettoyées')}.`,
  forgetAlready: (p) => `${p.id} est déjà anonymisé ; rien à faire.`,
  forgetBackupsUnreadable: (p) => `Ces sauvegardes sont abîmées et n'ont pas pu être nettoyées ; elles peuvent encore contenir les données effacées. Supprimez-les : ${p.files}`,
  confirmForget: (p) => `Effacer ${p.name} (${p.id}) du stockage, de l'historique et des sauvegardes ? C'est irréversible.`,
  retentionNone: (p) => `Personne sans activité depuis ${p.before}.`,
  retentionHead: () => ['id', 'nom', 'e-mail', 'dernière activité'].join('\t'),
  retentionWould: (p) => `${nb(p.count, 'personne')} sans activité depuis ${p.before} (simulation : rien n'a été modifié).`,
  retentionDone: (p) => `${nb(p.count, 'personne anonymisée', 'personnes anonymisées')} ; ${nb(p.rewritten, 'sauvegarde nettoyée', 'sauvegardes nettoyées')}.`,
  confirmRetention: (p) => `Anonymiser ${p.count < 2 ? 'cette personne' : `ces ${p.count} personnes`} sans activité depuis ${p.before} ? C'est irréversible.`,
};
