import type { MemberInput } from '../domain/members';

export interface MemberFlags {
  first?: string;
  last?: string;
  email?: string;
  phone?: string;
  org?: string;
  role?: string[];
}

export const toInput = (o: MemberFlags): MemberInput => ({
  firstName: o.first,
  lastName: o.last,
  email: o.email,
  phone: o.phone,
  organisation: o.org,
  roles: o.role,
});
