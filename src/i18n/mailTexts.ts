// The messages caprural mail sends to participants (French by default, English available),
// apart from the commands' sentences (mail.ts) so that only the commands that queue messages load them.
import { OFFICE_TIME_ZONE } from '../time';
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
  /** The certificate of completion (PDF) is attached (thanks). */
  certificate: boolean;
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
const signatureEn = (v: MailView) => [v.contact ? `Any question: ${v.contact}` : 'Any question: reply to this message.', '--', 'Cap Rural — message sent automatically by caprural.'].join('\n');

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
      v.update ? `La session « ${v.title} » a changé. Voici les informations à jour ; elles remplacent celles de la convocation précédente.` : `Voici votre convocation à la session « ${v.title} ».`,
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
      v.certificate ? `Votre certificat de réalisation est joint à ce message (PDF).` : `Votre présence est enregistrée. Pour une attestation ou un certificat de réalisation, répondez à ce message.`,
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
      v.certificate ? `Your certificate of completion is attached (PDF).` : `Your attendance is recorded. For a certificate of attendance, reply to this message.`,
      signatureEn(v),
    ),
  }),
};

/** The participants' messages, by language and kind. */
export const mailTexts: Record<'fr' | 'en', Texts> = { fr, en };

/** "le 15/02/2018 de 10:00 à 12:00 (heure de Paris)" / "on 15/02/2018 from 10:00 to 12:00 (Paris time)". */
export function whenText(lang: 'fr' | 'en', day: string, start: string, end: string | null, zone: string): string {
  const zoneText = zone === OFFICE_TIME_ZONE ? (lang === 'fr' ? 'heure de Paris' : 'Paris time') : zone;
  if (lang === 'fr') return end ? `le ${day} de ${start} à ${end} (${zoneText})` : `le ${day} à ${start} (${zoneText})`;
  return end ? `on ${day} from ${start} to ${end} (${zoneText})` : `on ${day} at ${start} (${zoneText})`;
}
