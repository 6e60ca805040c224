import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');

describe('what a release ships', () => {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8' })) as { files: { path: string }[] }[];
  const paths = pack!.files.map((f) => f.path).sort();

  it('the tarball holds dist/, the guides, the README, the licence, the changelog and package.json, nothing else', () => {
    expect(paths.filter((p) => !p.startsWith('dist/'))).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'docs/data-model.md',
      'docs/editorial-policy.md',
      'docs/performance.md',
      'docs/recipes.md',
      'docs/versioning.md',
      'package.json',
    ]);
    expect(paths.some((p) => /^(tests|data|src|scripts|docs\/examples|docs\/api|\.ci)\//.test(p))).toBe(false);
    expect(paths).toContain('dist/essay.json');
  });

  it('every local link of the README and the guides leads to a file in the tarball', () => {
    const links = paths
      .filter((p) => p.endsWith('.md'))
      .flatMap((file) =>
        [...readFileSync(join(root, file), 'utf8').matchAll(/\]\(([^)\s]+)\)/g)]
          .map((m) => m[1]!)
          .filter((target) => !/^(?:[a-z]+:|#)/i.test(target))
          .map((target) => ({ file, target: join(dirname(file), target.replace(/#.*$/, '')) })),
      );
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter(({ target }) => !paths.includes(target))).toEqual([]);
  });

  it('building twice gives byte-identical files', () => {
    const again = mkdtempSync(join(tmpdir(), 'destalinisation-rebuild-'));
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/tsup/dist/cli-default.js'), '--out-dir', again], { cwd: root, stdio: 'pipe' });
      execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/freeze-cjs-exports.ts', again], { cwd: root, stdio: 'pipe' });
      for (const file of readdirSync(again)) {
        expect(readFileSync(join(again, file)).equals(readFileSync(join(dist, file))), file).toBe(true);
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  for (const platform of ['neutral', 'browser'] as const) {
    it(`bundles with esbuild for platform ${platform}, with no Node built-ins, and the bundle runs`, async () => {
      const result = await build({
        stdin: { contents: `export * from ${JSON.stringify(join(dist, 'index.js'))};`, resolveDir: root },
        bundle: true,
        platform,
        format: 'esm',
        write: false,
        logLevel: 'silent',
      });
      const text = result.outputFiles[0]!.text;
      expect(text).not.toMatch(/from ["']node:|require\(["']node:/);
      const bundled = (await import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`)) as typeof import('../../src/index.js');
      expect([bundled.blocks.length, bundled.getQuote('p10-q2')?.speakerIds]).toEqual([61, ['lenin']]);
    });
  }

  for (const version of ['22', '24']) {
    it(`works on Node ${version} (ESM and CommonJS)`, () => {
      const script = [
        `const m = await import(${JSON.stringify(join(dist, 'index.js'))});`,
        `const { createRequire } = await import('node:module');`,
        `const c = createRequire(import.meta.url)(${JSON.stringify(join(dist, 'index.cjs'))});`,
        'console.log(JSON.stringify([process.versions.node.split(".")[0], m.blocks.length, c.quotes.length, m.timeline().length, m.toPlainText() === c.toPlainText()]));',
      ].join('\n');
      const run = spawnSync('npm', ['exec', '--yes', `--package=node@${version}`, '--', 'node', '--input-type=module', '-e', script], {
        cwd: tmpdir(),
        encoding: 'utf8',
        timeout: 300_000,
      });
      // Node ${version} comes from the npm registry, like every dependency: say so when it cannot be reached.
      if (run.status !== 0 && /E(?:NOTFOUND|AI_AGAIN|CONNREFUSED|CONNRESET|TIMEDOUT)|network/i.test(run.stderr)) {
        throw new Error(`this test fetches Node ${version} (npm package node@${version}) from the npm registry, which could not be reached:\n${run.stderr}`);
      }
      expect(run.status, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual([version, 61, 69, 47, true]);
    }, 300_000);
  }
});
