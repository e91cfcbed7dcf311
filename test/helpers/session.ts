import type { Session } from '../../src/store/schema';

/** A session as stored: a held webconference of N1 on 1 March 2018, 10:00-13:30 Paris, 10 seats; `extra` changes any field. */
export function session(id: string, extra: Partial<Session> = {}): Session {
  return {
    id,
    courseId: 'cooperer-leader-n1',
    title: `Session ${id}`,
    year: 2018,
    format: 'webconference',
    startsAt: '2018-03-01T09:00:00.000Z',
    endsAt: '2018-03-01T12:30:00.000Z',
    dateOnly: false,
    timeZone: 'Europe/Paris',
    capacity: 10,
    registrationClosesAt: '2018-02-20T23:00:00.000Z',
    membershipYear: 2018,
    audience: ['agent'],
    speakers: [],
    contact: null,
    status: 'held',
    ...extra,
  };
}
