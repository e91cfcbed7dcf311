// Every sentence caprural says to a person, in English and French, one table per area of the
// product. Each French table is type-checked against its English one, so no key can be missing.
import { coreEn, coreFr } from './core';
import { resilienceEn, resilienceFr } from './resilience';

export const en = { ...coreEn, ...resilienceEn };
export const fr: Messages = { ...coreFr, ...resilienceFr };

export type Messages = typeof en;
export type MessageKey = keyof Messages;
export type MessageParams<K extends MessageKey> = Parameters<Messages[K]>[0];
