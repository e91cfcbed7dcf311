// The sentences of the store itself (issue 11): paths, the lock, validation of writes, backups' states.
import { count, nb } from './french';

export const storeEn = {
  storeNotFile: (p: { path: string }) =>
    `The store ${p.path} is not a regular file (a folder, a pipe or a device); nothing was read or written.\nGive the path of a store file with --store or CAPRURAL_STORE.`,
  storeEmptyPath: (_: Record<string, never>) => `--store is empty.\nGive the path of a store file, or leave --store out to use the default one.`,
  storeWriteInvalid: (p: { problem: string }) =>
    `This change would make the store invalid (${p.problem}); nothing was written.\nCheck the values given (an id is at most 120 characters), then try again.`,
  storeLockNotLock: (p: { path: string }) =>
    `${p.path} should be caprural's lock folder, but something else is there; nothing was changed.\nIf no caprural is running, move that file aside, then try again.`,
  storeLockFuture: (p: { path: string; seconds: number }) =>
    `The lock ${p.path} is dated ${p.seconds} s in the future: a machine sharing this store has its clock ahead. Nothing was changed.\nSet the machines' clocks right; if no caprural is running, remove the lock folder.`,
  backupNewer: (p: { path: string; version: number; supported: number }) =>
    `The backup ${p.path} was written by a newer caprural (schema ${p.version}; this one knows ${p.supported}); it is not damaged. Nothing was changed.\nUpdate caprural to restore it.`,
  backupDangling: (p: { path: string }) => `The backup ${p.path} is a link to a file that no longer exists.\nRemove the link.`,
  invalidImportedId: (p: { value: string }) =>
    `"${p.value}" is not an id caprural could make: lower-case letters and digits joined by single hyphens, at most 80 characters (anonyme-N is reserved).\nCorrect it, or leave the cell empty to have one made from the name.`,
  memberImportChanged: (p: { id: string; fields: string }) => `  ${p.id}: ${p.fields}`,
  doctorLockFuture: (p: { path: string; seconds: number }) =>
    `The lock ${p.path} is dated ${p.seconds} s in the future: a machine sharing this store has its clock ahead.\nSet the machines' clocks right; if no caprural is running, remove it: rm -r "${p.path}"`,
  doctorLockNotLock: (p: { path: string }) => `${p.path} should be caprural's lock folder, but something else is there: every change will be refused.\nIf no caprural is running, move it aside.`,
  doctorBackupNewer: (p: { path: string }) => `The backup ${p.path} was written by a newer caprural; it is not damaged, but this one cannot restore it.`,
  doctorBackupUnreadable: (p: { path: string }) => `The backup ${p.path} cannot be read (permissions, or a link to nothing); it is not known to be damaged.\nCheck its permissions, or remove it.`,
  doctorBackupHoldsErased: (p: { path: string; ids: string }) =>
    `The backup ${p.path} still holds people who were erased (${p.ids}).\nRun 'caprural member forget <id> --yes' again for one of them, or delete that backup.`,
  doctorAsideHoldsErased: (p: { path: string; ids: string }) =>
    `The history set aside ${p.path} still holds people who were erased (${p.ids}), in lines an erasure cannot rewrite.\nDelete that file, or remove those lines from it.`,
  backupNewerState: (_: Record<string, never>) => 'NEWER',
  backupUnreadableState: (_: Record<string, never>) => 'UNREADABLE',
  stdoutFailed: (p: { reason: string }) => `caprural: could not write the output (${p.reason}); any change the command made is saved (see 'caprural log').`,
  restoreErasuresReapplied: (p: { count: number; ids: string }) =>
    `${count(p.count, 'erasure')} made after this backup was saved ${p.count === 1 ? 'was' : 'were'} applied again (${p.ids}): an erased person does not come back.`,
};

