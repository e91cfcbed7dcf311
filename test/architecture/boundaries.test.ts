import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layers of docs/architecture.md are checked by `npm run lint` (eslint.config.js). These cases
// lint one line of code as if it were in a given file, so that a rule that stops catching a break
// (or starts refusing an allowed import) fails here.

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = 1;\n`, { filePath: file });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer boundaries (DESIGN.md §6)', () => {
  it.each([
    ['domain/ imports a use case', 'src/domain/x.ts', "import { register } from '../app/registrations';", /domain\/ imports only domain/],
    ['domain/ imports a store value', 'src/domain/x.ts', "import { openStore } from '../store/index';", /domain\/ imports only types from the store contract/],
    ['domain/ imports a folder added later', 'src/domain/x.ts', "import { configPath } from '../config/index';", /domain\/ imports only domain/],
    ['domain/ imports i18n', 'src/domain/x.ts', "import { translator } from '../i18n/translate';", /domain\/ imports only types from the store contract and i18n/],
    ['domain/ does I/O', 'src/domain/x.ts', "import { readFileSync } from 'node:fs';", /domain\/ is pure/],
    ['app/ imports the CLI', 'src/app/x.ts', "import { formatTable } from '../cli/table';", /app\/ \(use cases\) never imports cli/],
    ['app/ imports a prompt', 'src/app/x.ts', "import { askMember } from '../prompts/memberPrompts';", /never imports cli\/ or prompts/],
    ['app/ reads a file', 'src/app/x.ts', "import { readFile } from 'node:fs/promises';", /app\/ does not touch files/],
    ['app/ reads a CSV file', 'src/app/x.ts', "import { readCsvFile } from '../csv/readCsv';", /app\/ does not read files/],
    ['a command imports inquirer', 'src/cli/x.ts', "import { confirm } from '@inquirer/prompts';", /Only src\/prompts\/ imports inquirer/],
    ['a prompt runs a use case', 'src/prompts/x.ts', "import { register } from '../app/registrations';", /prompts\/ only ask/],
    ['a prompt borrows a command', 'src/prompts/x.ts', "import { outcomeLine } from '../cli/registerTexts';", /prompts\/ only ask/],
    ['a prompt reads the store', 'src/prompts/x.ts', 'export const f = (ctx: any) => ctx.deps.store.read();', /prompts\/ never read the store/],
    ['i18n/ imports domain/', 'src/i18n/x.ts', "import { fullName } from '../domain/people';", /i18n\/ imports only i18n/],
    ['store internals from app/', 'src/app/x.ts', "import { openStore } from '../store/storeFile';", /import only src\/store\/index.ts/],
    ['store schema from cli/', 'src/cli/x.ts', "import type { Member } from '../store/schema';", /import only src\/store\/index.ts/],
    ['store/ imports a use case', 'src/store/x.ts', "import { register } from '../app/registrations';", /store\/ is below the use cases/],
    ['export/ imports the CLI', 'src/export/x.ts', "import { formatTable } from '../cli/table';", /export\/ turns rows into files/],
    ['the leaf time module imports the project', 'src/time.ts', "import { UsageError } from './errors';", /A leaf module/],
    ['the leaf escaping module imports the project', 'src/escapeForDisplay.ts', "import { t } from './i18n/translate';", /A leaf module/],
    ['i18n/ imports a folder added later', 'src/i18n/x.ts', "import { configPath } from '../config/index';", /i18n\/ imports only i18n/],
    ['process outside main.ts', 'src/cli/x.ts', 'export const argv = process.argv;', /Only src\/main.ts touches process/],
    ['a cycle', 'src/domain/text.ts', "import { fullName } from './people';", /Dependency cycle/],
  ])('%s is refused', async (_, file, code, expected) => {
    expect((await problems(file, code)).join('\n')).toMatch(expected);
  });

  it.each([
    [
      'domain/ imports domain/, errors, time and store types',
      'src/domain/x.ts',
      "import { fullName } from './people';\nimport { UsageError } from '../errors';\nimport { dayIn } from '../time';\nimport type { Member } from '../store/index';",
    ],
    ['app/ imports domain/ and the store contract', 'src/app/x.ts', "import { fullName } from '../domain/people';\nimport { unchanged, type Member } from '../store/index';"],
    [
      'a command imports app/, prompts/ and the store contract',
      'src/cli/x.ts',
      "import { register } from '../app/registrations';\nimport { askMember } from '../prompts/memberPrompts';\nimport { lazyStore } from '../store/index';",
    ],
    [
      'a prompt imports inquirer, domain/ and types',
      'src/prompts/x.ts',
      "import { input } from '@inquirer/prompts';\nimport { fullName } from '../domain/people';\nimport type { Context } from '../cli/context';\nimport type { Member } from '../store/index';",
    ],
    [
      'i18n/ imports the leaf modules and types',
      'src/i18n/x.ts',
      "import { formatInstant } from '../time';\nimport { escapeForDisplay } from '../escapeForDisplay';\nimport type { Member } from '../store/index';",
    ],
    ['store/ imports its own modules', 'src/store/x.ts', "import { openStore } from './storeFile';"],
    ['main.ts touches process', 'src/main.ts', 'export const argv = process.argv;'],
  ])('%s is allowed', async (_, file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
