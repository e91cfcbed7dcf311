// The small store the interactive tests start from, built through the real commands: the
// catalogue, the GAL du Pays de Gex with its 2018 cotisation, its agents, and who is registered
// for the 2018 level-1 session.
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli } from './runCli';
import { tempDir } from './tempStore';

/** An agent of the GAL du Pays de Gex: first name, last name, e-mail. */
export type GexAgent = readonly [first: string, last: string, email: string];

/** The store's path; `registered` are e-mails registered for cooperer-leader-n1-2018, in order. */
export async function gexStore(now: string, agents: readonly GexAgent[], registered: readonly string[] = []): Promise<string> {
  const path = join(tempDir(), 'store.json');
  const ok = async (args: string[]) => expect((await runCli(args, { store: path, now })).code).toBe(0);
  await ok(['init']);
  await ok(['org', 'add', '--name', 'GAL du Pays de Gex', '--kind', 'GAL']);
  await ok(['membership', 'pay', 'gal-du-pays-de-gex', '--year', '2018']);
  for (const [first, last, email] of agents) await ok(['member', 'add', '--first', first, '--last', last, '--email', email, '--org', 'gal-du-pays-de-gex', '--role', 'agent']);
  for (const email of registered) await ok(['register', '--session', 'cooperer-leader-n1-2018', '--member', email]);
  return path;
}
