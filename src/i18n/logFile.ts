// The sentences of the store's history file (store.json.log, issue 20 item 4): reading it, and what doctor says of it.

const reasonEn = (r: string | number) => {
  const s = String(r);
  if (s === 'notJson') return 'the line is not JSON';
  if (s === 'notObject') return 'the line is not an entry';
  if (s.startsWith('seq:')) return `its number is ${s.slice(4)}, not the one expected`;
  return s;
};
const reasonFr = (r: string | number) => {
  const s = String(r);
  if (s === 'notJson') return "la ligne n'est pas du JSON";
  if (s === 'notObject') return "la ligne n'est pas une entrée";
  if (s.startsWith('seq:')) return `son numéro est ${s.slice(4)}, pas celui attendu`;
  return s;
};

import { count, nb } from './french';

export const logFileEn = {
  logNotFile: (p: { path: string }) =>
    `The store's history ${p.path} is not a regular file (a folder, a pipe or a device); nothing was read or written.\nMove it aside: the history is a file of JSON lines beside the store.`,
  infoLabelHistory: (_: Record<string, never>) => 'History',
  infoHistory: (p: { size: string; entries: number }) => `${p.size}, ${count(p.entries, 'entry', 'entries')}`,
  logDamaged: (p: { path: string; line: number; reason: string }) =>
    `The store's history ${p.path} is damaged at line ${p.line} (${reasonEn(p.reason)}). Nothing was changed.\nRun 'caprural doctor' for what to do; keep a copy of the file before editing that line.`,
  logShort: (p: { path: string; has: number; want: number }) =>
    `The store's history ${p.path} ends at entry ${p.has}, but the store counts ${p.want}: it was cut, replaced or removed. Nothing was changed.\nPut the file back from a copy if you have one; 'caprural doctor' says how to go on without the missing entries.`,
  logReplaced: (p: { path: string; seq: number }) =>
    `The store's history ${p.path} is not this store's: its entry ${p.seq} was not written when the store says (another store's history put in its place?). Nothing was changed.\nPut this store's history back; 'caprural doctor' says how to go on without it.`,
  doctorLogReplaced: (p: { path: string; seq: number; store: string }) =>
    `The history ${p.path} is not this store's: its entry ${p.seq} was not written when the store says (another store's history put in its place?). Changes are refused.\nPut this store's history back from a copy; or, to go on with this file as it is: caprural backup restore "${p.store}" --yes (its lines are kept, the store's history continues after them).`,
  doctorLogDamaged: (p: { path: string; line: number; reason: string; store: string }) =>
    `The history ${p.path} is damaged at line ${p.line} (${reasonEn(p.reason)}): 'caprural log', 'member export' and erasures refuse to run.\nKeep a copy of the file, then fix that line (one JSON entry per line, "seq" numbered from 1) or put the file back from a copy.`,
  doctorLogShort: (p: { path: string; has: number; want: number; store: string }) =>
    `The history ${p.path} ends at entry ${p.has}, but the store counts ${p.want} (entries lost): changes are refused.\nPut the file back from a copy; or, to go on with what is left: caprural backup restore "${p.store}" --yes (the store is put back as it is, its history continues after entry ${p.has}).`,
  doctorLogUnreadable: (p: { path: string; reason: string }) =>
    `The history ${p.path} cannot be read (${p.reason === 'EACCES' ? 'permission denied' : p.reason === 'EPERM' ? 'operation not permitted' : p.reason}): 'caprural log', changes and erasures refuse to run.\nMake it readable by the user who runs caprural: chmod 600 "${p.path}" (if it belongs to another user, as after a run with sudo: sudo chown "$USER" "${p.path}").`,
  doctorLogLeftovers: (p: { path: string; count: number }) =>
    `${p.count === 1 ? '1 line' : `${p.count} lines`} at the end of the history ${p.path} ${p.count === 1 ? 'was' : 'were'} written by a command stopped before it finished; ${p.count === 1 ? 'it is' : 'they are'} not part of the history and the next change sets ${p.count === 1 ? 'it' : 'them'} aside in a file of ${p.count === 1 ? 'its' : 'their'} own (never deleted).`,
  doctorLogAside: (p: { files: string }) =>
    `History lines that the store does not count were set aside, not deleted: ${p.files}\nThey are a history found beside a new or older store, lines of a command stopped before it finished, or entries that a store put back by hand from a copy no longer counts. Keep them if they are of use (a JSON entry per line), or delete them.`,
} satisfies Record<string, (p: never) => string>;

