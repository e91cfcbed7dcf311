// Bundles src/ into dist/ so that start-up reads a few files instead of hundreds of modules.
// Code splitting keeps lazily imported parts (prompts, CSV, date parsing, charts) out of the
// start-up path. esbuild splits only ES modules, so the chunks are built as ES modules first, then
// each is turned into CommonJS (dist/package.json says so): CommonJS loads synchronously (no
// asynchronous module pipeline per chunk at start-up) and can be compiled with V8's code cache
// on Node 20 too (bin/codeCache.js), where Node has no compile cache of its own.
import { build, transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * commander requires node:child_process when it loads, for subcommands that are separate
 * executables, which caprural has none of: loading it (and node:net, node:dgram and the streams
 * with it) cost about 2 ms of every start. Here it is required on first use instead.
 */
const commanderSpawnOnUse = {
  name: 'commander-spawn-on-use',
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, ({ path }) => {
      const eager = "const childProcess = require('node:child_process');";
      const source = readFileSync(path, 'utf8');
      // A commander that loads it otherwise: stop the build rather than ship it unseen.
      if (!source.includes(eager) || source.split('childProcess.').length - 1 !== (source.match(/childProcess\.spawn\(/g) ?? []).length) {
        throw new Error(`${path}: commander no longer loads node:child_process as scripts/build.js expects`);
      }
      return { contents: source.replace(eager, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"), loader: 'js' };
    });
  },
};

const minify = !process.env.CAPRURAL_BUILD_READABLE;

/**
 * A module of src/ made a file of its own in dist/, `<name>-<hash>.js`, required on the first
 * call of one of its functions. The modules that import it get, in the bundle, a stand-in with
 * the same exports: each function loads the file when called and passes `errors` on (ajv sets
 * `validate.errors` on its function); a string is written in the stand-in as it is. An export of
 * another kind is left out of the stand-in, so that importing it fails the build.
 * @param {string} file the module, from the project's folder
 * @param {string} name the name of its file in dist/
 * @returns {Promise<{ name: string, code: string, plugin: import('esbuild').Plugin }>}
 */
async function onFirstCall(file, name) {
  const source = resolve(file);
  const { outputFiles } = await build({ entryPoints: [source], bundle: true, format: 'cjs', platform: 'node', target: 'node20', minify, legalComments: 'none', logLevel: 'warning', write: false });
  const code = outputFiles[0].text;
  // Its exports, as the bundled module gives them (it is self-contained: built without externals).
  const module = { exports: {} };
  new Function('module', 'exports', 'require', code)(module, module.exports, createRequire(source));
  // Named after its content, as esbuild names the other files (bin/codeCache.js keys its cache by it).
  const fileName = `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 8).toUpperCase()}.js`;
  const lines = [
    'let loaded;',
    `const load = () => (loaded ??= require(${JSON.stringify(`./${fileName}`)}));`,
    'const onUse = (key) => {',
    '  const f = function (...args) {',
    '    const real = load()[key];',
    '    const result = real.apply(this, args);',
    '    f.errors = real.errors;',
    '    return result;',
    '  };',
    '  return f;',
    '};',
  ];
  for (const [key, value] of Object.entries(module.exports)) {
    const standIn = typeof value === 'function' ? `onUse(${JSON.stringify(key)})` : typeof value === 'string' ? JSON.stringify(value) : null;
    if (standIn === null || key === '__esModule') continue;
    lines.push(key === 'default' ? `export default ${standIn};` : `export const ${key} = ${standIn};`);
  }
  const contents = lines.join('\n');
  const stem = basename(source).replace(/\.[jt]s$/, '');
  const namespace = `${name}-on-first-call`;
  return {
    name: fileName,
    code,
    plugin: {
      name: namespace,
      setup(build) {
        build.onResolve({ filter: new RegExp(`[\\\\/]${stem.replace(/\./g, '\\.')}(\\.[jt]s)?$`) }, (args) => {
          const path = resolve(args.resolveDir, args.path);
          return [path, `${path}.ts`].includes(source) ? { path: source, namespace } : undefined;
        });
        build.onResolve({ filter: new RegExp(`^\\./${name}-[A-Z0-9]{8}\\.js$`) }, (args) => ({ path: args.path, external: true }));
        build.onLoad({ filter: /.*/, namespace }, () => ({ contents, loader: 'js' }));
      },
    },
  };
}
// The store's generated validator (250 kB): a read of a store caprural wrote itself (its
// fingerprint trusted, src/store/trust.ts) never checks it; loading its code was about 1 ms of
// every such start. Its id (a string) is in the stand-in.
const validator = await onFirstCall('src/store/validateStore.generated.js', 'validator');
// The examples at the end of a command's help: only `--help` shows them.
const examples = await onFirstCall('src/i18n/examples.ts', 'examples');

/**
 * Each language's tables (messages and help texts, src/i18n/languages.ts) are a file of their
 * own in dist/, `language-en-<hash>.js` and `language-fr-<hash>.js`: each is that module bundled
 * with the other language left out (esbuild drops what nothing uses; the tables are plain
 * objects and `/* @__PURE__ *\/` merges). In the bundle, src/i18n/languages.ts is replaced by a
 * stand-in that requires the file of the language asked for on its first use: a run loads only
 * its own language's tables.
 * @returns {Promise<{ files: Array<{ name: string, code: string }>, plugin: import('esbuild').Plugin }>}
 */
async function languagesOnUse() {
  // The tables are objects of many keys, most of them functions: V8 makes a hidden class for each
  // key of an object literal as it first builds it, which was 1 ms of every start for one
  // language. Written with `__proto__: null` they are dictionaries from the start (their keys are
  // only ever looked up). Done here, in the build, because TypeScript would count `__proto__` as
  // one of their keys.
  let dictionaries = 0;
  const tablesAsDictionaries = {
    name: 'tables-as-dictionaries',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]i18n[\\/]\w+\.ts$/ }, ({ path }) => {
        const contents = readFileSync(path, 'utf8').replace(/^(export const \w+(?:En|Fr)(?:: [^=]+)? = \{)$/gm, (line) => {
          dictionaries += 1;
          return `${line} __proto__: null,`;
        });
        return { contents, loader: 'ts' };
      });
    },
  };
  const source = resolve('src/i18n/languages.ts');
  // The stand-in below answers for these exports: stop the build rather than ship another module's.
  const exported = [...readFileSync(source, 'utf8').matchAll(/^export (?:const|function) (\w+)/gm)].map((m) => m[1]).join(', ');
  if (exported !== 'english, french, language, helpTexts') throw new Error(`scripts/build.js: src/i18n/languages.ts exports ${exported}, not what its stand-in answers for`);
  const files = [];
  const required = {};
  for (const [lang, tables] of [
    ['en', 'english'],
    ['fr', 'french'],
  ]) {
    const { outputFiles } = await build({
      stdin: { contents: `export { ${tables} as tables } from ${JSON.stringify(source)};`, resolveDir: resolve('.'), loader: 'js' },
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      minify,
      legalComments: 'none',
      logLevel: 'warning',
      write: false,
      plugins: [tablesAsDictionaries],
    });
    const code = outputFiles[0].text;
    const name = `language-${lang}-${createHash('sha256').update(code).digest('hex').slice(0, 8).toUpperCase()}.js`;
    files.push({ name, code });
    required[lang] = `./${name}`;
  }
  // Each language's build reads every table (tree-shaking comes after): far more than 20 for both.
  if (dictionaries < 20)
    throw new Error(`scripts/build.js: only ${dictionaries} message tables written as \`export const xxEn = {\` or \`export const xxFr: typeof xxEn = {\` were found in src/i18n/`);
  const standIn = [
    'const loaded = {};',
    `export const language = (lang) => (loaded[lang] ??= lang === 'fr' ? require(${JSON.stringify(required.fr)}).tables : require(${JSON.stringify(required.en)}).tables);`,
    'export const helpTexts = (lang) => language(lang).help;',
  ].join('\n');
  return {
    files,
    plugin: {
      name: 'languages-on-use',
      setup(build) {
        build.onResolve({ filter: /[\\/]languages$/ }, (args) => {
          const path = resolve(args.resolveDir, `${args.path}.ts`);
          return path === source ? { path, namespace: 'languages-on-use' } : undefined;
        });
        build.onResolve({ filter: /^\.\/language-(en|fr)-[A-Z0-9]{8}\.js$/ }, (args) => ({ path: args.path, external: true }));
        build.onLoad({ filter: /.*/, namespace: 'languages-on-use' }, () => ({ contents: standIn, loader: 'js' }));
      },
    },
  };
}
const languages = await languagesOnUse();

