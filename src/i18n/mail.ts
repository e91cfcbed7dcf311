// The sentences of caprural mail: the commands' own (mailEn / mailFr, in the CLI's language) and
// the messages sent to participants (mailTexts, French by default whatever the CLI's language).
import type { P } from './core';
import type { MAIL_KINDS } from '../store/index';

export type MailKind = (typeof MAIL_KINDS)[number];

/** What a participant's message says, already formatted for its language. */
export interface MailView {
  firstName: string;
  title: string;
  /** "le 15/02/2018 de 10:00 à 12:00 (heure de Paris)", or null while the date is not set. */
  when: string | null;
  /** "15/02/2018 10:00" for subjects; null while the date is not set. */
  start: string | null;
  format: 'webconference' | 'in-person';
  link: string | null;
  place: string | null;
  /** The organiser's contact: "Marine Rouchouse, 04 72 72 49 76, europe.devrural@caprural.org". */
  contact: string | null;
  /** Waiting-list position. */
  position: number | null;
  /** Cotisation year (refusal). */
  year: number;
  /** A convocation that replaces an earlier one (the session changed). */
  update: boolean;
  /** A calendar invitation (.ics) is attached. */
  calendar: boolean;
}

export interface MailText {
  subject: string;
  body: string;
}

type Texts = Record<MailKind, (v: MailView) => MailText>;

const paragraphs = (...parts: Array<string | null | false>) => parts.filter((p): p is string => Boolean(p)).join('\n\n');

function sessionBlockFr(v: MailView, withAccess: boolean): string {
  const lines = [`Session : ${v.title}`, `Date : ${v.when ?? 'à préciser'}`, `Format : ${v.format === 'webconference' ? 'webconférence' : 'en présentiel'}`];
  if (withAccess && v.link) lines.push(`Lien de connexion : ${v.link}`);
  if (withAccess && v.place) lines.push(`Lieu : ${v.place}`);
  return lines.join('\n');
}

function sessionBlockEn(v: MailView, withAccess: boolean): string {
  const lines = [`Session: ${v.title}`, `Date: ${v.when ?? 'to be announced'}`, `Format: ${v.format === 'webconference' ? 'webconference' : 'in person'}`];
  if (withAccess && v.link) lines.push(`Joining link: ${v.link}`);
  if (withAccess && v.place) lines.push(`Place: ${v.place}`);
  return lines.join('\n');
}

const signatureFr = (v: MailView) =>
  [v.contact ? `Pour toute question : ${v.contact}` : 'Pour toute question, répondez à ce message.', '--', 'Cap Rural — message envoyé automatiquement par caprural.'].join('\n');
const signatureEn = (v: MailView) =>
  [v.contact ? `Any question: ${v.contact}` : 'Any question: reply to this message.', '--', 'Cap Rural — message sent automatically by caprural.'].join('\n');

const at = (v: MailView, sep: string) => (v.start ? `${sep}${v.start}` : '');