export const storeFr: { [K in keyof typeof storeEn]: (p: Parameters<(typeof storeEn)[K]>[0]) => string } = {
  storeNotFile: (p) =>
    `Le stockage ${p.path} n'est pas un fichier ordinaire (un dossier, un tube ou un périphérique) ; rien n'a été lu ni écrit.\nIndiquez le chemin d'un fichier de stockage avec --store ou CAPRURAL_STORE.`,
  storeEmptyPath: () => `--store est vide.\nIndiquez le chemin d'un fichier de stockage, ou omettez --store pour utiliser celui par défaut.`,
  storeWriteInvalid: (p) =>
    `Cette modification rendrait le stockage invalide (${p.problem}) ; rien n'a été écrit.\nVérifiez les valeurs données (un identifiant fait au plus 120 caractères), puis réessayez.`,
  storeLockNotLock: (p) =>
    `${p.path} devrait être le dossier de verrou de caprural, mais autre chose s'y trouve ; rien n'a été modifié.\nSi aucun caprural ne tourne, déplacez ce fichier, puis réessayez.`,
  storeLockFuture: (p) =>
    `Le verrou ${p.path} est daté de ${p.seconds} s dans le futur : une machine partageant ce stockage a une horloge en avance. Rien n'a été modifié.\nRemettez les horloges à l'heure ; si aucun caprural ne tourne, supprimez le dossier de verrou.`,
  backupNewer: (p) =>
    `La sauvegarde ${p.path} a été écrite par un caprural plus récent (schéma ${p.version} ; celui-ci connaît ${p.supported}) ; elle n'est pas abîmée. Rien n'a été modifié.\nMettez caprural à jour pour la restaurer.`,
  backupDangling: (p) => `La sauvegarde ${p.path} est un lien vers un fichier qui n'existe plus.\nSupprimez le lien.`,
  invalidImportedId: (p) =>
    `« ${p.value} » n'est pas un identifiant que caprural pourrait créer : lettres minuscules et chiffres reliés par des tirets simples, 80 caractères au plus (anonyme-N est réservé).\nCorrigez-le, ou laissez la case vide pour qu'il soit créé à partir du nom.`,
  memberImportChanged: (p) => `  ${p.id} : ${p.fields}`,
  doctorLockFuture: (p) =>
    `Le verrou ${p.path} est daté de ${p.seconds} s dans le futur : une machine partageant ce stockage a une horloge en avance.\nRemettez les horloges à l'heure ; si aucun caprural ne tourne, supprimez-le : rm -r "${p.path}"`,
  doctorLockNotLock: (p) => `${p.path} devrait être le dossier de verrou de caprural, mais autre chose s'y trouve : toute modification sera refusée.\nSi aucun caprural ne tourne, déplacez-le.`,
  doctorBackupNewer: (p) => `La sauvegarde ${p.path} a été écrite par un caprural plus récent ; elle n'est pas abîmée, mais celui-ci ne peut pas la restaurer.`,
  doctorBackupUnreadable: (p) => `La sauvegarde ${p.path} ne peut pas être lue (droits, ou lien vers rien) ; rien n'indique qu'elle soit abîmée.\nVérifiez ses droits, ou supprimez-la.`,
  doctorBackupHoldsErased: (p) =>
    `La sauvegarde ${p.path} contient encore des personnes effacées (${p.ids}).\nRelancez 'caprural member forget <id> --yes' pour l'une d'elles, ou supprimez cette sauvegarde.`,
  doctorAsideHoldsErased: (p) =>
    `L'historique mis de côté ${p.path} contient encore des personnes effacées (${p.ids}), dans des lignes qu'un effacement ne peut pas réécrire.\nSupprimez ce fichier, ou retirez-en ces lignes.`,
  backupNewerState: () => 'PLUS RÉCENTE',
  backupUnreadableState: () => 'ILLISIBLE',
  stdoutFailed: (p) => `caprural : impossible d'écrire la sortie (${p.reason}) ; toute modification faite par la commande est enregistrée (voir 'caprural log').`,
  restoreErasuresReapplied: (p) =>
    `${nb(p.count, 'effacement fait', 'effacements faits')} après cette sauvegarde ${p.count < 2 ? 'a été appliqué' : 'ont été appliqués'} de nouveau (${p.ids}) : une personne effacée ne revient pas.`,
};