// Built beside dist/ (data/ is found from the bundle as ../data) and swapped in at the end: a
// caprural started while `npm install` rebuilds it finds the old build or the new one, whole.
const building = `dist-build-${process.pid}`;
rmSync(building, { recursive: true, force: true });
const esm = await build({
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  // Every file named after its content (bin/codeCache.js keys its cache by these names).
  entryNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  // Smaller files parse faster: start-up is mostly compiling the bundle.
  minify,
  logLevel: 'warning',
  // pdfkit reads its own data files next to its code: it is loaded from node_modules, not bundled.
  external: ['pdfkit'],
  plugins: [commanderSpawnOnUse, validator.plugin, examples.plugin, languages.plugin],
  write: false,
});

mkdirSync(building, { recursive: true });
for (const file of esm.outputFiles) {
  let { code } = await transform(file.text, {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify,
    legalComments: 'none',
    // A lazily loaded chunk is required, not imported: `import()` would go through the ES module
    // loader (asynchronous, and past the code cache) for a file that is CommonJS anyway.
    supported: { 'dynamic-import': false },
    // import.meta.url (createRequire for pdfkit, data files) is this file's URL, as in ES modules.
    define: { 'import.meta.url': '__importMetaUrl' },
    logLevel: 'warning',
  });
  // esbuild's CommonJS exports are a copy of the module's getters into a new object: each file
  // of a start defined every export twice. The module's own object (its getters defined once)
  // is exported instead, marked as esbuild marks it. Minified builds only (the helper's shape).
  code = code.replace(/(\w+)=(\w+)=>\w+\((\w+)\(\{\},"__esModule",\{value:!0\}\),\2\)/, '$1=$2=>$3($2,"__esModule",{value:!0})');
  const banner = code.includes('__importMetaUrl') ? "var __importMetaUrl=require('node:url').pathToFileURL(__filename).href;\n" : '';
  const out = join(building, basename(file.path));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, banner + code);
}
for (const { name, code } of [validator, examples, ...languages.files]) writeFileSync(join(building, name), code);
writeFileSync(`${building}/package.json`, '{ "type": "commonjs" }\n');
// dist/main.js, the name bin/caprural.js runs, loads the entry point under its hashed name.
const entry = esm.outputFiles.map((file) => basename(file.path)).find((name) => /^main-[A-Z0-9]{8}\.js$/.test(name));
if (!entry) throw new Error('the entry point main-<hash>.js is missing from the build');
writeFileSync(`${building}/main.js`, `// The entry point, named after its content: ${entry}\nrequire('./${entry}');\n`);

// The top-level help, rendered once by the built CLI itself, for bin/caprural.js to print
// without loading commander (80 columns, as commander renders without a terminal).
import { spawnSync } from 'node:child_process';
// One file per language: bin/caprural.js picks it as the CLI picks its language (LC_ALL, LC_MESSAGES, LANG).
for (const lang of ['en', 'fr']) {
  const help = spawnSync(process.execPath, [`${building}/main.js`, '--lang', lang, '--help'], { encoding: 'utf8', env: { ...process.env, COLUMNS: '80' } });
  if (help.status !== 0) throw new Error(`rendering the help failed: ${help.stderr}`);
  writeFileSync(`${building}/help.${lang}.txt`, help.stdout);
}
const old = `dist-old-${process.pid}`;
try {
  renameSync('dist', old);
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
renameSync(building, 'dist');
rmSync(old, { recursive: true, force: true });
