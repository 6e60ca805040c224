// Builds the documentation site: the API reference with the guides (TypeDoc, typedoc.json), the
// example page, and the built package the example page imports. `npm run docs` runs it after the
// build; the Pages workflow publishes the result on each release.
//
//   node scripts/build-site.mjs [out]   (default docs/api)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Every file under a folder, as paths relative to it. */
export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true }).map(String).filter((file) => statSync(join(dir, file)).isFile());
}

/** Builds the site into `out`; returns `out`. */
export function buildSite(out = join(root, 'docs/api')) {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('build-site: dist/ is missing; run `npm run build` first');
  execFileSync(process.execPath, [join(root, 'node_modules/typedoc/bin/typedoc'), '--out', out, '--logLevel', 'Warn'], { cwd: root, stdio: 'inherit' });
  // The example page imports ../../dist/index.js: the same layout inside the site.
  cpSync(join(root, 'docs/examples'), join(out, 'docs/examples'), { recursive: true });
  mkdirSync(join(out, 'dist'), { recursive: true });
  for (const file of ['index.js', 'essay.json', 'essay.schema.json']) cpSync(join(root, 'dist', file), join(out, 'dist', file));
  // The libraries an example page loads from node_modules/ (its links and imports name them).
  for (const file of filesUnder(join(root, 'docs/examples'))) {
    const text = readFileSync(join(root, 'docs/examples', file), 'utf8');
    for (const [, path] of text.matchAll(/["']\.\.\/\.\.\/node_modules\/([^"']+)["']/g)) {
      mkdirSync(dirname(join(out, 'node_modules', path)), { recursive: true });
      cpSync(join(root, 'node_modules', path), join(out, 'node_modules', path));
    }
  }
  // TypeDoc writes a navigation link as given on every page; make it relative to each page.
  for (const file of filesUnder(out).filter((f) => f.endsWith('.html'))) {
    const depth = file.split(sep).length - 1;
    const html = readFileSync(join(out, file), 'utf8');
    const fixed = html.replaceAll('href="docs/examples/index.html"', `href="${'../'.repeat(depth)}docs/examples/index.html"`);
    if (fixed !== html) writeFileSync(join(out, file), fixed);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = buildSite(process.argv[2] ? join(process.cwd(), process.argv[2]) : undefined);
  console.log(`Built the documentation site in ${relative(process.cwd(), out) || '.'}/ (open index.html).`);
}