const fr: Texts = {
  confirmation: (v) => ({
    subject: `Inscription confirmée : ${v.title}${at(v, ', le ')}`,
    body: paragraphs(
      `Bonjour ${v.firstName},`,
      `Votre inscription à la session « ${v.title} » est confirmée.`,
      sessionBlockFr(v, false),
      `Vous recevrez quelques jours avant la session une convocation avec ${v.format === 'webconference' ? 'le lien de connexion' : 'le lieu'} et une invitation pour votre agenda.`,
      signatureFr(v),
    ),
  }),
  waitlist: (v) => ({
    subject: `Liste d'attente : ${v.title}`,
    body: paragraphs(
      `Bonjour ${v.firstName},`,
      `La session « ${v.title} » est complète. Votre demande est inscrite sur la liste d'attente, en position ${v.position ?? '?'}.`,
      sessionBlockFr(v, false),
      `Si une place se libère avant la session, elle vous sera attribuée dans l'ordre de la liste et vous recevrez un message de confirmation.`,
      signatureFr(v),
    ),
  }),
  promotion: (v) => ({
    subject: `Une place s'est libérée : inscription confirmée à ${v.title}`,
    body: paragraphs(
      `Bonjour ${v.firstName},`,
      `Une place s'est libérée : votre inscription à la session « ${v.title} », jusqu'ici sur liste d'attente, est maintenant confirmée.`,
      sessionBlockFr(v, false),
      `Si vous ne pouvez plus y participer, merci de nous prévenir pour que la place profite à quelqu'un d'autre.`,
      signatureFr(v),
    ),
  }),
  refusal: (v) => ({
    subject: `Inscription non enregistrée : ${v.title}`,
    body: paragraphs(
      `Bonjour ${v.firstName},`,
      `Votre demande d'inscription à la session « ${v.title} » n'a pas pu être enregistrée : la participation demande la cotisation ${v.year} à Cap Rural, payée par vous ou par votre structure, et nous ne l'avons pas trouvée.`,
      sessionBlockFr(v, false),
      `Pour vous inscrire : réglez la cotisation ${v.year} (ou demandez à votre structure de le faire), puis renvoyez votre demande. Si elle est déjà payée, répondez à ce message en indiquant la structure qui l'a réglée et la date du paiement.`,
      signatureFr(v),
    ),
  }),
  convocation: (v) => ({
    subject: v.update ? `Modification : ${v.title}${at(v, ', désormais le ')}` : `Convocation : ${v.title}${at(v, ', le ')}`,
    body: paragraphs(
      `Bonjour ${v.firstName},`,
      v.update
        ? `La session « ${v.title} » a changé. Voici les informations à jour ; elles remplacent celles de la convocation précédente.`
        : `Voici votre convocation à la session « ${v.title} ».`,
      sessionBlockFr(v, true),
      v.calendar && (v.update ? `L'invitation jointe (fichier .ics) met à jour la session dans votre agenda.` : `L'invitation jointe (fichier .ics) ajoute la session à votre agenda.`),
      `Si vous ne pouvez plus y participer, merci de nous prévenir.`,
      signatureFr(v),
    ),
  }),
  reminder: (v) => ({
    subject: `Rappel : ${v.title}${at(v, ', le ')}`,
    body: paragraphs(`Bonjour ${v.firstName},`, `Nous vous rappelons la session « ${v.title} », à laquelle vous êtes inscrit·e.`, sessionBlockFr(v, true), signatureFr(v)),
  }),
  cancellation: (v) => ({
    subject: `Inscription annulée : ${v.title}`,
    body: paragraphs(
      `Bonjour ${v.firstName},`,
      `Votre inscription à la session « ${v.title} » est annulée.`,
      sessionBlockFr(v, false),
      v.calendar && `L'annulation jointe (fichier .ics) retire la session de votre agenda.`,
      `S'il s'agit d'une erreur, répondez à ce message.`,
      signatureFr(v),
    ),
  }),
  'session-cancelled': (v) => ({
    subject: `Session annulée : ${v.title}${at(v, ' du ')}`,
    body: paragraphs(
      `Bonjour ${v.firstName},`,
      `La session « ${v.title} » est annulée. Nous vous prions de nous excuser pour ce changement.`,
      sessionBlockFr(v, false),
      v.calendar && `L'annulation jointe (fichier .ics) retire la session de votre agenda.`,
      `Nous vous informerons si une nouvelle date est proposée.`,
      signatureFr(v),
    ),
  }),
  thanks: (v) => ({
    subject: `Merci de votre participation : ${v.title}`,
    body: paragraphs(
      `Bonjour ${v.firstName},`,
      `Merci d'avoir participé à la session « ${v.title} »${v.when ? ` ${v.when}` : ''}.`,
      `Votre présence est enregistrée. Pour une attestation ou un certificat de réalisation, répondez à ce message.`,
      signatureFr(v),
    ),
  }),
};

