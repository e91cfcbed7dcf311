// The sentences of the caprural mail commands, in the CLI's language. The messages sent to
// participants are in mailTexts.ts.
import { accord, count, nb } from './french';
import type { P } from './core';

export const mailEn = {
  labelLink: (_: P) => 'Joining link',
  labelPlace: (_: P) => 'Place',
  mailKind_confirmation: (_: P) => 'confirmation',
  mailKind_waitlist: (_: P) => 'waiting list',
  mailKind_promotion: (_: P) => 'promotion',
  mailKind_refusal: (_: P) => 'refusal (cotisation)',
  mailKind_convocation: (_: P) => 'convocation',
  mailKind_reminder: (_: P) => 'reminder',
  mailKind_cancellation: (_: P) => 'cancellation',
  'mailKind_session-cancelled': (_: P) => 'session cancelled',
  mailKind_thanks: (_: P) => 'thanks',
  mailState_queued: (_: P) => 'queued',
  mailState_sending: (_: P) => 'sending',
  mailState_sent: (_: P) => 'sent',
  mailState_failed: (_: P) => 'failed',
  mailState_unknown: (_: P) => 'unknown',
  mailState_withdrawn: (_: P) => 'withdrawn',
  invalidLink: (p: { value: string }) => `Invalid --link "${p.value}": give the joining link as an http(s) URL, e.g. https://visio.example.org/cap-rural ("" clears it).`,
  mailNoUrl: (_: P) =>
    `No SMTP server is set. Set CAPRURAL_SMTP_URL (e.g. smtps://user@smtp.example.org:465, or smtp://127.0.0.1:25 for a local relay) and CAPRURAL_MAIL_FROM,\nor once for all: caprural config set smtp.url …; caprural config set mail.from "Cap Rural <formation@caprural.org>"`,
  mailNoFrom: (_: P) => `No sender is set. Set CAPRURAL_MAIL_FROM (or: caprural config set mail.from …), e.g. "Cap Rural <formation@caprural.org>".`,
  mailBadFrom: (p: { value: string }) => `The sender "${p.value}" is not an e-mail address. Set CAPRURAL_MAIL_FROM to e.g. "Cap Rural <formation@caprural.org>".`,
  mailBadUrl: (p: { value: string }) => `The SMTP server "${p.value}" is not an smtp:// or smtps:// URL, e.g. smtps://user@smtp.example.org:465.`,
  mailPasswordInUrl: (_: P) =>
    `CAPRURAL_SMTP_URL holds a password: remove it from the URL and give it in CAPRURAL_SMTP_PASSWORD, a file readable by you only (CAPRURAL_SMTP_PASSWORD_FILE, mode 600), or the config file (caprural config set smtp.url).`,
  mailPasswordFileOpen: (p: { path: string; mode: string }) => `The password file ${p.path} can be read by others (mode ${p.mode}). Run: chmod 600 ${p.path}`,
  mailPasswordFileUnreadable: (p: { path: string; reason: string }) => `The password file ${p.path} cannot be read (${p.reason}).`,
  mailAuthFailed: (p: { reason: string }) => `The SMTP server refused the login: ${p.reason}\nCheck the user in CAPRURAL_SMTP_URL and the password; nothing more was sent, the rest stays queued.`,
  mailConnectionFailed: (p: { reason: string; done: number }) =>
    `The SMTP server cannot be reached: ${p.reason}\n${count(p.done, 'message')} sent before; the rest stays queued for the next 'caprural mail send'.`,
  mailBadDays: (p: { value: string }) => `--convocation-days "${p.value}" is not a number of days between 0 and 60.`,
  mailBadAddress: (p: { value: string }) => `"${p.value}" is not an e-mail address.`,
  mailYesNeeded: (p: { command: string; count: number }) =>
    `'${p.command}' would send ${count(p.count, 'message')} to participants, and there is no terminal to confirm it (or --no-input was given).\nRead them first with 'caprural mail preview --output DIR', then add --yes.`,
  mailRefusalQueued: (p: { email: string }) =>
    `Only the message telling ${p.email} how to pay the cotisation was written, to the outbox ('caprural mail send' sends it); the registration is not recorded.`,
  mailThanksWithoutCertificate: (p: { keys: string }) => `The thanks are queued without the certificate of completion: the provider's ${p.keys} is not set (caprural config set …).`,
  mailRetryWhich: (_: P) => `Say which messages to send again: --failed, --unknown, or both.`,
  mailPlanned: (p: { count: number }) => (p.count === 0 ? 'Nothing new is due.' : `${count(p.count, 'message')} queued now.`),
  mailQueuedSummary: (p: { count: number }) =>
    p.count === 0
      ? 'The outbox holds nothing to send.'
      : `${count(p.count, 'message')} ${p.count === 1 ? 'waits' : 'wait'} in the outbox: 'caprural mail preview --output DIR' to read them, 'caprural mail send' to send them.`,
  mailNothingToSend: (_: P) => `Nothing to send: the outbox holds no queued message.`,
  confirmMailSend: (p: { count: number }) => `Send ${count(p.count, 'message')} now?`,
  mailSent: (p: { to: string; kind: string; subject: string }) => `sent: ${p.kind} to ${p.to} — ${p.subject}`,
  mailRetryLater: (p: { to: string; kind: string; reason: string }) => `not sent (will be tried again): ${p.kind} to ${p.to} — ${p.reason}`,
  mailFailed: (p: { to: string; kind: string; reason: string }) => `failed: ${p.kind} to ${p.to} — ${p.reason}`,
  mailSendDone: (p: { sent: number; retry: number; failed: number }) => `${p.sent} sent, ${p.retry} to try again later, ${p.failed} failed.`,
  mailUnknownFound: (p: { count: number }) =>
    `${count(p.count, 'message')} ${p.count === 1 ? 'was' : 'were'} being sent when an earlier run stopped: whether they left is unknown, so they are not sent again. See 'caprural mail log'; 'caprural mail retry --unknown' sends them.`,
  mailTestSent: (p: { count: number; to: string }) => `${count(p.count, 'test message')} sent to ${p.to} (one of each kind queued); the outbox is unchanged.`,
  outputNotFolder: (p: { dir: string }) => `${p.dir} is not a folder: the previews are written as files in one.\nGive a folder (made if it does not exist) with --output.`,
  mailPreviewWritten: (p: { count: number; dir: string }) =>
    p.count === 0 ? `Nothing queued: no file written.` : `${count(p.count, 'message')} written to ${p.dir} (.eml: open them with any mail client).`,
  mailRequeued: (p: { count: number }) => `${count(p.count, 'message')} queued again.`,
  mailLogEmpty: (_: P) => `No message in the outbox.`,
  headMailLog: (_: P) => ['queued', 'sent', 'kind', 'session', 'to', 'state', 'tries', 'subject / error'].join('\t'),
  headMailPlan: (_: P) => ['kind', 'session', 'to', 'subject'].join('\t'),
};

