// What `export --excel` writes in French: the header of each column (by its English key) and the
// values of coded columns. The default CSV and JSON keep the English keys and codes.
import { attendanceFr } from './attendance';
import { coreFr } from './core';
import { ROLES_SHORT_FR, VALUES_FR } from './words';

/** The headers of `export members`, English key -> French header; `member import` reads both back. */
export const MEMBER_HEADERS = {
  member_id: 'Identifiant',
  last_name: 'Nom',
  first_name: 'Prénom',
  email: 'E-mail',
  phone: 'Téléphone',
  organisation_id: 'Identifiant structure',
  organisation: 'Structure',
  roles: 'Rôles',
  cotisation_years: 'Années de cotisation',
} as const;

/** The French header of each export column, by the column's key. */
export const EXPORT_HEADERS_FR = {
  ...MEMBER_HEADERS,
  session_id: 'Session',
  session_title: 'Intitulé',
  status: 'Statut',
  waitlist_position: "Rang en liste d'attente",
  received_at: 'Reçue le',
  attendance: 'Présence',
  override_reason: 'Motif de dérogation',
  position: 'Rang',
  course_id: 'Module',
  title: 'Intitulé',
  year: 'Année',
  format: 'Format',
  starts_at: 'Début',
  ends_at: 'Fin',
  time_zone: 'Fuseau horaire',
  registration_closes_at: 'Clôture des inscriptions',
  capacity: 'Places',
  confirmed: 'Confirmées',
  waitlisted: 'En attente',
  membership_year: 'Année de cotisation',
  rule_id: 'Règle',
  session_id_attended: 'Session suivie',
  session_year: 'Année',
  session_starts_at: 'Date de la session',
  signature: 'Signature',
} as const;

/** The French values of coded columns, the words the rest of caprural shows in French. */
export const EXPORT_VALUES_FR = {
  registrationStatus: { confirmed: coreFr.status_confirmed({}), waitlisted: coreFr.status_waitlisted({}), cancelled: coreFr.status_cancelled({}) },
  attendance: { present: attendanceFr.attendance_present({}), absent: attendanceFr.attendance_absent({}) },
  sessionStatus: { announced: coreFr.status_announced({}), scheduled: coreFr.status_scheduled({}), held: coreFr.status_held({}), cancelled: coreFr.status_cancelled({}) },
  format: { webconference: coreFr.format_webconference({}), 'in-person': coreFr['format_in-person']({}) },
  /** The override of a registration made at the door (the other overrides are the organiser's own words). */
  override: { 'walk-in': VALUES_FR['walk-in']! },
  /** Roles as `member list` writes them (« agent LEADER », « autre »): `member import` reads them back. */
  roles: ROLES_SHORT_FR,
};
