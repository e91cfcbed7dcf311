// The checks of the data itself that the store runs on a version it cannot trust (a hand edit,
// another program, an upgrade), before a change: the problems `doctor` reports that make the data
// wrong (src/domain/doctor.ts, src/domain/doctorEmails.ts). Given to the store here, because the
// store layer never imports the rules; loaded only when such a version is read.
import type { DataChecks } from '../store/index';

export const storeDataChecks: DataChecks = {
  // Bump when the checks change: a version found clean by older checks is then checked again.
  id: 'references+emails/1',
  async run(data) {
    const [{ checkReferences }, { checkEmails }] = await Promise.all([import('../domain/doctor'), import('../domain/doctorEmails')]);
    return [...checkReferences(data), ...checkEmails(data)].filter((f) => f.level === 'problem');
  },
};
