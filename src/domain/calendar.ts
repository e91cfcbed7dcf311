// Calendar invitations (.ics, RFC 5545 / iTIP RFC 5546) for convocations and cancellations.
// Times are written in UTC ("…Z"): every calendar shows the session at the right hour in its own
// zone, whatever the zone of the machine that wrote the file. Written here (about forty lines)
// rather than with a library: pure, deterministic (DTSTAMP from the injected clock), and light
// on the register path, which queues these inside its write.
import type { Session } from '../store/index';

export interface InvitationInput {
  method: 'REQUEST' | 'CANCEL';
  /** Stable per session and registration: updates and cancellations replace the same event. */
  uid: string;
  sequence: number;
  session: Session;
  description: string;
  location: string | null;
  organizer: { name: string; email: string } | null;
  attendee: { name: string; email: string };
  /** DTSTAMP: when the invitation was written (the injected clock). */
  stamp: Date;
}

/** The event's UID: one per session and registration. */
export const invitationUid = (sessionId: string, registrationId: string) => `${sessionId}.${registrationId}@caprural`;

/** 20180215T090000Z */
const utc = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');

/** A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
// eslint-disable-next-line no-control-regex
const text = (value: string) =>
  value
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');

/** A parameter value (CN): quoted, without the quotes and control characters it may not hold. */
// eslint-disable-next-line no-control-regex
const param = (value: string) => `"${value.replace(/["\u0000-\u001f\u007f]/g, '')}"`;

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** The .ics text, or null when the session has no start time (nothing to put in a calendar). */
export function calendarInvitation(input: InvitationInput): string | null {
  const s = input.session;
  if (!s.startsAt || s.dateOnly) return null;
  // A session without an end is given two hours, the length of the brochure's webconferences.
  const end = s.endsAt ? new Date(s.endsAt) : new Date(new Date(s.startsAt).getTime() + 2 * 3600_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cap Rural//caprural//FR',
    'CALSCALE:GREGORIAN',
    `METHOD:${input.method}`,
    'BEGIN:VEVENT',
    `UID:${input.uid}`,
    `SEQUENCE:${input.sequence}`,
    `DTSTAMP:${utc(input.stamp)}`,
    `DTSTART:${utc(new Date(s.startsAt))}`,
    `DTEND:${utc(end)}`,
    `SUMMARY:${text(s.title)}`,
    ...(input.description ? [`DESCRIPTION:${text(input.description)}`] : []),
    ...(input.location ? [`LOCATION:${text(input.location)}`] : []),
    ...(s.link ? [`URL:${s.link}`] : []),
    `STATUS:${input.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    ...(input.organizer ? [`ORGANIZER;CN=${param(input.organizer.name)}:mailto:${input.organizer.email}`] : []),
    `ATTENDEE;CN=${param(input.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${input.attendee.email}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
