import type { Config } from '../config';

/** The training provider as printed: each field from the config file, null when not set (printed as a blank). */
export interface ProviderIdentity {
  name: string | null;
  address: string | null;
  siret: string | null;
  nda: string | null;
  signatory: string | null;
  place: string | null;
}

export const PROVIDER_KEYS = ['provider.name', 'provider.address', 'provider.siret', 'provider.nda', 'provider.signatory', 'provider.place'] as const;

/** "123 456 789 00007": a SIRET as INSEE prints it. */
const spacedSiret = (digits: string) => `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`;

export function providerFrom(config: Pick<Config, 'get'>): ProviderIdentity {
  const siret = config.get('provider.siret');
  return {
    name: config.get('provider.name') ?? null,
    address: config.get('provider.address') ?? null,
    siret: siret ? (/^\d{14}$/.test(siret) ? spacedSiret(siret) : siret) : null,
    nda: config.get('provider.nda') ?? null,
    signatory: config.get('provider.signatory') ?? null,
    place: config.get('provider.place') ?? null,
  };
}

/** The provider keys not set, to say which blanks are left on paper. */
export function missingProviderKeys(config: Pick<Config, 'get'>, keys: readonly (typeof PROVIDER_KEYS)[number][] = PROVIDER_KEYS): string[] {
  return keys.filter((k) => config.get(k) === undefined);
}
