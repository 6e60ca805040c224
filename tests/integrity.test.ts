import { describe, expect, it } from 'vitest';
import { blocks, essay, paragraphs, sections } from '../src/index.js';
import { copy, rawBlocks, rawEssay, rawNotes, rawMentions, rawClaims, rawPeople, rawSections, readText, unknownId } from './support/data.js';
import { checkCanonicalJson, checkIds, checkOutline, checkParagraphIds } from './support/integrity.js';
import { dataFileSchemas } from '../scripts/generated/data-schemas.js';
import { essayData } from '../scripts/essay-json.js';
import { checkIntegrity } from '../src/schema.js';
import { dataFileErrors } from '../scripts/generate/read-stored-data.js';

// Every file of data/ whose records have ids; mentions and case-study assignments are checked below.
const files = Object.entries(dataFileSchemas)
  .filter(([file]) => file !== 'mentions.json' && file !== 'event-case-studies.json')
  .map(([file, { schema, list }]) => {
    const contents = JSON.parse(readText(`data/${file}`)) as { id: string } | { id: string }[];
    return { file: `data/${file}`, schema, records: list ? (contents as { id: string }[]) : [contents as { id: string }] };
  });

describe('data/mentions.json', () => {
  const MentionSchema = dataFileSchemas['mentions.json'].schema;
  it('parses with its strict schema, canonically formatted', () => {
    for (const record of rawMentions) expect(MentionSchema.safeParse(record).error).toBeUndefined();
    expect(MentionSchema.safeParse({}).success).toBe(false);
    expect(MentionSchema.safeParse({ ...rawMentions[0], extra: 1 }).success).toBe(false);
    expect(checkCanonicalJson(readText('data/mentions.json'), Object.keys(MentionSchema.shape))).toEqual([]);
  });
});

describe('data/event-case-studies.json', () => {
  const AssignmentSchema = dataFileSchemas['event-case-studies.json'].schema;
  const assignments = JSON.parse(readText('data/event-case-studies.json')) as unknown[];
  it('parses with its strict schema, canonically formatted, one entry per event', () => {
    for (const record of assignments) expect(AssignmentSchema.safeParse(record).error).toBeUndefined();
    expect(AssignmentSchema.safeParse({}).success).toBe(false);
    expect(AssignmentSchema.safeParse({ ...(assignments[0] as object), extra: 1 }).success).toBe(false);
    expect(checkCanonicalJson(readText('data/event-case-studies.json'), Object.keys(AssignmentSchema.shape))).toEqual([]);
    expect(checkIds(assignments.map((a) => ({ id: (a as { eventId: string }).eventId })))).toEqual([]);
  });
});

describe('undeclared fields in data/', () => {
  it('none in any file', () => {
    for (const file of Object.keys(dataFileSchemas) as (keyof typeof dataFileSchemas)[]) {
      expect(dataFileErrors(file, JSON.parse(readText(`data/${file}`)))).toEqual([]);
    }
  });
  it('fail with a message naming the file, the record and the key', () => {
    const people = copy(rawPeople) as unknown as Record<string, unknown>[];
    people[2]!['wikidataId'] = 'Q855';
    expect(dataFileErrors('people.json', people)).toEqual([`data/people.json: record 2 (id ${JSON.stringify(rawPeople[2]!.id)}): undeclared key "wikidataId"`]);
    const claims = copy(rawClaims) as unknown as { spans: Record<string, unknown>[] }[];
    claims[0]!.spans[0]!['start'] = 3;
    expect(dataFileErrors('claims.json', claims)[0]).toMatch(/^data\/claims\.json: record 0 \(id "[a-z0-9-]+"\): undeclared key "start" in spans\.0$/);
    expect(dataFileErrors('essay.json', { ...rawEssay, subtitle: 'x' })).toEqual(['data/essay.json: the record: undeclared key "subtitle"']);
  });
  it('a missing or mistyped key is named too', () => {
    const { note: _, ...withoutNote } = rawNotes[0]!;
    expect(dataFileErrors('notes.json', [withoutNote])[0]).toMatch(/^data\/notes\.json: record 0 \(id "[a-z0-9-]+"\): key note: /);
  });
});

