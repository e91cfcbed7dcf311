// What caprural asks at a terminal (the questions of `session add` and `membership pay`, the
// choice of a session, a person or an export), the confirmations before cancelling or replacing
// a file, and what a script is told when it gave neither the argument nor --yes.
import type { P } from './core';
import { count, de, nb } from './french';

export const askingEn = {
  askFormat: (_: P) => 'Format',
  askEnds: (_: P) => 'Ends (dd/MM/yyyy HH:mm, empty if not set)',
  askCloses: (_: P) => 'Registrations close at (dd/MM/yyyy HH:mm, that moment refused; empty: at the start)',
  askCapacity: (_: P) => 'Seats (empty: no limit)',
  askLink: (_: P) => 'Joining link (empty if not known yet)',
  askPlace: (_: P) => 'Place (empty if not known yet)',
  askReference: (_: P) => 'Reference (invoice, cheque…; empty: none)',
  orgKindOther: (_: P) => 'other',
  endsNotAfterStart: (_: P) => 'The end must be after the start.',
  closesAfterStart: (_: P) => 'Registrations must close at the start at the latest.',
  rolesAtLeastOne: (_: P) => 'Tick at least one role (space), then press Enter.',
  askWhichSession: (_: P) => 'Which session? (type to search)',
  askWhichKind: (_: P) => 'What to export? (type to search)',
  askWhichPerson: (_: P) => 'Which person? (type a name or an e-mail)',
  askAmongPeople: (p: { ref: string; count: number }) => `"${p.ref}" fits ${count(p.count, 'person', 'people')}: which one?`,
  noneOfThem: (_: P) => 'None of them (stop here)',
  noSessionToChoose: (_: P) => 'There is no session yet: add one with caprural session add.',
  argumentMissing: (p: { name: string; hint: string }) => `Missing argument: ${p.hint}.`,
  hintPayer: (_: P) => 'give the organisation or the person who pays (caprural org list, caprural member list)',
  hintSessionId: (_: P) => 'give the session id (caprural sessions lists them)',
  hintSessionFlag: (_: P) => 'give the session with --session <id> (caprural sessions lists the ids)',
  hintPersonRef: (_: P) => "give the person's id, e-mail or name (caprural member list lists them)",
  hintExportKind: (p: { kinds: string }) => `give what to export: ${p.kinds}`,
  exportKind_registrations: (_: P) => 'registrations of a session or a year',
  exportKind_attendees: (_: P) => 'people who attended',
  exportKind_waitlist: (_: P) => 'waiting lists',
  exportKind_members: (_: P) => 'people',
  exportKind_eligible: (_: P) => 'people eligible for support',
  exportKind_sessions: (_: P) => 'sessions',
  'exportKind_attendance-sheet': (_: P) => 'attendance sheet of a session',
  confirmCancelRegistration: (p: { name: string; session: string }) => `Cancel the registration of ${p.name} for ${p.session}?`,
  confirmCancelSession: (p: { id: string; count: number }) =>
    p.count === 0 ? `Cancel the session ${p.id}?` : p.count === 1 ? `Cancel the session ${p.id} and its registration?` : `Cancel the session ${p.id} and its ${p.count} registrations?`,
  confirmOverwrite: (p: { file: string }) => `${p.file} exists already: replace it?`,
  confirmNeedsYes: (p: { command: string }) => `'${p.command}' asks for confirmation at a terminal, and there is none here (or --no-input was given).\nAdd --yes to confirm.`,
  overwriteNeedsYes: (p: { file: string }) =>
    `${p.file} exists already, and there is no terminal to confirm replacing it (or --no-input was given).\nAdd --yes to replace it, or choose another --output.`,
  pagerFailed: (p: { pager: string; reason: 'notFound' | 'notExecutable' | 'failed' }) =>
    `The pager "${p.pager}" could not run (${{ notFound: 'not found', notExecutable: 'not executable', failed: 'it failed to start' }[p.reason]}); the output follows unpaged.\nSet PAGER to a pager you have, or give --no-pager.`,
};

