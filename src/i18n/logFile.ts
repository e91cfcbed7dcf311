// The sentences of the store's history file (store.json.log, issue 20 item 4): reading it, and what doctor says of it.

/** The fields of an entry, as a person reads them. */
const FIELD_EN: Record<string, string> = {
  at: 'its date "at" is not written like 2026-11-29T19:15:32.141Z (UTC)',
  user: 'its "user" is not a text',
  action: 'its "action" is empty or not a text',
  target: 'its "target" is neither a text nor null',
  details: 'its "details" are not an object of plain values (4 levels deep at most)',
};
const FIELD_FR: Record<string, string> = {
  at: "sa date « at » n'est pas écrite comme 2026-11-29T19:15:32.141Z (UTC)",
  user: "son « user » n'est pas un texte",
  action: "son « action » est vide ou n'est pas un texte",
  target: "sa « target » n'est ni un texte ni null",
  details: 'ses « details » ne sont pas un objet de valeurs simples (4 niveaux au plus)',
};

/**
 * Damaged lines given as "line=reason|line=reason", said one after the other ("line 5 (why); line 6
 * (why)"), and how many more there are than named ("and 3 more").
 */
function linesOf(lines: string, total: number, reason: (r: string) => string, word: string, sep: string, and: string, more: string): string {
  // Printable separators: the message's parameters are escaped for display before they get here.
  const named = lines.split('|').filter(Boolean);
  const said = named.map((l) => `${word} ${l.slice(0, l.indexOf('='))} (${reason(l.slice(l.indexOf('=') + 1))})`);
  return `${said.join(sep)}${total > named.length ? ` ${and} ${total - named.length} ${more}` : ''}`;
}

/** Why a line is damaged (src/store/logFile.ts, src/store/codec.ts), in words: the same for `log`, a change and `doctor`. */
const reasonEn = (r: string | number) => {
  const s = String(r);
  const [code, a, b] = s.split(':');
  if (s === 'notJson') return 'the line is not JSON';
  if (s === 'notObject') return 'the line is not an entry';
  if (s === 'noSeq') return 'its number "seq" is missing or not a whole number';
  if (code === 'order') return `its number ${a} does not come after the one before, ${b}: lines swapped or written twice`;
  if (code === 'missing') return `its "${a}" is missing`;
  if (code === 'field') return FIELD_EN[a!] ?? `its "${a}" is not as expected`;
  if (s.startsWith('seq:')) return `its number is ${s.slice(4)}, not the one expected`;
  return s;
};
const reasonFr = (r: string | number) => {
  const s = String(r);
  const [code, a, b] = s.split(':');
  if (s === 'notJson') return "la ligne n'est pas du JSON";
  if (s === 'notObject') return "la ligne n'est pas une entrée";
  if (s === 'noSeq') return "son numéro « seq » manque ou n'est pas un nombre entier";
  if (code === 'order') return `son numéro ${a} ne vient pas après le précédent, ${b} : lignes interverties ou écrites deux fois`;
  if (code === 'missing') return `son « ${a} » manque`;
  if (code === 'field') return FIELD_FR[a!] ?? `son « ${a} » n'a pas la forme attendue`;
  if (s.startsWith('seq:')) return `son numéro est ${s.slice(4)}, pas celui attendu`;
  return s;
};

