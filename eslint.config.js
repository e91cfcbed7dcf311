// The layers of docs/architecture.md (DESIGN.md §6), as a check: `npm run lint`, part of `npm test`.
// Each layer gets one list of forbidden imports; a file gets its layer's list plus the rules that
// hold everywhere (the store only through src/store/index.ts, inquirer only in src/prompts/).
// A later config block replaces an earlier one's options for the same rule, so every block below
// is built by `restrict()` with the full list for its files.
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** An import of a project folder, seen from a file one or more folders below src/. */
const folder = (name) => `^(\\.\\./)+${name}(/.*)?$`;
const NODE_FS = ['^node:fs(/.*)?$', '^fs(/.*)?$'];
/** Modules at the root of src/ that import nothing of the project: every layer may use them (errors.ts imports only message-key types). */
const LEAVES = 'errors|time|escapeForDisplay';

const everywhere = {
  store: {
    regex: '^(\\.\\./)+store/(?!index$).+$',
    message: 'Outside src/store/, import only src/store/index.ts (the store contract); see docs/architecture.md.',
  },
  inquirer: {
    regex: '^@inquirer/',
    message: 'Only src/prompts/ imports inquirer: the command asks through a prompt function.',
  },
};

/** The rule's options for a layer: its own forbidden patterns plus the ones that hold everywhere. */
function restrict({ patterns = [], paths = [], store = everywhere.store, inquirer = true } = {}) {
  const all = [...patterns, ...(store ? [store] : []), ...(inquirer ? [everywhere.inquirer] : [])];
  return { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns: all }] };
}

const layers = {
  // Pure rules: domain/, the error classes, the leaf time module; types of the store and message keys.
  domain: {
    patterns: [
      {
        // Anything of the project but domain/, the leaves and the two type sources.
        regex: `^(\\.\\./)+(?!(${LEAVES})$|domain/|store$|store/index$|i18n/)`,
        message: 'domain/ imports only domain/, ../errors, ../time and ../escapeForDisplay (and types of the store contract or of i18n/).',
      },
      {
        regex: '^(\\.\\./)+(store|store/index|i18n/.+)$',
        allowTypeImports: true,
        message: 'domain/ imports only types from the store contract and i18n/ (sentences are passed in).',
      },
      { regex: '^(node:)?(fs|os|child_process|net|http|https|process|path)(/.*)?$', message: 'domain/ is pure: no I/O.' },
      { regex: '^(chalk|commander|lowdb|proper-lockfile|csv-parse|csv-stringify)(/.*)?$', message: 'domain/ is pure: no I/O or terminal library.' },
    ],
  },
  app: {
    patterns: [
      { regex: folder('(cli|prompts)'), message: 'app/ (use cases) never imports cli/ or prompts/: it returns results, the command renders them.' },
      { regex: NODE_FS.join('|'), message: 'app/ does not touch files: the command reads them (or the store does).' },
    ],
    paths: [{ name: '../csv/readCsv', importNames: ['readCsvFile'], message: 'app/ does not read files: the command reads the CSV and passes the table.' }],
  },
  prompts: {
    patterns: [
      { regex: folder('(export|csv)'), message: 'prompts/ only ask: no export, no file (the command owns the flow).' },
      {
        regex: folder('(app|cli|store)'),
        allowTypeImports: true,
        message: 'prompts/ only ask: no use case, no store, no rendering (types only); the command owns the flow and passes the data to ask about.',
      },
      { regex: NODE_FS.join('|'), message: 'prompts/ never read files or the store.' },
    ],
  },
  i18n: {
    patterns: [
      {
        regex: `^(\\.\\./)+(?!(${LEAVES})$|i18n/)`,
        allowTypeImports: true,
        message: 'i18n/ imports only i18n/ and the leaves (../time, ../escapeForDisplay); types from elsewhere.',
      },
    ],
  },
  store: {
    store: null,
    patterns: [{ regex: folder('(app|cli|prompts|export)'), message: 'store/ is below the use cases: it never imports app/, cli/, prompts/ or export/.' }],
  },
  export: {
    patterns: [{ regex: folder('(app|cli|prompts)'), message: 'export/ turns rows into files: it never imports app/, cli/ or prompts/.' }],
  },
  csv: {
    patterns: [{ regex: folder('(app|cli|prompts|export|store)'), message: 'csv/ reads files into tables: it imports only domain/ types and errors.' }],
  },
  cli: { patterns: [] },
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-build-*/**', 'dist-old-*/**', 'node_modules/**', 'coverage/**', 'src/store/validateStore.generated.js', 'src/store/validateStore.generated.d.ts'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
    plugins: { '@typescript-eslint': tseslint.plugin, 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // A cycle makes load order matter and hides which layer owns what (type-only imports are erased and allowed).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      ...restrict(layers.cli),
      // Only src/main.ts touches the process: everything else gets argv, env, streams and the clock in `Io`.
      'no-restricted-globals': ['error', { name: 'process', message: 'Only src/main.ts touches process: use ctx.io (argv, env, streams, clock).' }],
    },
  },
  ...Object.entries(layers).map(([layer, spec]) => ({ files: [`src/${layer}/**/*.ts`], rules: restrict(spec) })),
  // The leaf modules import nothing of the project, so every layer (i18n/ and domain/ included) may use them.
  {
    files: ['src/time.ts', 'src/escapeForDisplay.ts'],
    rules: restrict({ patterns: [{ regex: '^\\.', message: 'A leaf module (src/time.ts, src/escapeForDisplay.ts) imports nothing of the project.' }] }),
  },
  { files: ['src/prompts/**/*.ts'], rules: restrict({ ...layers.prompts, inquirer: false }) },
  {
    // Prompts never read the store: the command reads what is needed and passes it.
    files: ['src/prompts/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "MemberExpression[property.name='store']", message: 'prompts/ never read the store: the command passes the data to ask about.' }],
    },
  },
  { files: ['src/main.ts'], rules: { 'no-restricted-globals': 'off' } },
);
