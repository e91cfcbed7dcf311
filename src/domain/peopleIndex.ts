import type { Member, Organisation, StoreData } from '../store/index';
import { searchKey } from './text';

/** What making or changing one person looks up: who has an e-mail, whether an id is taken, an organisation. */
export interface PeopleLookup {
  /** The person with this e-mail (as stored), the last one if several. */
  emailOwner(email: string): Member | undefined;
  hasMemberId(id: string): boolean;
  findOrganisation(ref: string): Organisation | undefined;
}

/**
 * The lookups for one person made or changed (member add, edit): a scan of the store per question
 * costs less than building maps of 20,000 people for one or two questions. Repeated questions about
 * ids (a common name's -2, -3…) are answered from a set built on the second one.
 */
export function scanPeople(data: Pick<StoreData, 'members' | 'organisations'>): PeopleLookup {
  let ids: Set<string> | null = null;
  let idQuestions = 0;
  let orgs: PeopleIndex | null = null;
  return {
    emailOwner(email) {
      return data.members.findLast((m) => m.email === email);
    },
    hasMemberId(id) {
      idQuestions += 1;
      if (ids === null && idQuestions < 2) return data.members.some((m) => m.id === id);
      ids ??= new Set(data.members.map((m) => m.id));
      return ids.has(id);
    },
    findOrganisation(ref) {
      orgs ??= new PeopleIndex({ members: [], organisations: data.organisations });
      return orgs.findOrganisation(ref);
    },
  };
}

/**
 * Lookups of people and organisations by e-mail, id and name, built once: a bulk import checks
 * thousands of rows against them without scanning the store for each row.
 */
export class PeopleIndex implements PeopleLookup {
  readonly byEmail = new Map<string, Member>();
  readonly memberIds = new Set<string>();
  readonly orgById = new Map<string, Organisation>();
  private readonly orgByName = new Map<string, Organisation>();

  constructor(data: Pick<StoreData, 'members' | 'organisations'>) {
    for (const m of data.members) this.addMember(m);
    for (const o of data.organisations) this.addOrganisation(o);
  }

  emailOwner(email: string): Member | undefined {
    return this.byEmail.get(email);
  }

  hasMemberId(id: string): boolean {
    return this.memberIds.has(id);
  }

  addMember(m: Member): void {
    this.byEmail.set(m.email, m);
    this.memberIds.add(m.id);
  }

  replaceMember(before: Member, after: Member): void {
    this.byEmail.delete(before.email);
    this.addMember(after);
  }

  addOrganisation(o: Organisation): void {
    this.orgById.set(o.id, o);
    this.orgByName.set(searchKey(o.name), o);
  }

  /** An organisation by id, or by name compared without case, accents or punctuation. */
  findOrganisation(ref: string): Organisation | undefined {
    const text = ref.normalize('NFC').trim();
    return this.orgById.get(text) ?? this.orgByName.get(searchKey(text));
  }
}
