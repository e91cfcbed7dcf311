import type { SessionInput } from '../domain/sessionFields';

export type SessionFlags = Omit<SessionInput, 'audience'> & { audience?: string[] };

export const toInput = (o: SessionFlags): SessionInput => o;
