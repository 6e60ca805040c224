import { describe, expect, it } from 'vitest';
import { essayData } from '../scripts/essay-json.js';
import { checkIntegrity, EssayDataSchema, EssayDataShapeSchema, type IntegrityRule } from '../src/schema.js';
import type { EssayData } from '../src/types/index.js';

/** A deep, mutable copy of essay.json's data. */
// biome-ignore lint/suspicious/noExplicitAny: a mutation reaches into any record of the copy, as a test of broken data must
type Mutable = { -readonly [K in keyof EssayData]: any };
const fresh = (): Mutable => JSON.parse(JSON.stringify(essayData()));
const indexOf = (records: { id: string }[], id: string) => records.findIndex((r) => r.id === id);

interface Mutation {
  readonly name: string;
  readonly mutate: (data: Mutable) => void;
  readonly rule: IntegrityRule;
  readonly path: readonly (string | number)[];
  readonly message: RegExp;
}

const mutations: readonly Mutation[] = [
  {
    name: 'a referenced record deleted (Lenin removed from people)',
    mutate: (d) => (d.people = d.people.filter((p: { id: string }) => p.id !== 'lenin')),
    rule: 'reference',
    path: ['quotes'],
    message: /^quote p\d+-q\d+ names person lenin, which is not in people$/,
  },
  {
    name: 'a duplicate record',
    mutate: (d) => d.quotes.push(d.quotes[0]),
    rule: 'id',
    path: ['quotes', essayData().quotes.length, 'id'],
    message: /^duplicate id p1-q1$/,
  },
  {
    name: 'a span whose text differs from its block',
    mutate: (d) => (d.quotes[0].text = 'Secret Spech'),
    rule: 'span',
    path: ['quotes', 0, 'text'],
    message: /^quote p1-q1: text "Secret Spech" differs from block p1 at \d+–\d+$/,
  },
  {
    name: 'a span past the end of its block',
    mutate: (d) => (d.notes[0].end = 100_000),
    rule: 'span',
    path: ['notes', 0],
    message: /does not lie in block/,
  },
  {
    name: 'a span with end before start',
    mutate: (d) => (d.citations[0].end = d.citations[0].start - 1),
    rule: 'span',
    path: ['citations', 0],
    message: /^citation p3-c1: span \d+–\d+ does not lie in block p3/,
  },
  {
    name: 'p1 numbered 5',
    mutate: (d) => (d.blocks[indexOf(d.blocks, 'p1')].n = 5),
    rule: 'paragraph',
    path: ['blocks', 4, 'n'],
    message: /^paragraph p1 has n 5, expected 1$/,
  },
  {
    name: 'a section that is its own parent',
    mutate: (d) => (d.sections[indexOf(d.sections, 'background')].parentId = 'background'),
    rule: 'outline',
    path: ['sections', 2, 'parentId'],
    message: /^section background is its own ancestor$/,
  },
  {
    name: 'a claim supporting itself',
    mutate: (d) => d.claims[1].supports.push(d.claims[1].id),
    rule: 'argument',
    path: ['claims', 1, 'supports'],
    message: /supports itself$/,
  },
  {
    name: 'a locator with start after end',
    mutate: (d) => {
      const citation = d.citations.find((c: { locator: unknown }) => c.locator);
      citation.locator.start = citation.locator.end + 1;
    },
    rule: 'locator',
    path: ['citations'],
    message: /runs backwards$/,
  },
  {
    name: 'an event date that is not EDTF',
    mutate: (d) => (d.events[0].date = '1956-13'),
    rule: 'date',
    path: ['events', 0, 'date'],
    message: /date "1956-13" is not EDTF/,
  },
  {
    name: 'a published date that does not exist (the shape only asks for YYYY-MM-DD)',
    mutate: (d) => (d.essay.published = '2014-02-30'),
    rule: 'date',
    path: ['essay', 'published'],
    message: /^the essay's published date "2014-02-30" is not EDTF$/,
  },
  {
    name: 'a url that is not an http or https URL (the shape takes any URL)',
    mutate: (d) => (d.references.find((r: { url: unknown }) => r.url).url = 'ftp://digitalarchive.example.org/document/111509'),
    rule: 'url',
    path: ['references'],
    message: /is not an http or https URL$/,
  },
  {
    name: 'thesisId pointing at a sub-claim',
    mutate: (d) => (d.essay.thesisId = d.claims.find((c: { role: string }) => c.role === 'sub-claim').id),
    rule: 'argument',
    path: ['essay', 'thesisId'],
    message: /is a claim of role sub-claim, expected thesis$/,
  },
  {
    name: 'a section with the wrong level',
    mutate: (d) => (d.sections[indexOf(d.sections, 'gomulka-notes')].level = 2),
    rule: 'outline',
    path: ['sections'],
    message: /^section gomulka-notes has level 2, expected 3$/,
  },
  {
    name: 'an "ibid." that repeats nothing',
    mutate: (d) => (d.citations.find((c: { ibid: boolean }) => c.ibid).repeatsId = null),
    rule: 'citation',
    path: ['citations'],
    message: /an "ibid." must name the citation it repeats/,
  },
];

const startsWith = (path: readonly (string | number)[], prefix: readonly (string | number)[]) => prefix.every((part, i) => path[i] === part);

describe('./schema: the integrity of essay.json', () => {
  it('the package’s own data breaks no rule', () => {
    expect(checkIntegrity(essayData())).toEqual([]);
    expect(EssayDataSchema.safeParse(essayData()).error).toBeUndefined();
  });

  for (const { name, mutate, rule, path, message } of mutations) {
    it(`refuses ${name}, saying which record and which rule; the shape-only schema accepts it`, () => {
      const data = fresh();
      mutate(data);
      expect(EssayDataShapeSchema.safeParse(data).error).toBeUndefined();
      const issues = checkIntegrity(data);
      const found = issues.find((issue) => issue.rule === rule && message.test(issue.message));
      expect(found, JSON.stringify(issues.slice(0, 5))).toBeDefined();
      expect(startsWith(found!.path, path), found!.path.join('.')).toBe(true);
      const parsed = EssayDataSchema.safeParse(data);
      expect(parsed.success).toBe(false);
      const zodIssue = parsed.error!.issues.find((issue) => issue.message === `${rule}: ${found!.message}`);
      expect(zodIssue?.path).toEqual(found!.path);
    });
  }

  it('what the shape already refuses ("yesterday", a url that is not a URL) is a shape error', () => {
    for (const mutate of [
      (d: Mutable) => (d.essay.published = 'yesterday'),
      (d: Mutable) => (d.references.find((r: { url: unknown }) => r.url).url = 'digital archive'),
    ]) {
      const data = fresh();
      mutate(data);
      expect(EssayDataShapeSchema.safeParse(data).success).toBe(false);
      expect(EssayDataSchema.safeParse(data).success).toBe(false);
    }
  });

  it('a shape error is reported as such, without running the integrity rules', () => {
    const data = fresh();
    data.blocks[5].text = 5;
    data.people = [];
    const issues = EssayDataSchema.safeParse(data).error!.issues;
    expect(issues.map((issue) => issue.code)).toEqual(['invalid_type']);
  });

  it('issues are frozen and in a stable order', () => {
    const data = fresh();
    data.people = data.people.filter((p: { id: string }) => p.id !== 'lenin');
    const first = checkIntegrity(data);
    expect(first.length).toBeGreaterThan(0);
    expect(checkIntegrity(data)).toEqual(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first[0]) && Object.isFrozen(first[0]!.path)).toBe(true);
  });
});
