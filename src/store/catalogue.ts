import catalogue from '../../data/catalogue.json';
import type { StoreData } from './schema';
import { SCHEMA_VERSION } from './vocabulary';

/** A new store: the shipped "Coopérer dans LEADER" cycle and eligibility rule, or nothing with `empty`. */
export function newStoreData(empty = false): StoreData {
  const data: StoreData = {
    schemaVersion: SCHEMA_VERSION,
    courses: [],
    sessions: [],
    organisations: [],
    members: [],
    memberships: [],
    registrations: [],
    rules: [],
    log: [],
    logSeq: 0,
  };
  if (empty) return data;
  // A deep copy: the bundled JSON object must never be mutated by a command.
  const copy = structuredClone(catalogue) as Pick<StoreData, 'courses' | 'sessions' | 'rules'>;
  return { ...data, courses: copy.courses, sessions: copy.sessions, rules: copy.rules };
}
