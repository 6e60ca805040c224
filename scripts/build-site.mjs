// Builds the documentation site: the API reference with the guides (TypeDoc, typedoc.json), the
// example pages, and the built package the example pages import. `npm run docs` runs it after the
// build; the Pages workflow publishes the result on each release. The site is served, not opened
// from disk (browsers block module scripts on file: pages): `npm run demo` serves it at /docs/api/.
//
//   node scripts/build-site.mjs [--out <folder>]   (default docs/api; `[folder]` alone works too)
//
// The output folder is emptied before each build, so the builder refuses a folder it did not make:
// one that exists, is not empty and has no marker file (which the builder writes into every site),
// and any folder at or inside the repository's sources (or the repository itself), whether it
// exists or not. docs/api, the default, is the one folder allowed among them.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repositoryRoot = fileURLToPath(new URL('../', import.meta.url));

/** The file the builder writes into every site it builds; only a folder holding it is replaced. */
export const siteMarker = '.destalinisation-essay-site';

/** The default output folder, relative to the repository. */
export const defaultOutput = 'docs/api';

/** The repository's folders of sources, relative to it: the site is never written at or inside one. */
export const sourceFolders = ['src', 'data', 'docs', 'tests', 'scripts', 'node_modules', 'dist', '.git', '.github', '.changeset', '.ci'];

/** A refused output folder or a malformed command line: the command line prints its message and exits 2. */
export class UsageError extends Error {
  name = 'UsageError';
}

/** Text for one line of a terminal: control characters escaped. */
function printable(text) {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it escapes
  return String(text).replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `child` is `parent` or inside it (both absolute and resolved). */
function isWithin(parent, child) {
  const path = relative(parent, child);
  return path === '' || (!path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path));
}

/** The real path of `path` (links resolved in the part of it that exists). */
function realPathOf(path) {
  const rest = [];
  let existing = resolve(path);
  for (;;) {
    try {
      lstatSync(existing);
      break;
    } catch {
      const parent = dirname(existing);
      if (parent === existing) break;
      rest.unshift(basename(existing));
      existing = parent;
    }
  }
  try {
    return join(realpathSync(existing), ...rest);
  } catch {
    throw new UsageError(`build-site: ${printable(path)} is a broken link; choose another output folder`);
  }
}

/**
 * Checks that the site may be written to `out` (absolute, or relative to the working directory)
 * and returns its real path. Throws a {@link UsageError} for the repository itself or a folder
 * holding it, a folder at or inside the repository's sources (docs/api excepted), a file, and a
 * folder that is not empty and has no {@link siteMarker} (one the builder did not make).
 * `root` is the repository (the tests pass a scratch copy).
 */
export function checkOutputFolder(out, root = repositoryRoot) {
  const shown = printable(out);
  const target = realPathOf(out);
  const repository = realPathOf(root);
  if (isWithin(target, repository))
    throw new UsageError(`build-site: refusing ${shown}: it is the repository or holds it; choose a folder of its own, e.g. ${defaultOutput}`);
  if (target !== realPathOf(join(repository, defaultOutput))) {
    const source = sourceFolders.find((folder) => isWithin(realPathOf(join(repository, folder)), target));
    if (source !== undefined)
      throw new UsageError(
        `build-site: refusing ${shown}: it is part of the repository's sources (${source}/); choose a folder of its own, e.g. ${defaultOutput}`,
      );
  }
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new UsageError(`build-site: refusing ${shown}: it is a file, not a folder`);
    const entries = readdirSync(target);
    if (entries.length > 0 && !entries.includes(siteMarker)) {
      throw new UsageError(
        `build-site: refusing ${shown}: it is not empty and this builder did not make it (no ${siteMarker} file), so it will not be emptied; remove it yourself or choose another folder`,
      );
    }
  }
  return target;
}

/**
 * Reads the command line (`[--out <folder>]` or `[folder]`) and returns the output folder as an
 * absolute path (a relative one is taken from `cwd`; an absolute one is kept). Throws a
 * {@link UsageError} for an unknown option, a second folder or an empty one.
 */
