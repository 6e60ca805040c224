import { describe, expect, it } from 'vitest';
import { essayData } from '../scripts/essay-json.js';
import { checkIntegrity, EssayDataSchema } from '../src/schema.js';

const run = (value: unknown) => () => checkIntegrity(value as never);

describe('checkIntegrity on what is not essay.json', () => {
  it('{} is a TypeError naming everything missing, not a crash inside', () => {
    expect(run({})).toThrow(TypeError);
    expect(run({})).toThrow(
      'checkIntegrity(data): expected the data of essay.json; missing essay, blocks, paragraphs, sections, quotes, citations, references, people, places, organisations, events, caseStudies, claims, notes',
    );
  });

  it('a value that is not an object says what it got', () => {
    expect(run(null)).toThrow('checkIntegrity(data): expected the data of essay.json, an object, got null');
    expect(run(undefined)).toThrow(/an object, got undefined$/);
    expect(run('essay.json')).toThrow(/an object, got "essay\.json"$/);
    expect(run([])).toThrow(/an object, got an array$/);
  });

  it('one collection missing, not an array, or holding a non-record is named', () => {
    const { caseStudies: _, ...withoutCaseStudies } = essayData();
    expect(run(withoutCaseStudies)).toThrow(/; missing caseStudies$/);
    expect(run({ ...essayData(), blocks: 'p1' })).toThrow('checkIntegrity(data): expected blocks to be an array of records, got "p1"');
    expect(run({ ...essayData(), essay: [] })).toThrow(/expected essay to be the essay's record, an object, got an array$/);
    const notes = [...essayData().notes, null];
    expect(run({ ...essayData(), notes })).toThrow(`checkIntegrity(data): expected notes.${notes.length - 1} to be a record, an object, got null`);
  });

  it('a record without the fields the rules read is a TypeError that says to check the shape', () => {
    const data = JSON.parse(JSON.stringify(essayData()));
    delete data.people[3].mentions;
    expect(run(data)).toThrow(TypeError);
    expect(run(data)).toThrow(
      'checkIntegrity(data): a record is not of the shape of essay.json; check the data with EssayDataShapeSchema first, or use EssayDataSchema',
    );
    const bare = { ...essayData(), claims: [{}] };
    expect(run(bare)).toThrow(/^checkIntegrity\(data\): a record is not of the shape of essay\.json/);
  });

  it('EssayDataSchema reports {} as shape errors, without running the rules', () => {
    const result = EssayDataSchema.safeParse({});
    expect(result.success).toBe(false);
    expect(result.error!.issues.every((issue) => issue.code === 'invalid_type')).toBe(true);
  });
});

describe('checkIntegrity messages stay short', () => {
  it('a list of ids is cut after five, with how many in all', () => {
    const data = JSON.parse(JSON.stringify(essayData()));
    const section = data.sections.find((s: { id: string }) => s.id === 'international-communism');
    section.childIds = Array.from({ length: 7 }, (_, i) => ['polish-october', 'sino-soviet-split', 'kim-il-sung'][i % 3]);
    const issue = checkIntegrity(data).find((i) => i.path.join('.') === `sections.${data.sections.indexOf(section)}.childIds`);
    expect(issue?.message).toBe(
      'section international-communism lists children polish-october, sino-soviet-split, kim-il-sung, polish-october, sino-soviet-split … (7 in all), expected polish-october, sino-soviet-split, kim-il-sung',
    );
  });

  it('a long value is quoted cut to about 60 characters', () => {
    const data = JSON.parse(JSON.stringify(essayData()));
    data.events[0].date = '1'.repeat(1_000_000);
    data.quotes[0].text = 'x'.repeat(1_000_000);
    const messages = checkIntegrity(data).map((issue) => issue.message);
    expect(messages).toContain(`event secret-speech: date "${'1'.repeat(59)}…" is not EDTF of levels 0 and 1`);
    expect(messages.find((m) => m.startsWith('quote p1-q1: text'))).toMatch(/^quote p1-q1: text "x{59}…" differs from block p1 at \d+–\d+$/);
    expect(Math.max(...messages.map((m) => m.length))).toBeLessThan(200);
  });
});
