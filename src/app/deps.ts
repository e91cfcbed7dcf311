import type { Store } from '../store/index';

/** What every use case is given: the store, the time, and who is at the keyboard (for the log). */
export interface Deps {
  store: Store;
  clock: () => Date;
  user: string;
  /** The language of the messages queued for participants (caprural mail); French by default. */
  mailLang?: 'fr' | 'en';
}