export const askingFr: typeof askingEn = {
  askFormat: () => 'Format',
  askEnds: () => 'Fin (jj/mm/aaaa hh:mm, vide si non fixée)',
  askCloses: () => 'Clôture des inscriptions (jj/mm/aaaa hh:mm, ce moment refusé ; vide : au début)',
  askCapacity: () => 'Nombre de places (vide : sans limite)',
  askLink: () => 'Lien de connexion (vide si pas encore connu)',
  askPlace: () => 'Lieu (vide si pas encore connu)',
  askReference: () => 'Référence (facture, chèque… ; vide : aucune)',
  orgKindOther: () => 'autre',
  endsNotAfterStart: () => 'La fin doit être après le début.',
  closesAfterStart: () => 'Les inscriptions doivent être closes au plus tard au début.',
  rolesAtLeastOne: () => 'Cochez au moins un rôle (espace), puis Entrée.',
  askWhichSession: () => 'Quelle session ? (tapez pour chercher)',
  askWhichKind: () => 'Quel export ? (tapez pour chercher)',
  askWhichPerson: () => 'Quelle personne ? (tapez un nom ou un e-mail)',
  askAmongPeople: (p) => `« ${p.ref} » correspond à ${nb(p.count, 'personne')} : laquelle ?`,
  noneOfThem: () => "Aucune d'elles (arrêter ici)",
  noSessionToChoose: () => "Il n'y a encore aucune session : ajoutez-en une avec caprural session add.",
  argumentMissing: (p) => `Argument manquant : ${p.hint}.`,
  hintPayer: () => 'indiquez la structure ou la personne qui paie (caprural org list, caprural member list)',
  hintSessionId: () => "indiquez l'identifiant de la session (caprural sessions les liste)",
  hintSessionFlag: () => 'indiquez la session avec --session <id> (caprural sessions liste les identifiants)',
  hintPersonRef: () => "indiquez l'identifiant, l'e-mail ou le nom de la personne (caprural member list les liste)",
  hintExportKind: (p) => `indiquez quoi exporter : ${p.kinds}`,
  exportKind_registrations: () => "inscriptions d'une session ou d'une année",
  exportKind_attendees: () => 'personnes présentes',
  exportKind_waitlist: () => "listes d'attente",
  exportKind_members: () => 'personnes',
  exportKind_eligible: () => "personnes éligibles à l'appui",
  exportKind_sessions: () => 'sessions',
  'exportKind_attendance-sheet': () => "feuille d'émargement d'une session",
  confirmCancelRegistration: (p) => `Annuler l'inscription ${de(p.name)} à ${p.session} ?`,
  confirmCancelSession: (p) =>
    p.count === 0 ? `Annuler la session ${p.id} ?` : p.count === 1 ? `Annuler la session ${p.id} et son inscription ?` : `Annuler la session ${p.id} et ses ${p.count} inscriptions ?`,
  confirmOverwrite: (p) => `${p.file} existe déjà : le remplacer ?`,
  confirmNeedsYes: (p) => `« caprural ${p.command} » demande une confirmation dans un terminal, et il n'y en a pas ici (ou --no-input a été donné).\nAjoutez --yes pour confirmer.`,
  overwriteNeedsYes: (p) =>
    `${p.file} existe déjà, et aucun terminal ne permet de confirmer son remplacement (ou --no-input a été donné).\nAjoutez --yes pour le remplacer, ou choisissez un autre --output.`,
  pagerFailed: (p) =>
    `Le paginateur « ${p.pager} » n'a pas pu être lancé (${{ notFound: 'introuvable', notExecutable: 'non exécutable', failed: 'échec au démarrage' }[p.reason]}) ; la sortie suit sans pagination.\nIndiquez dans PAGER un paginateur installé, ou ajoutez --no-pager.`,
};