describe('data files', () => {
  for (const { file, schema, records } of files) {
    describe(file, () => {
      it('every record parses with its strict schema', () => {
        for (const record of records) expect(schema.safeParse(record).error).toBeUndefined();
      });
      it('the schema rejects {} and a record with an extra key', () => {
        expect(schema.safeParse({}).success).toBe(false);
        expect(schema.safeParse({ ...records[0], extra: 1 }).success).toBe(false);
      });
      it('is pretty-printed with keys in schema order', () => {
        expect(checkCanonicalJson(readText(file), Object.keys(schema.shape))).toEqual([]);
      });
      it('has unique, well-formed ids', () => {
        expect(checkIds(records)).toEqual([]);
      });
    });
  }

  it('canonical format check fails on minified JSON and on keys out of order', () => {
    const keys = Object.keys(dataFileSchemas['sections.json'].schema.shape);
    expect(checkCanonicalJson(JSON.stringify(rawSections), keys)).toContain('not pretty-printed with two spaces and one final newline');
    const swapped = [{ title: 'x', id: 'y', parentId: null, blockIds: [] }];
    expect(checkCanonicalJson(`${JSON.stringify(swapped, null, 2)}\n`, keys)[0]).toMatch(/not in order/);
  });

  it('id check fails on a duplicate and a malformed id', () => {
    expect(checkIds([{ id: 'p1' }, { id: 'p1' }, { id: 'Bad_Id' }])).toEqual(['duplicate id p1', 'malformed id "Bad_Id"']);
  });
});

