// Run in a child process with TZ set (bundled by test/mail/calendar.test.ts): moves the brochure's
// session to 15/02/2018 10:00-12:00 through the real use case, on the store given, at a fixed time.
import { editSession } from '../../src/app/sessions';
import { openStore } from './storeInternals';

const [path, now] = process.argv.slice(2) as [string, string];
const clock = () => new Date(now);
await editSession({ store: openStore(path, { now: clock }), clock, user: 'tester' }, 'cooperer-leader-n1-2018', { starts: '15/02/2018 10:00', ends: '15/02/2018 12:00' });
process.stdout.write(`${Intl.DateTimeFormat().resolvedOptions().timeZone}\n`);
