import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { undocumentedExports } from './support/doc-coverage.js';

const src = (file: string) => fileURLToPath(new URL(`../src/${file}`, import.meta.url));

describe('TSDoc', () => {
  it('documents every export of the root and ./schema entries, and every interface member', () => {
    expect(undocumentedExports([src('index.ts'), src('schema.ts'), src('edition.ts')])).toEqual([]);
  }, 60_000); // the TypeScript program of every entry is built for the check

  it('the coverage check finds an undocumented export and member', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doc-coverage-'));
    const file = join(dir, 'entry.ts');
    writeFileSync(
      file,
      '/** Documented. */\nexport const a = 1;\nexport function b() {}\n/** Shape. */\nexport interface C {\n  /** x. */\n  x: number;\n  y: number;\n}\n',
    );
    expect(undocumentedExports([file])).toEqual(['b', 'C.y']);
  }, 20_000);
});