describe('paragraph ids', () => {
  it('are p1 … p29 in reading order, and no other block looks like one', () => {
    expect(checkParagraphIds(rawBlocks)).toEqual([]);
    expect(paragraphs.map((p) => p.id)).toEqual(Array.from({ length: 29 }, (_, i) => `p${i + 1}`));
    expect(paragraphs.map((p) => p.n)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
  });
  it('the check fails on a renumbered paragraph', () => {
    const broken = copy(rawBlocks);
    broken.find((b) => b.id === 'p2')!.id = 'p9';
    expect(checkParagraphIds(broken)[0]).toBe('paragraph 2 has id p9, expected p2');
  });
});

describe('outline', () => {
  it('covers every block where the outline says, in printed order', () => {
    expect(checkOutline(rawBlocks, rawSections)).toEqual([]);
  });

  it('has the 14 printed headings as sections, levels 1 to 3', () => {
    expect(sections).toHaveLength(14);
    expect(sections.map((s) => s.title)).toEqual(blocks.filter((b) => b.kind === 'heading').map((b) => b.text));
    const byLevel = (level: number) => sections.filter((s) => s.level === level).map((s) => s.id);
    expect(byLevel(1)).toEqual(['introduction', 'destalinisation-and-the-secret-speech', 'international-communism', 'conclusion', 'bibliography']);
    expect(byLevel(2)).toEqual(['background', 'secret-speech', 'polish-october', 'sino-soviet-split', 'kim-il-sung']);
    expect(byLevel(3)).toEqual(['gomulka-notes', 'mao-view', 'ivanov-kim', 'ivanov-qiao']);
  });

  it('puts the case studies under "International Communism", each with its documents', () => {
    const section = (id: string) => sections.find((s) => s.id === id)!;
    expect(section('international-communism').title).toBe('International Communism and the Problems of de-Stalinsation');
    expect(section('international-communism').childIds).toEqual(['polish-october', 'sino-soviet-split', 'kim-il-sung']);
    expect(section('polish-october').childIds).toEqual(['gomulka-notes']);
    expect(section('sino-soviet-split').childIds).toEqual(['mao-view']);
    expect(section('kim-il-sung').childIds).toEqual(['ivanov-kim', 'ivanov-qiao']);
    expect(section('bibliography').blockIds.slice(1)).toEqual(blocks.filter((b) => b.kind === 'reference').map((b) => b.id));
  });

  it('gives each block the section whose blockIds hold it', () => {
    for (const block of blocks) {
      const holder = sections.find((s) => s.blockIds.includes(block.id));
      expect(block.sectionId).toBe(holder?.id ?? null);
    }
    expect(blocks.slice(0, 3).map((b) => b.sectionId)).toEqual([null, null, null]);
  });

  describe('the check fails on a broken outline', () => {
    it('a block left out', () => {
      const broken = copy(rawSections);
      broken[0]!.blockIds = ['h1', 'p1'];
      expect(checkOutline(rawBlocks, broken)).toContain('block p2 is in no section');
    });
    it('a block in two sections, or an unknown one', () => {
      const broken = copy(rawSections);
      broken[1]!.blockIds = [...broken[1]!.blockIds, 'p1', unknownId('p99')];
      expect(checkOutline(rawBlocks, broken)).toEqual([
        'block p1 is in introduction and destalinisation-and-the-secret-speech',
        'section destalinisation-and-the-secret-speech lists unknown block p99',
      ]);
    });
    it('a section without its heading, or a title that is not the heading', () => {
      const broken = copy(rawSections);
      broken[0]!.blockIds = ['p1', 'p2', 'h1'];
      broken[1]!.title = 'De-Stalinization and the Secret Speech';
      expect(checkOutline(rawBlocks, broken)).toEqual([
        'section introduction does not open with a heading',
        'heading h1 inside section introduction',
        'section destalinisation-and-the-secret-speech title differs from its heading',
      ]);
    });
    it('an unknown parent, too deep a nesting, blocks out of order', () => {
      const unknownParent = copy(rawSections);
      unknownParent[0]!.parentId = unknownId('nowhere');
      expect(checkOutline(rawBlocks, unknownParent)).toContain('section introduction has unknown parent nowhere');
      const deep = copy(rawSections);
      deep.find((s) => s.id === 'international-communism')!.parentId = 'conclusion';
      expect(checkOutline(rawBlocks, deep)).toContain('section gomulka-notes is nested deeper than 3 levels');
      const reordered = copy(rawSections);
      reordered[0]!.blockIds = ['h1', 'p2', 'p1'];
      expect(checkOutline(rawBlocks, reordered)).toEqual(['the outline does not follow the printed order']);
    });
  });
});

describe('the essay record', () => {
  it('takes its title from the title block', () => {
    expect(essay.title).toBe(blocks.find((b) => b.kind === 'title')!.text);
  });
  it('dates match the dateline "Sunday, June 15, 2014" and the line "May 2014"', () => {
    const dateline = blocks.find((b) => b.kind === 'dateline')!.text;
    const written = blocks.find((b) => b.kind === 'date')!.text;
    const parsed = new Date(`${dateline.replace(/^\w+, /, '')} UTC`);
    expect(parsed.toISOString().slice(0, 10)).toBe(essay.published);
    expect(new Date(`1 ${written} UTC`).toISOString().slice(0, 7)).toBe(essay.written);
    expect(essay.published).toBe('2014-06-15');
  });
});

describe('integrity messages stay short', () => {
  it('a 10 MB id is cut to about 60 characters in every message that names it', () => {
    const huge = `p${'1'.repeat(10_000_000)}`;
    const edition = essayData();
    const [first, ...rest] = edition.quotes;
    const data = { ...edition, quotes: [{ ...first!, id: huge }, { ...first!, id: huge }, ...rest] } as never;
    const messages = checkIntegrity(data).map((issue) => issue.message);
    expect(messages.some((m) => m.startsWith('duplicate id p111'))).toBe(true);
    expect(Math.max(...messages.map((m) => m.length))).toBeLessThan(400);
  });
});
