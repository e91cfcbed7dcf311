// `caprural doctor` on e-mails written before they were normalised (issue 12): an address that
// holds a control, format or space character, or that is not in its stored form (NFKC, lower
// case), and two people whose addresses are the same once normalised.
import type { StoreData } from '../store/index';
import { emailKey, parseEmail } from './contact';
import type { Finding } from './doctor';

export function checkEmails(data: StoreData): Finding[] {
  const findings: Finding[] = [];
  const byKey = new Map<string, string>();
  for (const m of data.members) {
    if (m.anonymisedAt !== null) continue;
    const parsed = parseEmail(m.email);
    // Not an address at all, even without its invisible or space characters (no « @ »), is said so;
    // an address holding such characters, or written otherwise than stored, as such.
    if (parsed === null && parseEmail(m.email.replace(/[\p{Cc}\p{Cf}\p{Z}\s]/gu, '')) === null) findings.push({ level: 'problem', key: 'doctorEmailInvalid', params: { id: m.id, email: m.email } });
    else if (parsed !== m.email) findings.push({ level: 'problem', key: 'doctorEmailNotNormal', params: { id: m.id, email: m.email } });
    const key = emailKey(m.email);
    const other = byKey.get(key);
    // Exact duplicates are reported by checkReferences; these differ only before normalisation.
    if (other !== undefined && data.members.find((x) => x.id === other)!.email !== m.email) {
      findings.push({ level: 'problem', key: 'doctorEmailSameNormalised', params: { id: m.id, other, email: key } });
    } else if (other === undefined) byKey.set(key, m.id);
  }
  return findings;
}