const en: Texts = {
  confirmation: (v) => ({
    subject: `Registration confirmed: ${v.title}${at(v, ', ')}`,
    body: paragraphs(
      `Hello ${v.firstName},`,
      `Your registration for the session "${v.title}" is confirmed.`,
      sessionBlockEn(v, false),
      `A few days before the session you will receive a convocation with ${v.format === 'webconference' ? 'the joining link' : 'the place'} and an invitation for your calendar.`,
      signatureEn(v),
    ),
  }),
  waitlist: (v) => ({
    subject: `Waiting list: ${v.title}`,
    body: paragraphs(
      `Hello ${v.firstName},`,
      `The session "${v.title}" is full. Your request is on the waiting list, at position ${v.position ?? '?'}.`,
      sessionBlockEn(v, false),
      `If a seat becomes free before the session, it goes to the waiting list in order and you will receive a confirmation.`,
      signatureEn(v),
    ),
  }),
  promotion: (v) => ({
    subject: `A seat became free: registration confirmed for ${v.title}`,
    body: paragraphs(
      `Hello ${v.firstName},`,
      `A seat became free: your registration for the session "${v.title}", on the waiting list until now, is confirmed.`,
      sessionBlockEn(v, false),
      `If you can no longer attend, please tell us so that the seat goes to someone else.`,
      signatureEn(v),
    ),
  }),
  refusal: (v) => ({
    subject: `Registration not recorded: ${v.title}`,
    body: paragraphs(
      `Hello ${v.firstName},`,
      `Your registration for the session "${v.title}" could not be recorded: taking part needs the ${v.year} cotisation to Cap Rural, paid by you or your organisation, and we did not find it.`,
      sessionBlockEn(v, false),
      `To register: pay the ${v.year} cotisation (or ask your organisation to), then send your request again. If it is already paid, reply to this message with the organisation that paid and the date.`,
      signatureEn(v),
    ),
  }),
  convocation: (v) => ({
    subject: v.update ? `Change: ${v.title}${at(v, ', now on ')}` : `Convocation: ${v.title}${at(v, ', ')}`,
    body: paragraphs(
      `Hello ${v.firstName},`,
      v.update ? `The session "${v.title}" has changed. Here is the current information; it replaces the earlier convocation.` : `Here is your convocation to the session "${v.title}".`,
      sessionBlockEn(v, true),
      v.calendar && (v.update ? `The attached invitation (.ics file) updates the session in your calendar.` : `The attached invitation (.ics file) adds the session to your calendar.`),
      `If you can no longer attend, please tell us.`,
      signatureEn(v),
    ),
  }),
  reminder: (v) => ({
    subject: `Reminder: ${v.title}${at(v, ', ')}`,
    body: paragraphs(`Hello ${v.firstName},`, `A reminder of the session "${v.title}", for which you are registered.`, sessionBlockEn(v, true), signatureEn(v)),
  }),
  cancellation: (v) => ({
    subject: `Registration cancelled: ${v.title}`,
    body: paragraphs(
      `Hello ${v.firstName},`,
      `Your registration for the session "${v.title}" is cancelled.`,
      sessionBlockEn(v, false),
      v.calendar && `The attached cancellation (.ics file) removes the session from your calendar.`,
      `If this is a mistake, reply to this message.`,
      signatureEn(v),
    ),
  }),
  'session-cancelled': (v) => ({
    subject: `Session cancelled: ${v.title}${at(v, ', ')}`,
    body: paragraphs(
      `Hello ${v.firstName},`,
      `The session "${v.title}" is cancelled. We apologise for the change.`,
      sessionBlockEn(v, false),
      v.calendar && `The attached cancellation (.ics file) removes the session from your calendar.`,
      `We will tell you if a new date is offered.`,
      signatureEn(v),
    ),
  }),
  thanks: (v) => ({
    subject: `Thank you for taking part: ${v.title}`,
    body: paragraphs(
      `Hello ${v.firstName},`,
      `Thank you for taking part in the session "${v.title}"${v.when ? ` ${v.when}` : ''}.`,
      `Your attendance is recorded. For a certificate of attendance, reply to this message.`,
      signatureEn(v),
    ),
  }),
};

/** The participants' messages, by language and kind. */
export const mailTexts: Record<'fr' | 'en', Texts> = { fr, en };

