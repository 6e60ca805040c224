/**
 * The documentation site builder's command line and its guard on the output folder (which it
 * empties): every case runs against scratch folders, never against the repository's own sources;
 * the command line runs from a scratch copy of the script, whose repository is a scratch folder.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script without types
import { checkOutputFolder, defaultOutput, outputFolderOf, siteMarker, sourceFolders, UsageError } from '../scripts/build-site.mjs';

const script = fileURLToPath(new URL('../scripts/build-site.mjs', import.meta.url));
const repository = fileURLToPath(new URL('../', import.meta.url));

/** The files under a folder with their contents, to show that nothing in it changed. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(files.map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf8')]));
}

/** A scratch repository: a file in each source folder, and a copy of the builder in scripts/. */
function scratchRepository(): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'destalinisation-build-site-')));
  const files = [
    'src/index.ts',
    'data/blocks.json',
    'docs/data-model.md',
    'docs/examples/index.html',
    'tests/a.test.ts',
    'node_modules/p/index.js',
    '.git/HEAD',
    '.github/workflows/ci.yml',
    '.changeset/config.json',
    '.ci/run',
    'README.md',
  ];
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), `the source ${file}\n`);
  }
  mkdirSync(join(root, 'scripts'));
  copyFileSync(script, join(root, 'scripts/build-site.mjs'));
  return root;
}