export const logFileFr: typeof logFileEn = {
  logNotFile: (p) =>
    `L'historique du stockage ${p.path} n'est pas un fichier ordinaire (un dossier, un tube ou un périphérique) ; rien n'a été lu ni écrit.\nDéplacez-le : l'historique est un fichier de lignes JSON à côté du stockage.`,
  infoLabelHistory: () => 'Historique',
  infoHistory: (p) => `${p.size}, ${nb(p.entries, 'entrée')}`,
  logDamaged: (p) =>
    `L'historique du stockage ${p.path} est abîmé à la ligne ${p.line} (${reasonFr(p.reason)}). Rien n'a été modifié.\nLancez 'caprural doctor' pour savoir quoi faire ; gardez une copie du fichier avant de corriger cette ligne.`,
  logShort: (p) =>
    `L'historique du stockage ${p.path} s'arrête à l'entrée ${p.has}, mais le stockage en compte ${p.want} : il a été coupé, remplacé ou supprimé. Rien n'a été modifié.\nRemettez le fichier depuis une copie si vous en avez une ; 'caprural doctor' indique comment continuer sans les entrées manquantes.`,
  logReplaced: (p) =>
    `L'historique du stockage ${p.path} n'est pas celui de ce stockage : son entrée ${p.seq} n'a pas été écrite au moment que dit le stockage (l'historique d'un autre stockage mis à sa place ?). Rien n'a été modifié.\nRemettez l'historique de ce stockage ; 'caprural doctor' indique comment continuer sans lui.`,
  doctorLogReplaced: (p) =>
    `L'historique ${p.path} n'est pas celui de ce stockage : son entrée ${p.seq} n'a pas été écrite au moment que dit le stockage (l'historique d'un autre stockage mis à sa place ?). Les modifications sont refusées.\nRemettez l'historique de ce stockage depuis une copie ; ou, pour continuer avec ce fichier tel quel : caprural backup restore "${p.store}" --yes (ses lignes sont gardées, l'historique du stockage reprend après elles).`,
  doctorLogDamaged: (p) =>
    `L'historique ${p.path} est abîmé à la ligne ${p.line} (${reasonFr(p.reason)}) : 'caprural log', 'member export' et les effacements refusent de s'exécuter.\nGardez une copie du fichier, puis corrigez cette ligne (une entrée JSON par ligne, « seq » numéroté à partir de 1) ou remettez le fichier depuis une copie.`,
  doctorLogShort: (p) =>
    `L'historique ${p.path} s'arrête à l'entrée ${p.has}, mais le stockage en compte ${p.want} (entrées perdues) : les modifications sont refusées.\nRemettez le fichier depuis une copie ; ou, pour continuer avec ce qui reste : caprural backup restore "${p.store}" --yes (le stockage est remis tel quel, son historique reprend après l'entrée ${p.has}).`,
  doctorLogUnreadable: (p) =>
    `L'historique ${p.path} ne peut pas être lu (${p.reason === 'EACCES' ? 'permission refusée' : p.reason === 'EPERM' ? 'opération non permise' : p.reason}) : 'caprural log', les modifications et les effacements refusent de s'exécuter.\nRendez-le lisible par l'utilisateur qui lance caprural : chmod 600 "${p.path}" (s'il appartient à un autre utilisateur, comme après un lancement avec sudo : sudo chown "$USER" "${p.path}").`,
  doctorLogLeftovers: (p) =>
    `${p.count === 1 ? '1 ligne' : `${p.count} lignes`} à la fin de l'historique ${p.path} ${p.count === 1 ? 'a été écrite' : 'ont été écrites'} par une commande arrêtée avant la fin ; ${p.count === 1 ? 'elle ne fait' : 'elles ne font'} pas partie de l'historique et la prochaine modification ${p.count === 1 ? 'la met' : 'les met'} de côté dans un fichier à part (sans rien effacer).`,
  doctorLogAside: (p) =>
    `Des lignes d'historique que le stockage ne compte pas ont été mises de côté, pas effacées : ${p.files}\nCe sont un historique trouvé à côté d'un stockage nouveau ou plus ancien, les lignes d'une commande arrêtée avant la fin, ou des entrées qu'un stockage remis à la main depuis une copie ne compte plus. Gardez-les si elles peuvent servir (une entrée JSON par ligne), ou supprimez-les.`,
};
