import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { essayData } from '../scripts/essay-json.js';
import * as dataFirst from '../src/edition.js';
import * as edition from '../src/index.js';
import { outputCheckers, withOutputChecks } from './support/markdown-blocks.js';
import { exportDocs } from './support/tsdoc-examples.js';

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const scratch = fileURLToPath(new URL('./.examples/', import.meta.url));
const docs = exportDocs(entry);
const valueNames = Object.keys(edition).sort();
// The ./edition entry: its helpers, and the root's collections (which its examples pass them).
const editionEntry = fileURLToPath(new URL('../src/edition.ts', import.meta.url));
const editionDocs = exportDocs(editionEntry);
const editionNames = Object.keys(dataFirst).sort();
const rootNamesBesides = valueNames.filter((name) => !editionNames.includes(name));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('TSDoc examples', () => {
  it('every exported function has an @example', () => {
    const functions = docs.filter((d) => d.isFunction);
    expect(functions.length).toBeGreaterThan(30);
    expect(functions.filter((d) => d.examples.length === 0).map((d) => d.name)).toEqual([]);
  });

  it('every exported function documents each parameter and what it returns', () => {
    const lacking = docs
      .filter((d) => d.isFunction)
      .filter((d) => !d.hasReturns || d.params.some((p) => !d.documentedParams.includes(p)))
      .map((d) => d.name);
    expect(lacking).toEqual([]);
  });

  for (const doc of docs) {
    doc.examples.forEach((code, i) => {
      it(`the example of ${doc.name}${i ? ` (${i + 1})` : ''} runs`, async () => {
        mkdirSync(scratch, { recursive: true });
        const file = `${scratch}${doc.name}-${i}.ts`;
        const imports = `import { ${valueNames.join(', ')} } from '../../src/index.js';\n`;
        // The example's own import of the package is replaced by an import of the sources.
        const body = code.replace(/^import .* from 'destalinisation-essay(\/schema)?';$/gm, '');
        writeFileSync(file, `${imports}${body}\nexport {};\n`);
        const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
        try {
          await expect(import(file)).resolves.toBeDefined();
        } finally {
          log.mockRestore();
        }
      });
    });
  }
});

describe('TSDoc examples of the ./edition entry, with their output comments', () => {
  it('every exported function has an @example and documents each parameter and what it returns', () => {
    const functions = editionDocs.filter((d) => d.isFunction);
    expect(functions.length).toBeGreaterThanOrEqual(21);
    expect(
      functions.filter((d) => d.examples.length === 0 || !d.hasReturns || d.params.some((p) => !d.documentedParams.includes(p))).map((d) => d.name),
    ).toEqual([]);
  });

  for (const doc of editionDocs) {
    doc.examples.forEach((code, i) => {
      it(`the example of ${doc.name}${i ? ` (${i + 1})` : ''} runs`, async () => {
        mkdirSync(scratch, { recursive: true });
        const file = `${scratch}edition-${doc.name}-${i}.ts`;
        const imports = `import { ${editionNames.join(', ')} } from '../../src/edition.js';\nimport { ${rootNamesBesides.join(', ')} } from '../../src/index.js';\n`;
        // The output comments are checked too (`x; // value`), as in the README's code blocks.
        // essay.json is read as the sources give it, so the examples run before any build.
        writeFileSync(`${scratch}essay.json`, JSON.stringify(essayData()));
        const body = withOutputChecks(
          code
            .replace(/^import .* from 'destalinisation-essay(\/schema|\/edition)?';$/gm, '')
            .replace("from 'destalinisation-essay/essay.json'", "from './essay.json'"),
        );
        writeFileSync(file, `${imports}${outputCheckers}\n${body}\nexport {};\n`);
        const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
        try {
          await expect(import(file)).resolves.toBeDefined();
        } finally {
          log.mockRestore();
        }
      });
    });
  }
});