/** "le 15/02/2018 de 10:00 à 12:00 (heure de Paris)" / "on 15/02/2018 from 10:00 to 12:00 (Paris time)". */
export function whenText(lang: 'fr' | 'en', day: string, start: string, end: string | null, zone: string): string {
  const zoneText = zone === 'Europe/Paris' ? (lang === 'fr' ? 'heure de Paris' : 'Paris time') : zone;
  if (lang === 'fr') return end ? `le ${day} de ${start} à ${end} (${zoneText})` : `le ${day} à ${start} (${zoneText})`;
  return end ? `on ${day} from ${start} to ${end} (${zoneText})` : `on ${day} at ${start} (${zoneText})`;
}

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
  mailPasswordFileOpen: (p: { path: string; mode: string }) =>
    `The password file ${p.path} can be read by others (mode ${p.mode}). Run: chmod 600 ${p.path}`,
  mailPasswordFileUnreadable: (p: { path: string; reason: string }) => `The password file ${p.path} cannot be read (${p.reason}).`,
  mailAuthFailed: (p: { reason: string }) =>
    `The SMTP server refused the login: ${p.reason}\nCheck the user in CAPRURAL_SMTP_URL and the password; nothing more was sent, the rest stays queued.`,
  mailConnectionFailed: (p: { reason: string; done: number }) =>
    `The SMTP server cannot be reached: ${p.reason}\n${p.done} message(s) sent before; the rest stays queued for the next 'caprural mail send'.`,
  mailBadDays: (p: { value: string }) => `--convocation-days "${p.value}" is not a number of days between 0 and 60.`,
  mailBadAddress: (p: { value: string }) => `"${p.value}" is not an e-mail address.`,
  mailYesNeeded: (p: { command: string; count: number }) =>
    `'${p.command}' would send ${p.count} message(s) to participants, and there is no terminal to confirm it (or --no-input was given).\nRead them first with 'caprural mail preview --output DIR', then add --yes.`,
  mailRetryWhich: (_: P) => `Say which messages to send again: --failed, --unknown, or both.`,
  mailPlanned: (p: { count: number }) => (p.count === 0 ? 'Nothing new is due.' : `${p.count} message(s) queued now.`),
  mailQueuedSummary: (p: { count: number }) =>
    p.count === 0 ? 'The outbox holds nothing to send.' : `${p.count} message(s) wait in the outbox: 'caprural mail preview --output DIR' to read them, 'caprural mail send' to send them.`,
  mailNothingToSend: (_: P) => `Nothing to send: the outbox holds no queued message.`,
  confirmMailSend: (p: { count: number }) => `Send ${p.count} message(s) now?`,
  mailSent: (p: { to: string; kind: string; subject: string }) => `sent: ${p.kind} to ${p.to} — ${p.subject}`,
  mailRetryLater: (p: { to: string; kind: string; reason: string }) => `not sent (will be tried again): ${p.kind} to ${p.to} — ${p.reason}`,
  mailFailed: (p: { to: string; kind: string; reason: string }) => `failed: ${p.kind} to ${p.to} — ${p.reason}`,
  mailSendDone: (p: { sent: number; retry: number; failed: number }) => `${p.sent} sent, ${p.retry} to try again later, ${p.failed} failed.`,
  mailUnknownFound: (p: { count: number }) =>
    `${p.count} message(s) were being sent when an earlier run stopped: whether they left is unknown, so they are not sent again. See 'caprural mail log'; 'caprural mail retry --unknown' sends them.`,
  mailTestSent: (p: { count: number; to: string }) => `${p.count} test message(s) sent to ${p.to} (one of each kind queued); the outbox is unchanged.`,
  mailPreviewWritten: (p: { count: number; dir: string }) => (p.count === 0 ? `Nothing queued: no file written.` : `${p.count} message(s) written to ${p.dir} (.eml: open them with any mail client).`),
  mailRequeued: (p: { count: number }) => `${p.count} message(s) queued again.`,
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
    `Aucun serveur SMTP n'est indiqué. Renseignez CAPRURAL_SMTP_URL (par ex. smtps://utilisateur@smtp.example.org:465, ou smtp://127.0.0.1:25 pour un relais local) et CAPRURAL_MAIL_FROM,\nou une fois pour toutes : caprural config set smtp.url … ; caprural config set mail.from « Cap Rural <formation@caprural.org> »`,
  mailNoFrom: () => `Aucun expéditeur n'est indiqué. Renseignez CAPRURAL_MAIL_FROM (ou : caprural config set mail.from …), par ex. « Cap Rural <formation@caprural.org> ».`,
  mailBadFrom: (p) => `L'expéditeur « ${p.value} » n'est pas une adresse e-mail. Renseignez CAPRURAL_MAIL_FROM, par ex. « Cap Rural <formation@caprural.org> ».`,
  mailBadUrl: (p) => `Le serveur SMTP « ${p.value} » n'est pas une URL smtp:// ou smtps://, par ex. smtps://utilisateur@smtp.example.org:465.`,
  mailPasswordInUrl: () =>
    `CAPRURAL_SMTP_URL contient un mot de passe : retirez-le de l'URL et donnez-le dans CAPRURAL_SMTP_PASSWORD, dans un fichier lisible par vous seul (CAPRURAL_SMTP_PASSWORD_FILE, mode 600) ou dans le fichier de configuration (caprural config set smtp.url).`,
  mailPasswordFileOpen: (p) => `Le fichier de mot de passe ${p.path} est lisible par d'autres (mode ${p.mode}). Lancez : chmod 600 ${p.path}`,
  mailPasswordFileUnreadable: (p) => `Le fichier de mot de passe ${p.path} ne peut pas être lu (${p.reason}).`,
  mailAuthFailed: (p) =>
    `Le serveur SMTP a refusé la connexion : ${p.reason}\nVérifiez l'utilisateur de CAPRURAL_SMTP_URL et le mot de passe ; rien d'autre n'a été envoyé, le reste reste en attente.`,
  mailConnectionFailed: (p) =>
    `Le serveur SMTP est injoignable : ${p.reason}\n${p.done} message(s) envoyé(s) avant ; le reste attend le prochain « caprural mail send ».`,
  mailBadDays: (p) => `--convocation-days « ${p.value} » n'est pas un nombre de jours entre 0 et 60.`,
  mailBadAddress: (p) => `« ${p.value} » n'est pas une adresse e-mail.`,
  mailYesNeeded: (p) =>
    `« ${p.command} » enverrait ${p.count} message(s) aux participants, et il n'y a pas de terminal pour le confirmer (ou --no-input est donné).\nLisez-les d'abord avec « caprural mail preview --output DOSSIER », puis ajoutez --yes.`,
  mailRetryWhich: () => `Indiquez quels messages renvoyer : --failed, --unknown, ou les deux.`,
  mailPlanned: (p) => (p.count === 0 ? "Rien de nouveau n'est dû." : `${p.count} message(s) mis en attente maintenant.`),
  mailQueuedSummary: (p) =>
    p.count === 0
      ? "La boîte d'envoi ne contient rien à envoyer."
      : `${p.count} message(s) attendent dans la boîte d'envoi : « caprural mail preview --output DOSSIER » pour les lire, « caprural mail send » pour les envoyer.`,
  mailNothingToSend: () => `Rien à envoyer : aucun message en attente.`,
  confirmMailSend: (p) => `Envoyer ${p.count} message(s) maintenant ?`,
  mailSent: (p) => `envoyé : ${p.kind} à ${p.to} — ${p.subject}`,
  mailRetryLater: (p) => `non envoyé (nouvel essai plus tard) : ${p.kind} à ${p.to} — ${p.reason}`,
  mailFailed: (p) => `échec : ${p.kind} à ${p.to} — ${p.reason}`,
  mailSendDone: (p) => `${p.sent} envoyé(s), ${p.retry} à réessayer plus tard, ${p.failed} en échec.`,
  mailUnknownFound: (p) =>
    `${p.count} message(s) étaient en cours d'envoi quand une exécution précédente s'est arrêtée : on ne sait pas s'ils sont partis, ils ne sont donc pas renvoyés. Voir « caprural mail log » ; « caprural mail retry --unknown » les envoie.`,
  mailTestSent: (p) => `${p.count} message(s) de test envoyé(s) à ${p.to} (un de chaque sorte en attente) ; la boîte d'envoi est inchangée.`,
  mailPreviewWritten: (p) =>
    p.count === 0 ? `Rien en attente : aucun fichier écrit.` : `${p.count} message(s) écrit(s) dans ${p.dir} (.eml : ouvrez-les avec n'importe quel logiciel de messagerie).`,
  mailRequeued: (p) => `${p.count} message(s) remis en attente.`,
  mailLogEmpty: () => `Aucun message dans la boîte d'envoi.`,
  headMailLog: () => ['mis en attente', 'envoyé', 'sorte', 'session', 'à', 'état', 'essais', 'objet / erreur'].join('\t'),
  headMailPlan: () => ['sorte', 'session', 'à', 'objet'].join('\t'),
};