describe('the output folder of the site builder', () => {
  let root = '';
  let before: Record<string, string> = {};
  beforeAll(() => {
    root = scratchRepository();
    before = snapshot(root);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses every folder at or inside the sources, existing or not, and the repository itself', () => {
    expect(sourceFolders).toEqual(expect.arrayContaining(['src', 'data', 'docs', 'tests', 'scripts', '.git', 'node_modules']));
    const refused = [
      ...sourceFolders,
      ...sourceFolders.map((folder: string) => `${folder}/site`),
      'docs/examples',
      'node_modules/p',
      'docs/api/inside',
      '.',
      '..',
      '/',
    ];
    for (const folder of refused) {
      const out = join(root, folder);
      expect(() => checkOutputFolder(out, root), folder).toThrow(UsageError);
    }
    expect(() => checkOutputFolder(join(root, 'src'), root)).toThrow(
      `build-site: refusing ${join(root, 'src')}: it is part of the repository's sources (src/); choose a folder of its own, e.g. docs/api`,
    );
    expect(() => checkOutputFolder(root, root)).toThrow(`build-site: refusing ${root}: it is the repository or holds it`);
    // docs/api, the default, is the one folder allowed among the sources; a new folder of its own is fine.
    expect(checkOutputFolder(join(root, defaultOutput), root)).toBe(join(root, 'docs/api'));
    expect(checkOutputFolder(join(root, 'site'), root)).toBe(join(root, 'site'));
    expect(snapshot(root)).toEqual(before);
  });

  it('follows a link to the folder it names', () => {
    symlinkSync(join(root, 'src'), join(root, 'src-link'));
    try {
      expect(() => checkOutputFolder(join(root, 'src-link'), root)).toThrow(/sources \(src\/\)/);
      expect(() => checkOutputFolder(join(root, 'src-link/new'), root)).toThrow(/sources \(src\/\)/);
    } finally {
      rmSync(join(root, 'src-link'));
    }
  });

  it('refuses a folder that holds something and no marker, and a file; accepts an empty folder and one it built', () => {
    const elsewhere = realpathSync(mkdtempSync(join(tmpdir(), 'destalinisation-build-site-out-')));
    try {
      mkdirSync(join(elsewhere, 'notes'));
      writeFileSync(join(elsewhere, 'notes/keep.md'), 'mine\n');
      expect(() => checkOutputFolder(join(elsewhere, 'notes'), root)).toThrow(
        `build-site: refusing ${join(elsewhere, 'notes')}: it is not empty and this builder did not make it (no ${siteMarker} file)`,
      );
      expect(() => checkOutputFolder(join(elsewhere, 'notes/keep.md'), root)).toThrow('it is a file, not a folder');
      mkdirSync(join(elsewhere, 'empty'));
      expect(checkOutputFolder(join(elsewhere, 'empty'), root)).toBe(join(elsewhere, 'empty'));
      mkdirSync(join(elsewhere, 'built'));
      writeFileSync(join(elsewhere, 'built', siteMarker), '');
      writeFileSync(join(elsewhere, 'built/index.html'), 'an older build\n');
      expect(checkOutputFolder(join(elsewhere, 'built'), root)).toBe(join(elsewhere, 'built'));
      expect(checkOutputFolder(join(elsewhere, 'new/deeper'), root)).toBe(join(elsewhere, 'new/deeper'));
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('the site builder command line', () => {
  it('reads --out as an option, keeps an absolute folder absolute and takes a relative one from the working directory', () => {
    expect(outputFolderOf(['--out', 'x'], '/work/here')).toBe('/work/here/x');
    expect(outputFolderOf(['--out=x'], '/work/here')).toBe('/work/here/x');
    expect(outputFolderOf(['-o', 'x'], '/work/here')).toBe('/work/here/x');
    expect(outputFolderOf(['x'], '/work/here')).toBe('/work/here/x');
    expect(outputFolderOf(['--out', '/srv/site'], '/work/here')).toBe('/srv/site');
    expect(outputFolderOf(['/srv/site'], '/work/here')).toBe('/srv/site');
    expect(outputFolderOf([], '/work/here')).toBe(join(repository, 'docs/api'));
  });

  it('refuses an unknown option, two folders and an empty one, in one line with control characters escaped', () => {
    expect(() => outputFolderOf(['--bogus'])).toThrow(
      new UsageError("build-site: Unknown option '--bogus'; usage: node scripts/build-site.mjs [--out <folder>]"),
    );
    expect(() => outputFolderOf(['--out', 'a', 'b'])).toThrow('build-site: one output folder, got 2');
    expect(() => outputFolderOf(['--out', ''])).toThrow('build-site: the output folder is empty');
    expect(() => outputFolderOf(['--out'])).toThrow(UsageError);
    let message = '';
    try {
      outputFolderOf(['--\u001b[2J']);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe("build-site: Unknown option '--\\u001b[2J'; usage: node scripts/build-site.mjs [--out <folder>]");
  });

  describe('run from a scratch repository', () => {
    let root = '';
    let before: Record<string, string> = {};
    beforeAll(() => {
      root = scratchRepository();
      before = snapshot(root);
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    /** Runs the scratch copy of the builder in the scratch repository (it never gets past the guard or the missing dist/). */
    function run(...args: string[]) {
      const result = spawnSync(process.execPath, [join(root, 'scripts/build-site.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    }

    it('leaves src/, docs/ and the repository alone, exiting 2 with one line', () => {
      for (const args of [['src'], ['--out', 'src'], ['docs'], ['--out', 'docs/examples'], ['.'], ['--out', root], ['--out', 'tests/site']]) {
        const result = run(...args);
        expect([result.status, result.stdout], args.join(' ')).toEqual([2, '']);
        expect(result.stderr, args.join(' ')).toMatch(/^build-site: refusing [^\n]+\n$/);
      }
      expect(snapshot(root)).toEqual(before);
      expect(existsSync(join(root, '--out'))).toBe(false);
    });

    it('exits 2 with one line for an unknown option, and names an absolute folder as given', () => {
      expect(run('--bogus')).toEqual({
        status: 2,
        stdout: '',
        stderr: "build-site: Unknown option '--bogus'; usage: node scripts/build-site.mjs [--out <folder>]\n",
      });
      const elsewhere = realpathSync(mkdtempSync(join(tmpdir(), 'destalinisation-build-site-abs-')));
      try {
        writeFileSync(join(elsewhere, 'keep.md'), 'mine\n');
        const result = run('--out', elsewhere);
        expect([result.status, result.stderr.split('\n')[0]]).toEqual([
          2,
          `build-site: refusing ${elsewhere}: it is not empty and this builder did not make it (no ${siteMarker} file), so it will not be emptied; remove it yourself or choose another folder`,
        ]);
        expect(readdirSync(elsewhere)).toEqual(['keep.md']);
      } finally {
        rmSync(elsewhere, { recursive: true, force: true });
      }
      // A folder the guard accepts gets as far as the missing build, and nothing is written.
      expect(run('--out', 'site')).toEqual({ status: 1, stdout: '', stderr: 'build-site: dist/ is missing; run `npm run build` first\n' });
      expect(snapshot(root)).toEqual(before);
    });
  });
});