/** Numbers ("9,10,11,14") as ranges: "9", "9 to 11, 14". */
const rangesOf = (list: string, to: string): string => {
  const seqs = list.split(',').map(Number);
  const parts: string[] = [];
  for (let i = 0; i < seqs.length;) {
    let j = i;
    while (j + 1 < seqs.length && seqs[j + 1] === seqs[j]! + 1) j += 1;
    parts.push(j === i ? String(seqs[i]) : `${seqs[i]} ${to} ${seqs[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
};

import { count, nb } from './french';

export const logFileEn = {
  logNotFile: (p: { path: string }) =>
    `The store's history ${p.path} is not a regular file (a folder, a pipe or a device); nothing was read or written.\nMove it aside: the history is a file of JSON lines beside the store.`,
  infoLabelHistory: (_: Record<string, never>) => 'History',
  infoHistory: (p: { size: string; entries: number }) => `${p.size}, ${count(p.entries, 'entry', 'entries')}`,
  infoHistoryMissing: (p: { entries: number }) => `missing, while the store counts ${count(p.entries, 'entry', 'entries')} (run 'caprural doctor')`,
  infoHistoryNotFile: (_: Record<string, never>) => `not a regular file (a folder, a pipe…): run 'caprural doctor'`,
  infoHistoryInside: (p: { entries: number }) => `inside the store's file (schema 3), ${count(p.entries, 'entry', 'entries')}; moved beside it at the next change`,
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
  doctorLogDamagedLines: (p: { path: string; lines: string; count: number }) =>
    `The history ${p.path} is damaged at ${p.count} lines: ${linesOf(p.lines, p.count, reasonEn, 'line', '; ', 'and', 'more')}. 'caprural log', 'member export' and erasures refuse to run.\nKeep a copy of the file, then fix those lines (one JSON entry per line, "seq" numbered from 1) or put the file back from a copy.`,
  doctorLogShort: (p: { path: string; has: number; want: number; store: string }) =>
    `The history ${p.path} ends at entry ${p.has}, but the store counts ${p.want} (entries lost): changes are refused.\nPut the file back from a copy; or, to go on with what is left: caprural backup restore "${p.store}" --yes (the store is put back as it is, its history continues after entry ${p.has}).`,
  doctorLogUnreadable: (p: { path: string; reason: string }) =>
    `The history ${p.path} cannot be read (${p.reason === 'EACCES' ? 'permission denied' : p.reason === 'EPERM' ? 'operation not permitted' : p.reason}): 'caprural log', changes and erasures refuse to run.\nMake it readable by the user who runs caprural: chmod 600 "${p.path}" (if it belongs to another user, as after a run with sudo: sudo chown "$USER" "${p.path}").`,
  doctorLogLeftovers: (p: { path: string; count: number }) =>
    `${p.count === 1 ? '1 line' : `${p.count} lines`} at the end of the history ${p.path} ${p.count === 1 ? 'was' : 'were'} written by a command stopped before it finished; ${p.count === 1 ? 'it is' : 'they are'} not part of the history and the next change sets ${p.count === 1 ? 'it' : 'them'} aside in a file of ${p.count === 1 ? 'its' : 'their'} own (never deleted).`,
  logReadOnly: (p: { path: string }) =>
    `The store's history ${p.path} is read-only: the change was refused and nothing was changed.\nGive its owner the right to write it: chmod u+w "${p.path}" (if it belongs to another user, as after a run with sudo: sudo chown "$USER" "${p.path}").`,
  doctorLogReadOnly: (p: { path: string }) =>
    `The history ${p.path} is read-only: every change (add, register, pay…) is refused.\nGive its owner the right to write it: chmod u+w "${p.path}" (if it belongs to another user, as after a run with sudo: sudo chown "$USER" "${p.path}").`,
  logOutOfOrder: (p: { path: string; seq: number; after: number }) =>
    `The end of the store's history ${p.path} is out of order: entry ${p.seq} comes before entry ${p.after} (lines swapped?). Nothing was changed.\nRun 'caprural doctor' for the line to fix; keep a copy of the file before editing it.`,
  logGap: (p: { path: string; seqs: string; count: number }) =>
    `The history ${p.path} has no ${p.count === 1 ? 'entry' : 'entries'} ${rangesOf(p.seqs, 'to')} (${p.count === 1 ? 'a line' : 'lines'} removed from the file?): shown as missing, the others are read.\nPut ${p.count === 1 ? 'it' : 'them'} back from a copy of the file if you have one; otherwise there is nothing to do.`,
  doctorLogGap: (p: { path: string; seqs: string; count: number }) =>
    `The history ${p.path} has no ${p.count === 1 ? 'entry' : 'entries'} ${rangesOf(p.seqs, 'to')} (${p.count === 1 ? 'a line' : 'lines'} removed from the file by hand?). 'caprural log' shows ${p.count === 1 ? 'it' : 'them'} as missing; changes, 'member export' and erasures work, and keep the other numbers as they are.\nPut ${p.count === 1 ? 'it' : 'them'} back from a copy of the file if you have one; otherwise there is nothing to do.`,
  doctorLogBesideOlder: (p: { path: string; version: number }) =>
    `The file ${p.path} beside this store of schema ${p.version} is not its history (the store still holds its entries inside): the next change sets it aside, whole, in a file of its own (never deleted), and writes the store's history there.`,
  doctorLogAside: (p: { files: string }) =>
    `History lines that the store does not count were set aside, not deleted: ${p.files}\nThey are a history found beside a new or older store, lines of a command stopped before it finished, or entries that a store put back by hand from a copy no longer counts. Keep them if they are of use (a JSON entry per line), or delete them.`,
} satisfies Record<string, (p: never) => string>;

export const logFileFr: typeof logFileEn = {
  logNotFile: (p) =>
    `L'historique du stockage ${p.path} n'est pas un fichier ordinaire (un dossier, un tube ou un périphérique) ; rien n'a été lu ni écrit.\nDéplacez-le : l'historique est un fichier de lignes JSON à côté du stockage.`,
  infoLabelHistory: () => 'Historique',
  infoHistory: (p) => `${p.size}, ${nb(p.entries, 'entrée')}`,
  infoHistoryMissing: (p) => `absent, alors que le stockage compte ${nb(p.entries, 'entrée')} (lancez 'caprural doctor')`,
  infoHistoryNotFile: () => `n'est pas un fichier ordinaire (un dossier, un tube…) : lancez 'caprural doctor'`,
  infoHistoryInside: (p) => `dans le fichier du stockage (schéma 3), ${nb(p.entries, 'entrée')} ; mis à côté de lui à la prochaine modification`,
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
  doctorLogDamagedLines: (p) =>
    `L'historique ${p.path} est abîmé à ${p.count} lignes : ${linesOf(p.lines, p.count, reasonFr, 'ligne', ' ; ', 'et', 'autres')}. 'caprural log', 'member export' et les effacements refusent de s'exécuter.\nGardez une copie du fichier, puis corrigez ces lignes (une entrée JSON par ligne, « seq » numéroté à partir de 1) ou remettez le fichier depuis une copie.`,
  doctorLogShort: (p) =>
    `L'historique ${p.path} s'arrête à l'entrée ${p.has}, mais le stockage en compte ${p.want} (entrées perdues) : les modifications sont refusées.\nRemettez le fichier depuis une copie ; ou, pour continuer avec ce qui reste : caprural backup restore "${p.store}" --yes (le stockage est remis tel quel, son historique reprend après l'entrée ${p.has}).`,
  doctorLogUnreadable: (p) =>
    `L'historique ${p.path} ne peut pas être lu (${p.reason === 'EACCES' ? 'permission refusée' : p.reason === 'EPERM' ? 'opération non permise' : p.reason}) : 'caprural log', les modifications et les effacements refusent de s'exécuter.\nRendez-le lisible par l'utilisateur qui lance caprural : chmod 600 "${p.path}" (s'il appartient à un autre utilisateur, comme après un lancement avec sudo : sudo chown "$USER" "${p.path}").`,
  doctorLogLeftovers: (p) =>
    `${p.count === 1 ? '1 ligne' : `${p.count} lignes`} à la fin de l'historique ${p.path} ${p.count === 1 ? 'a été écrite' : 'ont été écrites'} par une commande arrêtée avant la fin ; ${p.count === 1 ? 'elle ne fait' : 'elles ne font'} pas partie de l'historique et la prochaine modification ${p.count === 1 ? 'la met' : 'les met'} de côté dans un fichier à part (sans rien effacer).`,
  logReadOnly: (p) =>
    `L'historique du stockage ${p.path} est en lecture seule : la modification est refusée et rien n'a été modifié.\nDonnez à son propriétaire le droit de l'écrire : chmod u+w "${p.path}" (s'il appartient à un autre utilisateur, comme après un lancement avec sudo : sudo chown "$USER" "${p.path}").`,
  doctorLogReadOnly: (p) =>
    `L'historique ${p.path} est en lecture seule : toute modification (ajout, inscription, cotisation…) est refusée.\nDonnez à son propriétaire le droit de l'écrire : chmod u+w "${p.path}" (s'il appartient à un autre utilisateur, comme après un lancement avec sudo : sudo chown "$USER" "${p.path}").`,
  logOutOfOrder: (p) =>
    `La fin de l'historique du stockage ${p.path} est dans le désordre : l'entrée ${p.seq} vient avant l'entrée ${p.after} (lignes interverties ?). Rien n'a été modifié.\nLancez 'caprural doctor' pour savoir quelle ligne corriger ; gardez une copie du fichier avant de la modifier.`,
  logGap: (p) =>
    `L'historique ${p.path} n'a pas ${p.count === 1 ? "l'entrée" : 'les entrées'} ${rangesOf(p.seqs, 'à')} (${p.count === 1 ? 'une ligne retirée' : 'des lignes retirées'} du fichier ?) : ${p.count === 1 ? 'elle est montrée absente' : 'elles sont montrées absentes'}, les autres sont lues.\nRemettez-${p.count === 1 ? 'la' : 'les'} depuis une copie du fichier si vous en avez une ; sinon, il n'y a rien à faire.`,
  doctorLogGap: (p) =>
    `L'historique ${p.path} n'a pas ${p.count === 1 ? "l'entrée" : 'les entrées'} ${rangesOf(p.seqs, 'à')} (${p.count === 1 ? 'une ligne retirée' : 'des lignes retirées'} du fichier à la main ?). 'caprural log' ${p.count === 1 ? 'la montre absente' : 'les montre absentes'} ; les modifications, 'member export' et les effacements fonctionnent et gardent les autres numéros tels quels.\nRemettez-${p.count === 1 ? 'la' : 'les'} depuis une copie du fichier si vous en avez une ; sinon, il n'y a rien à faire.`,
  doctorLogBesideOlder: (p) =>
    `Le fichier ${p.path} à côté de ce stockage de schéma ${p.version} n'est pas son historique (le stockage garde encore ses entrées en lui) : la prochaine modification le met de côté, entier, dans un fichier à part (sans rien effacer), et écrit là l'historique du stockage.`,
  doctorLogAside: (p) =>
    `Des lignes d'historique que le stockage ne compte pas ont été mises de côté, pas effacées : ${p.files}\nCe sont un historique trouvé à côté d'un stockage nouveau ou plus ancien, les lignes d'une commande arrêtée avant la fin, ou des entrées qu'un stockage remis à la main depuis une copie ne compte plus. Gardez-les si elles peuvent servir (une entrée JSON par ligne), ou supprimez-les.`,
};
