// The fixed lists of the domain (roles, organisation kinds, session formats and statuses): the
// store's schema, the rules and the prompts all read them from here.

export const ROLES = ['agent', 'coprog', 'coop-group', 'other'] as const;
export const ORG_KINDS = ['GAL', 'PNR', 'EPCI', 'association', 'other'] as const;
export const SESSION_STATUSES = ['announced', 'scheduled', 'held', 'cancelled'] as const;
export const SESSION_FORMATS = ['webconference', 'in-person'] as const;