export const mailFr: typeof mailEn = {
  labelLink: () => 'Lien de connexion',
  labelPlace: () => 'Lieu',
  mailKind_confirmation: () => 'confirmation',
  mailKind_waitlist: () => "liste d'attente",
  mailKind_promotion: () => 'place libérée',
  mailKind_refusal: () => 'refus (cotisation)',
  mailKind_convocation: () => 'convocation',
  mailKind_reminder: () => 'rappel',
  mailKind_cancellation: () => 'annulation',
  'mailKind_session-cancelled': () => 'session annulée',
  mailKind_thanks: () => 'remerciement',
  mailState_queued: () => 'en attente',
  mailState_sending: () => 'en cours',
  mailState_sent: () => 'envoyé',
  mailState_failed: () => 'échec',
  mailState_unknown: () => 'inconnu',
  mailState_withdrawn: () => 'retiré',
  invalidLink: (p) => `--link « ${p.value} » invalide : donnez le lien de connexion sous forme d'URL http(s), par ex. https://visio.example.org/cap-rural ("" l'efface).`,
  mailNoUrl: () =>
    `Aucun serveur SMTP n'est indiqué. Renseignez CAPRURAL_SMTP_URL (par ex. smtps://utilisateur@smtp.example.org:465, ou smtp://127.0.0.1:25 pour un relais local) et CAPRURAL_MAIL_FROM,\nou une fois pour toutes : caprural config set smtp.url … ; caprural config set mail.from "Cap Rural <formation@caprural.org>"`,
  mailNoFrom: () => `Aucun expéditeur n'est indiqué. Renseignez CAPRURAL_MAIL_FROM (ou : caprural config set mail.from …), par ex. « Cap Rural <formation@caprural.org> ».`,
  mailBadFrom: (p) => `L'expéditeur « ${p.value} » n'est pas une adresse e-mail. Renseignez CAPRURAL_MAIL_FROM, par ex. « Cap Rural <formation@caprural.org> ».`,
  mailBadUrl: (p) => `Le serveur SMTP « ${p.value} » n'est pas une URL smtp:// ou smtps://, par ex. smtps://utilisateur@smtp.example.org:465.`,
  mailPasswordInUrl: () =>
    `CAPRURAL_SMTP_URL contient un mot de passe : retirez-le de l'URL et donnez-le dans CAPRURAL_SMTP_PASSWORD, dans un fichier lisible par vous seul (CAPRURAL_SMTP_PASSWORD_FILE, mode 600) ou dans le fichier de configuration (caprural config set smtp.url).`,
  mailPasswordFileOpen: (p) => `Le fichier de mot de passe ${p.path} est lisible par d'autres (mode ${p.mode}). Lancez : chmod 600 ${p.path}`,
  mailPasswordFileUnreadable: (p) => `Le fichier de mot de passe ${p.path} ne peut pas être lu (${p.reason}).`,
  mailAuthFailed: (p) =>
    `Le serveur SMTP a refusé la connexion : ${p.reason}\nVérifiez l'utilisateur de CAPRURAL_SMTP_URL et le mot de passe ; rien d'autre n'a été envoyé, le reste reste en attente.`,
  mailConnectionFailed: (p) => `Le serveur SMTP est injoignable : ${p.reason}\n${nb(p.done, 'message envoyé', 'messages envoyés')} avant ; le reste attend le prochain « caprural mail send ».`,
  mailBadDays: (p) => `--convocation-days « ${p.value} » n'est pas un nombre de jours entre 0 et 60.`,
  mailBadAddress: (p) => `« ${p.value} » n'est pas une adresse e-mail.`,
  mailYesNeeded: (p) =>
    `« ${p.command} » enverrait ${nb(p.count, 'message')} aux participants, et il n'y a pas de terminal pour le confirmer (ou --no-input est donné).\nLisez-les d'abord avec « caprural mail preview --output DOSSIER », puis ajoutez --yes.`,
  mailRefusalQueued: (p) =>
    `Seul le message qui explique à ${p.email} comment régler la cotisation a été écrit, dans la boîte d'envoi (« caprural mail send » l'envoie) ; l'inscription n'est pas enregistrée.`,
  mailThanksWithoutCertificate: (p) => `Les remerciements sont mis en attente sans le certificat de réalisation : ${p.keys} de l'organisme n'est pas renseigné (caprural config set …).`,
  mailRetryWhich: () => `Indiquez quels messages renvoyer : --failed, --unknown, ou les deux.`,
  mailPlanned: (p) => (p.count === 0 ? "Rien de nouveau n'est dû." : `${nb(p.count, 'message mis', 'messages mis')} en attente maintenant.`),
  mailQueuedSummary: (p) =>
    p.count === 0
      ? "La boîte d'envoi ne contient rien à envoyer."
      : `${nb(p.count, 'message attend', 'messages attendent')} dans la boîte d'envoi : « caprural mail preview --output DOSSIER » pour les lire, « caprural mail send » pour les envoyer.`,
  mailNothingToSend: () => `Rien à envoyer : aucun message en attente.`,
  confirmMailSend: (p) => `Envoyer ${nb(p.count, 'message')} maintenant ?`,
  mailSent: (p) => `envoyé : ${p.kind} à ${p.to} — ${p.subject}`,
  mailRetryLater: (p) => `non envoyé (nouvel essai plus tard) : ${p.kind} à ${p.to} — ${p.reason}`,
  mailFailed: (p) => `échec : ${p.kind} à ${p.to} — ${p.reason}`,
  mailSendDone: (p) => `${p.sent} ${accord(p.sent, 'envoyé')}, ${p.retry} à réessayer plus tard, ${p.failed} en échec.`,
  mailUnknownFound: (p) =>
    `${nb(p.count, 'message était', 'messages étaient')} en cours d'envoi quand une exécution précédente s'est arrêtée : on ne sait pas s'ils sont partis, ils ne sont donc pas renvoyés. Voir « caprural mail log » ; « caprural mail retry --unknown » les envoie.`,
  mailTestSent: (p) => `${nb(p.count, 'message de test envoyé', 'messages de test envoyés')} à ${p.to} (un de chaque sorte en attente) ; la boîte d'envoi est inchangée.`,
  outputNotFolder: (p) => `${p.dir} n'est pas un dossier : les aperçus s'écrivent en fichiers dans un dossier.\nIndiquez un dossier (créé s'il n'existe pas) avec --output.`,
  mailPreviewWritten: (p) =>
    p.count === 0 ? `Rien en attente : aucun fichier écrit.` : `${nb(p.count, 'message écrit', 'messages écrits')} dans ${p.dir} (.eml : ouvrez-les avec n'importe quel logiciel de messagerie).`,
  mailRequeued: (p) => `${nb(p.count, 'message remis', 'messages remis')} en attente.`,
  mailLogEmpty: () => `Aucun message dans la boîte d'envoi.`,
  headMailLog: () => ['mis en attente', 'envoyé', 'sorte', 'session', 'à', 'état', 'essais', 'objet / erreur'].join('\t'),
  headMailPlan: () => ['sorte', 'session', 'à', 'objet'].join('\t'),
};