export function outputFolderOf(args, cwd = process.cwd()) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { out: { type: 'string', short: 'o' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`build-site: ${printable(error.message.split('. ')[0])}; usage: node scripts/build-site.mjs [--out <folder>]`);
  }
  const given = [...(parsed.values.out === undefined ? [] : [parsed.values.out]), ...parsed.positionals];
  if (given.length > 1) throw new UsageError(`build-site: one output folder, got ${given.length}; usage: node scripts/build-site.mjs [--out <folder>]`);
  if (given[0] === '') throw new UsageError('build-site: the output folder is empty; usage: node scripts/build-site.mjs [--out <folder>]');
  return given.length === 0 ? join(repositoryRoot, defaultOutput) : resolve(cwd, given[0]);
}

/** Every file under a folder, as paths relative to it. */
export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => statSync(join(dir, file)).isFile());
}

/** Builds the site into `out` (checked by {@link checkOutputFolder} first); returns `out`. */
export function buildSite(out = join(repositoryRoot, defaultOutput)) {
  const target = checkOutputFolder(out);
  const root = repositoryRoot;
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('build-site: dist/ is missing; run `npm run build` first');
  // Empty the folder (TypeDoc is told not to clean it) and mark it first, so that a build that
  // stops half-way leaves a folder the next build may replace.
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(target)) rmSync(join(target, entry), { recursive: true, force: true });
  writeFileSync(join(target, siteMarker), 'Built by scripts/build-site.mjs (npm run docs), which empties this folder on each build.\n');
  execFileSync(process.execPath, [join(root, 'node_modules/typedoc/bin/typedoc'), '--out', target, '--cleanOutputDir', 'false', '--logLevel', 'Warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  // The example page imports ../../dist/index.js: the same layout inside the site.
  cpSync(join(root, 'docs/examples'), join(target, 'docs/examples'), { recursive: true });
  mkdirSync(join(target, 'dist'), { recursive: true });
  for (const file of ['index.js', 'essay.json', 'essay.schema.json']) cpSync(join(root, 'dist', file), join(target, 'dist', file));
  // The libraries an example page loads from node_modules/ (its links and imports name them).
  for (const file of filesUnder(join(root, 'docs/examples'))) {
    const text = readFileSync(join(root, 'docs/examples', file), 'utf8');
    for (const [, path] of text.matchAll(/["']\.\.\/\.\.\/node_modules\/([^"']+)["']/g)) {
      mkdirSync(dirname(join(target, 'node_modules', path)), { recursive: true });
      cpSync(join(root, 'node_modules', path), join(target, 'node_modules', path));
    }
  }
  // TypeDoc writes a navigation link as given on every page; make it relative to each page.
  for (const file of filesUnder(target).filter((f) => f.endsWith('.html'))) {
    const depth = file.split(sep).length - 1;
    const html = readFileSync(join(target, file), 'utf8');
    const fixed = html.replaceAll('href="docs/examples/index.html"', `href="${'../'.repeat(depth)}docs/examples/index.html"`);
    if (fixed !== html) writeFileSync(join(target, file), fixed);
  }
  return target;
}

/** How to serve a site built into `out`: `npm run demo` for the default folder, the server's `--site` otherwise. */
export function howToServe(out) {
  if (out === realPathOf(join(repositoryRoot, defaultOutput))) return 'serve it with `npm run demo` and open http://127.0.0.1:4173/docs/api/';
  return `serve it with \`node scripts/demo-server.mjs --site ${printable(out)}\` and open http://127.0.0.1:4173/docs/api/`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const out = buildSite(outputFolderOf(process.argv.slice(2)));
    const shown = relative(process.cwd(), out);
    console.log(
      `Built the documentation site in ${printable(shown === '' ? '.' : shown.startsWith('..') ? out : shown)}/; ${howToServe(out)} (its pages load module scripts, which browsers block on pages opened from disk).`,
    );
  } catch (error) {
    console.error(printable(error.message));
    process.exit(error instanceof UsageError ? 2 : 1);
  }
}
