// The sentences of the store's integrity (issue J, K, W of QA 6): a store edited by hand whose data
// is wrong (a reference to nothing, an id twice, a bad e-mail), refused by the next change.
import { count, de, nb } from './french';

export const integrityEn = {
  storeDataProblems: (p: { path: string; count: number }) =>
    `The store ${p.path} was changed outside caprural and its data is wrong (${count(p.count, 'problem')}); this change is refused, nothing was written.\nFix ${p.count === 1 ? 'it' : 'them'} first (the command or the edit said under each), then run 'caprural doctor'. Reading (sessions, log, exports) still works.`,
  storeDataProblemsMore: (p: { count: number }) => `… and ${count(p.count, 'other problem')} ('caprural doctor' lists them all).`,
  doctorEmailInvalid: (p: { id: string; email: string }) =>
    `The e-mail of ${p.id} (${p.email}) is not an e-mail address (a name, « @ », a domain).\nCorrect it with 'caprural member edit ${p.id} --email …'.`,
} satisfies Record<string, (p: never) => string>;

export const integrityFr: { [K in keyof typeof integrityEn]: (p: Parameters<(typeof integrityEn)[K]>[0]) => string } = {
  storeDataProblems: (p) =>
    `Le stockage ${p.path} a été modifié hors de caprural et ses données sont fausses (${nb(p.count, 'problème')}) ; cette modification est refusée, rien n'a été écrit.\nCorrigez-${p.count === 1 ? 'le' : 'les'} d'abord (la commande ou la correction est indiquée sous chacun), puis lancez 'caprural doctor'. La lecture (sessions, log, exports) fonctionne toujours.`,
  storeDataProblemsMore: (p) => `… et ${nb(p.count, 'autre problème', 'autres problèmes')} ('caprural doctor' les liste tous).`,
  doctorEmailInvalid: (p) => `L'e-mail ${de(p.id)} (${p.email}) n'est pas une adresse e-mail (un nom, « @ », un domaine).\nCorrigez-le avec 'caprural member edit ${p.id} --email …'.`,
};
