import { readFileSync } from 'node:fs';
import type { RawBlock, RawEssay, RawSection } from '../../src/data/raw.js';
import type { DeepMutable } from '../../src/internal/exact.js';

export const root = new URL('../../', import.meta.url);

/** Reads a file of the repository as UTF-8. */
export function readText(path: string): string {
  return readFileSync(new URL(path, root), 'utf8');
}

/** The published source, as copied verbatim into `data/`. */
export const sourceText = readText('data/essay-original.txt');

export const rawBlocks = JSON.parse(readText('data/blocks.json')) as RawBlock[];
export const rawSections = JSON.parse(readText('data/sections.json')) as RawSection[];
export const rawEssay = JSON.parse(readText('data/essay.json')) as RawEssay;

/** A deep copy, for making broken fixtures from the real data. */
export function copy<T>(value: T): DeepMutable<T> {
  return structuredClone(value) as DeepMutable<T>;
}
