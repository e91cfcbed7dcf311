import type { Member, Organisation, StoreData } from '../store/index';
import { searchKey } from './text';

/**
 * Lookups of people and organisations by e-mail, id and name, built once: a bulk import checks
 * thousands of rows against them without scanning the store for each row.
 */
export class PeopleIndex {
  readonly byEmail = new Map<string, Member>();
  readonly memberIds = new Set<string>();
  readonly orgById = new Map<string, Organisation>();
  private readonly orgByName = new Map<string, Organisation>();

  constructor(data: Pick<StoreData, 'members' | 'organisations'>) {
    for (const m of data.members) this.addMember(m);
    for (const o of data.organisations) this.addOrganisation(o);
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
