/**
 * The mutation harness of the integrity rules: each entry changes one thing in a deep copy of
 * essay.json's data, a change that breaks what the edition says about itself, and asserts that
 * `checkIntegrity` reports it under the right rule, at the right path, and that `EssayDataSchema`
 * refuses it. Every rule of `src/integrity/` has at least one entry here: its broken fixture.
 */
import { describe, expect, it } from 'vitest';
import { essayData } from '../scripts/essay-json.js';
import { checkIntegrity, EssayDataSchema, EssayDataShapeSchema, type IntegrityRule } from '../src/schema.js';
import type { EssayData } from '../src/types/index.js';

/** A deep, mutable copy of essay.json's data. */
// biome-ignore lint/suspicious/noExplicitAny: a mutation reaches into any record of the copy, as a test of broken data must
type Mutable = { -readonly [K in keyof EssayData]: any };
type Path = readonly (string | number)[];
const pristine = essayData();
const fresh = (): Mutable => JSON.parse(JSON.stringify(pristine));
const at = (records: readonly { id: string }[], id: string): number => {
  const index = records.findIndex((record) => record.id === id);
  if (index === -1) throw new Error(`no record ${id}`);
  return index;
};
// biome-ignore lint/suspicious/noExplicitAny: the record found is mutated at will
const find = (records: { id: string }[], id: string): any => records[at(records, id)];
const swap = (list: unknown[], i: number, j: number) => ([list[i], list[j]] = [list[j], list[i]]);

interface Mutation {
  readonly name: string;
  readonly mutate: (data: Mutable) => void;
  readonly rule: IntegrityRule;
  /** The issue's path (exactly), computed on the unmutated data. */
  readonly path: (data: EssayData) => Path;
  readonly message: RegExp;
  /** The shape schema refuses it too (an id the shape does not know): only checkIntegrity's answer is compared. */
  readonly shapeRefuses?: true;
}

const mutations: readonly Mutation[] = [
  // id
  {
    name: 'a quote listed twice',
    mutate: (d) => d.quotes.push(d.quotes[0]),
    rule: 'id',
    path: (d) => ['quotes', d.quotes.length, 'id'],
    message: /^duplicate id p1-q1$/,
  },
  {
    name: 'an id in both people and places',
    mutate: (d) => (d.places[0].id = 'lenin'),
    rule: 'id',
    path: (_d) => ['places', 0, 'id'],
    message: /^id lenin is in both people and places$/,
    shapeRefuses: true,
  },
  // reference
  {
    name: 'a person deleted (Lenin)',
    mutate: (d) => (d.people = d.people.filter((p: { id: string }) => p.id !== 'lenin')),
    rule: 'reference',
    path: (d) => ['quotes', d.quotes.findIndex((q) => q.speakerIds.includes('lenin' as never)), 'speakerIds', 0],
    message: /^quote p\d+-q\d+ names person lenin, which is not in people$/,
  },
  // span
  {
    name: 'a quote whose text differs from its block',
    mutate: (d) => (d.quotes[0].text = 'Secret Spech'),
    rule: 'span',
    path: () => ['quotes', 0, 'text'],
    message: /^quote p1-q1: text "Secret Spech" differs from block p1 at \d+–\d+$/,
  },
  {
    name: 'a note past the end of its block',
    mutate: (d) => (d.notes[0].end = 100_000),
    rule: 'span',
    path: () => ['notes', 0],
    message: /does not lie in block/,
  },
  {
    name: 'a citation that ends before it starts',
    mutate: (d) => (d.citations[0].end = d.citations[0].start - 1),
    rule: 'span',
    path: () => ['citations', 0],
    message: /^citation p3-c1: span \d+–\d+ does not lie in block p3/,
  },
  {
    name: 'a mention moved off its words',
    mutate: (d) => {
      const mention = find(d.people, 'khrushchev').mentions[0];
      mention.start += 1;
      mention.end += 1;
    },
    rule: 'span',
    path: (d) => ['people', at(d.people, 'khrushchev'), 'mentions', 0, 'text'],
    message: /^person khrushchev mention 0: text .* differs from block/,
  },
  {
    name: 'a claim span in another block',
    mutate: (d) => (d.claims[0].spans[0].blockId = 'p29'),
    rule: 'span',
    path: () => ['claims', 0, 'spans', 0, 'text'],
    message: /^claim thesis span 0: text .* differs from block p29/,
  },
  // paragraph
  {
    name: 'p1 numbered 5',
    mutate: (d) => (d.blocks[at(d.blocks, 'p1')].n = 5),
    rule: 'paragraph',
    path: (d) => ['blocks', at(d.blocks, 'p1'), 'n'],
    message: /^paragraph p1 has n 5, expected 1$/,
  },
  {
    name: 'a paragraph record that differs from its block',
    mutate: (d) => (d.paragraphs[3].text = `${d.paragraphs[3].text} And more.`),
    rule: 'paragraph',
    path: () => ['paragraphs', 3],
    message: /^paragraph p4 differs from paragraph block p4$/,
  },
  {
    name: 'a paragraph record dropped',
    mutate: (d) => d.paragraphs.pop(),
    rule: 'paragraph',
    path: () => ['paragraphs'],
    message: /^paragraphs has 28 records, expected the 29 paragraph blocks$/,
  },
  // outline
  {
    name: 'a section that is its own parent',
    mutate: (d) => (d.sections[at(d.sections, 'background')].parentId = 'background'),
    rule: 'outline',
    path: (d) => ['sections', at(d.sections, 'background'), 'parentId'],
    message: /^section background is its own ancestor$/,
  },
  {
    name: 'a section with the wrong level',
    mutate: (d) => (d.sections[at(d.sections, 'gomulka-notes')].level = 2),
    rule: 'outline',
    path: (d) => ['sections', at(d.sections, 'gomulka-notes'), 'level'],
    message: /^section gomulka-notes has level 2, expected 3$/,
  },
  {
    name: 'a section whose children are listed out of order',
    mutate: (d) => d.sections[at(d.sections, 'kim-il-sung')].childIds.reverse(),
    rule: 'outline',
    path: (d) => ['sections', at(d.sections, 'kim-il-sung'), 'childIds'],
    message: /^section kim-il-sung lists children ivanov-qiao, ivanov-kim, expected ivanov-kim, ivanov-qiao$/,
  },
  {
    name: 'a section whose heading is not its first block',
    mutate: (d) => (d.sections[0].headingBlockId = 'h2'),
    rule: 'outline',
    path: () => ['sections', 0, 'headingBlockId'],
    message: /^section introduction has heading h2, expected its first block h1$/,
  },
  {
    name: 'a block given another section',
    mutate: (d) => (d.blocks[at(d.blocks, 'h1')].sectionId = 'conclusion'),
    rule: 'outline',
    path: (d) => ['blocks', at(d.blocks, 'h1'), 'sectionId'],
    message: /^block h1 has section conclusion, expected introduction$/,
  },
  {
    name: 'a section title that is not its heading',
    mutate: (d) => (d.sections[1].title = 'De-Stalinization and the Secret Speech'),
    rule: 'outline',
    path: () => ['sections', 1, 'title'],
    message: /title differs from its heading$/,
  },
  {
    name: 'two sections swapped out of the printed order',
    mutate: (d) => swap(d.sections, at(d.sections, 'introduction'), at(d.sections, 'conclusion')),
    rule: 'outline',
    path: () => ['sections'],
    message: /^the outline does not follow the printed order$/,
  },
  // argument
  {
    name: 'a claim supporting itself',
    mutate: (d) => d.claims[1].supports.push(d.claims[1].id),
    rule: 'argument',
    path: () => ['claims', 1, 'supports'],
    message: /supports itself$/,
  },
  {
    name: 'two claims supporting each other',
    mutate: (d) => (find(d.claims, 'speech-opened-destalinisation').supports = ['speech-shifted-blame']),
    rule: 'argument',
    path: (d) => ['claims', at(d.claims, 'speech-opened-destalinisation'), 'supports'],
    message: /^claim speech-opened-destalinisation supports itself through speech-shifted-blame$/,
  },
  {
    name: 'three claims in a circle',
    mutate: (d) => (find(d.claims, 'little-stalins').supports = ['speech-as-manual']),
    rule: 'argument',
    path: (d) => ['claims', at(d.claims, 'little-stalins'), 'supports'],
    message: /^claim little-stalins supports itself through speech-made-clear$/,
  },
  {
    name: 'a claim that supports nothing',
    mutate: (d) => (find(d.claims, 'hungary-fared-worse').supports = []),
    rule: 'argument',
    path: (d) => ['claims', at(d.claims, 'hungary-fared-worse'), 'supports'],
    message: /^claim hungary-fared-worse does not reach the thesis thesis$/,
  },
  {
    name: 'thesisId pointing at a sub-claim',
    mutate: (d) => (d.essay.thesisId = 'different-effects'),
    rule: 'argument',
    path: () => ['essay', 'thesisId'],
    message: /is a claim of role sub-claim, expected thesis$/,
  },
  {
    name: 'the thesis supporting a claim',
    mutate: (d) => d.claims[0].supports.push('not-fatal'),
    rule: 'argument',
    path: () => ['claims', 0, 'supports'],
    message: /^the thesis thesis supports other claims$/,
  },
  // locator
  {
    name: 'a locator that runs backwards',
    mutate: (d) => (find(d.citations, 'p5-c1').locator.start = 16),
    rule: 'locator',
    path: (d) => ['citations', at(d.citations, 'p5-c1'), 'locator'],
    message: /runs backwards$/,
  },
  {
    name: 'a locator whose end differs from the printed "13-5"',
    mutate: (d) => (find(d.citations, 'p5-c1').locator.end = 16),
    rule: 'locator',
    path: (d) => ['citations', at(d.citations, 'p5-c1'), 'locator'],
    message: /^citation p5-c1: locator pages 13–16 \("13-5"\) differs from the citation's printed locator, pages 13–15 \("13-5"\)$/,
  },
  {
    name: 'a locator whose printed form differs from the citation',
    mutate: (d) => (find(d.citations, 'p5-c1').locator.printed = '13-6'),
    rule: 'locator',
    path: (d) => ['citations', at(d.citations, 'p5-c1'), 'locator'],
    message: /differs from the citation's printed locator, pages 13–15 \("13-5"\)$/,
  },
  {
    name: 'a locator in paragraphs where pages are printed',
    mutate: (d) => (find(d.citations, 'p4-c1').locator.unit = 'paragraph'),
    rule: 'locator',
    path: (d) => ['citations', at(d.citations, 'p4-c1'), 'locator'],
    message: /^citation p4-c1: locator paragraphs 12–12 .*differs from the citation's printed locator, pages 12–12/,
  },
  {
    name: 'a printed locator dropped',
    mutate: (d) => (find(d.citations, 'p19-c1').locator = null),
    rule: 'locator',
    path: (d) => ['citations', at(d.citations, 'p19-c1'), 'locator'],
    message: /^citation p19-c1: locator none differs from the citation's printed locator, pages 170–170 \("170"\)$/,
  },
  {
    name: 'a locator where none is printed',
    mutate: (d) => (find(d.citations, 'p22-c1').locator = { unit: 'page', start: 1, end: 1, printed: '1' }),
    rule: 'locator',
    path: (d) => ['citations', at(d.citations, 'p22-c1'), 'locator'],
    message: /differs from the citation's printed locator, none$/,
  },
  {
    name: 'a bare "(ibid.)" whose locator is not the one it repeats',
    mutate: (d) => Object.assign(find(d.citations, 'p17-c6').locator, { start: 10, end: 10, printed: 'para 10' }),
    rule: 'locator',
    path: (d) => ['citations', at(d.citations, 'p17-c6'), 'locator'],
    message: /^citation p17-c6: locator paragraphs 10–10 .* differs from that of citation p17-c5, which it repeats, paragraphs 9–9/,
  },
  {
    name: 'a quote whose locator is not its citation’s',
    mutate: (d) => (find(d.quotes, 'p5-q1').locator.start = 14),
    rule: 'locator',
    path: (d) => ['quotes', at(d.quotes, 'p5-q1'), 'locator'],
    message: /^quote p5-q1: locator pages 14–15 .* differs from that of its citation p5-c1, pages 13–15/,
  },
  {
    name: 'a page range that runs backwards',
    mutate: (d) => (d.references.find((r: { pages: unknown }) => r.pages).pages.start = 100_000),
    rule: 'locator',
    path: (d) => ['references', d.references.findIndex((r) => r.pages), 'pages'],
    message: /runs backwards$/,
  },
  // citation
  {
    name: 'an "ibid." that repeats nothing',
    mutate: (d) => (find(d.citations, 'p5-c2').repeatsId = null),
    rule: 'citation',
    path: (d) => ['citations', at(d.citations, 'p5-c2'), 'repeatsId'],
    message: /an "ibid." must name the citation it repeats/,
  },
  {
    name: 'a citation that repeats itself',
    mutate: (d) => (find(d.citations, 'p5-c2').repeatsId = 'p5-c2'),
    rule: 'citation',
    path: (d) => ['citations', at(d.citations, 'p5-c2'), 'repeatsId'],
    message: /^citation p5-c2 repeats itself$/,
  },
  {
    name: 'an "ibid." that repeats a citation other than the one immediately before it',
    mutate: (d) => (find(d.citations, 'p8-c1').repeatsId = 'p7-c1'),
    rule: 'citation',
    path: (d) => ['citations', at(d.citations, 'p8-c1'), 'repeatsId'],
    message: /^citation p8-c1: an "ibid." repeats the citation immediately before it, p7-c2, not p7-c1$/,
  },
  {
    name: 'an "ibid." that repeats a citation of another reference',
    mutate: (d) => (find(d.citations, 'p5-c2').referenceId = 'morgan-2000'),
    rule: 'citation',
    path: (d) => ['citations', at(d.citations, 'p5-c2'), 'referenceId'],
    message: /^citation p5-c2: an "ibid." cites morgan-2000 but the citation it repeats, p5-c1, cites filtzer-1993$/,
  },
  {
    name: 'an "ibid." printed as such but not flagged',
    mutate: (d) => Object.assign(find(d.citations, 'p5-c2'), { ibid: false, repeatsId: null }),
    rule: 'citation',
    path: (d) => ['citations', at(d.citations, 'p5-c2'), 'ibid'],
    message: /^citation p5-c2: ibid is false but the citation is printed "\(ibid\.\)"$/,
  },
  {
    name: 'a citation flagged "ibid." that is not printed as one',
    mutate: (d) => Object.assign(find(d.citations, 'p5-c1'), { ibid: true, repeatsId: 'p4-c2', referenceId: 'morgan-2000' }),
    rule: 'citation',
    path: (d) => ['citations', at(d.citations, 'p5-c1'), 'ibid'],
    message: /^citation p5-c1: ibid is true but the citation is printed "\(Filtzer, 1993:13-5\)"$/,
  },
  {
    name: 'the citations out of reading order',
    mutate: (d) => swap(d.citations, at(d.citations, 'p4-c1'), at(d.citations, 'p4-c2')),
    rule: 'citation',
    path: (d) => ['citations', at(d.citations, 'p4-c2')],
    message: /^citation p4-c1 comes before p4-c2 in the text but after it in citations$/,
  },
  {
    name: 'a quote that is its own parent',
    mutate: (d) => (find(d.quotes, 'p7-q3').parentId = 'p7-q3'),
    rule: 'citation',
    path: (d) => ['quotes', at(d.quotes, 'p7-q3'), 'parentId'],
    message: /^quote p7-q3 is its own parent$/,
  },
  {
    name: 'a quote whose parent lies in another block',
    mutate: (d) => (find(d.quotes, 'p7-q3').parentId = 'p10-q1'),
    rule: 'citation',
    path: (d) => ['quotes', at(d.quotes, 'p7-q3'), 'parentId'],
    message: /^quote p7-q3 \(p7 \d+–\d+\) does not lie inside its parent p10-q1 \(p10 \d+–\d+\)$/,
  },
  {
    name: 'a quote whose parent does not enclose it',
    mutate: (d) => (find(d.quotes, 'p24-q2').parentId = 'p24-q5'),
    rule: 'citation',
    path: (d) => ['quotes', at(d.quotes, 'p24-q2'), 'parentId'],
    message: /^quote p24-q2 \(p24 \d+–\d+\) does not lie inside its parent p24-q5/,
  },
  {
    name: 'a quote whose citation lies in another block',
    mutate: (d) => (find(d.quotes, 'p5-q1').citationId = 'p6-c2'),
    rule: 'citation',
    path: (d) => ['quotes', at(d.quotes, 'p5-q1'), 'citationId'],
    message: /^quote p5-q1 in block p5 names citation p6-c2, which is in block p6$/,
  },
  {
    name: 'a quote whose source is not its citation’s',
    mutate: (d) => (find(d.quotes, 'p4-q1').referenceId = 'morgan-2000'),
    rule: 'citation',
    path: (d) => ['quotes', at(d.quotes, 'p4-q1'), 'referenceId'],
    message: /^quote p4-q1 cites morgan-2000 but its citation p4-c1 cites filtzer-1993$/,
  },
  // note
  {
    name: 'a quote that leaves out a note within its words',
    mutate: (d) => (find(d.quotes, 'p1-q2').noteIds = []),
    rule: 'note',
    path: (d) => ['quotes', at(d.quotes, 'p1-q2'), 'noteIds'],
    message: /^quote p1-q2 does not list note p1-n1, which lies within its words$/,
  },
  {
    name: 'a quote that lists a note of another block',
    mutate: (d) => find(d.quotes, 'p1-q2').noteIds.push('p2-n1'),
    rule: 'note',
    path: (d) => ['quotes', at(d.quotes, 'p1-q2'), 'noteIds', 1],
    message: /^quote p1-q2 in block p1 lists note p2-n1, which is in block p2$/,
  },
  {
    name: 'a reference that leaves out a note on its entry',
    mutate: (d) => find(d.references, 'ivanov-1956b').noteIds.pop(),
    rule: 'note',
    path: (d) => ['references', at(d.references, 'ivanov-1956b'), 'noteIds'],
    message: /^reference ivanov-1956b lists notes bib4-n1, expected the notes on its entry bib4-n1, bib4-n2$/,
  },
  // date
  {
    name: 'an event date that is not EDTF',
    mutate: (d) => (d.events[0].date = '1956-13'),
    rule: 'date',
    path: () => ['events', 0, 'date'],
    message: /date "1956-13" is not EDTF/,
  },
  {
    name: 'a published date that does not exist',
    mutate: (d) => (d.essay.published = '2014-02-30'),
    rule: 'date',
    path: () => ['essay', 'published'],
    message: /^the essay's published date "2014-02-30" is not EDTF$/,
  },
  {
    name: 'the essay written after it was published',
    mutate: (d) => (d.essay.written = '2014-07'),
    rule: 'date',
    path: () => ['essay', 'written'],
    message: /^the essay was written \(2014-07\) after it was published \(2014-06-15\)$/,
  },
  {
    name: 'event days that disagree with the date',
    mutate: (d) => (find(d.events, 'secret-speech').days.last = '1956-02-26'),
    rule: 'date',
    path: (d) => ['events', at(d.events, 'secret-speech'), 'days'],
    message:
      /^event secret-speech: days 1956-02-25 \(closed\) to 1956-02-26 \(closed\) differ from those of its date 1956-02-25: 1956-02-25 \(closed\) to 1956-02-25 \(closed\)$/,
  },
  {
    name: 'an exclusive end that is not the day after the last day',
    mutate: (d) => (find(d.events, 'secret-speech').days.endExclusive = '1956-02-25'),
    rule: 'date',
    path: (d) => ['events', at(d.events, 'secret-speech'), 'days', 'endExclusive'],
    message: /^event secret-speech: endExclusive 1956-02-25 is not the day after its last day 1956-02-25: 1956-02-26$/,
  },
  {
    name: 'a date label that is not the date in words',
    mutate: (d) => (find(d.events, 'ussr-dprk-break').dateLabel = 'autumn 1956'),
    rule: 'date',
    path: (d) => ['events', at(d.events, 'ussr-dprk-break'), 'dateLabel'],
    message: /^event ussr-dprk-break: dateLabel "autumn 1956" is not its date 1956-23 in words, "fall 1956"$/,
  },
  {
    name: 'an event date changed with the old date label kept',
    mutate: (d) => (find(d.events, 'bierut-death').date = '1956-04~'),
    rule: 'date',
    path: (d) => ['events', at(d.events, 'bierut-death'), 'dateLabel'],
    message: /^event bierut-death: dateLabel "about March 1956" is not its date 1956-04~ in words, "about April 1956"$/,
  },
  {
    name: 'a reference label that its authors and year do not make',
    mutate: (d) => (find(d.references, 'ivanov-1956b').label = 'Ivanov 1956'),
    rule: 'printed',
    path: (d) => ['references', at(d.references, 'ivanov-1956b'), 'label'],
    message: /^reference ivanov-1956b: label "Ivanov 1956" is not the one its authors and year make, "Ivanov 1956b"$/,
  },
  {
    name: 'a reference re-dated with the old labels kept',
    mutate: (d) => (find(d.references, 'ivanov-1956a').year = 1957),
    rule: 'printed',
    path: (d) => ['references', at(d.references, 'ivanov-1956b'), 'label'],
    message: /^reference ivanov-1956b: label "Ivanov 1956b" is not the one its authors and year make, "Ivanov 1956"$/,
  },
  {
    name: 'an event date changed with the old days kept',
    mutate: (d) => (find(d.events, 'bierut-death').date = '1956-04~'),
    rule: 'date',
    path: (d) => ['events', at(d.events, 'bierut-death'), 'days'],
    message: /^event bierut-death: days 1956-03-01 .* differ from those of its date 1956-04~: 1956-04-01 \(closed\) to 1956-04-30 \(closed\)$/,
  },
  {
    name: 'an open start given as closed',
    mutate: (d) => (find(d.events, 'khrushchev-becomes-leader').days.start = 'closed'),
    rule: 'date',
    path: (d) => ['events', at(d.events, 'khrushchev-becomes-leader'), 'days'],
    message: /^event khrushchev-becomes-leader: days 1954-01-01 \(closed\) .* its date \.\.\/1954: 1954-01-01 \(open\)/,
  },
  // url
  {
    name: 'a url that is not an http or https URL',
    mutate: (d) => (d.references.find((r: { url: unknown }) => r.url).url = 'ftp://digitalarchive.example.org/document/111509'),
    rule: 'url',
    path: (d) => ['references', d.references.findIndex((r) => r.url), 'url'],
    message: /is not an http or https URL$/,
  },
  // case-study
  {
    name: 'a case study listing a deleted event',
    mutate: (d) => {
      d.events = d.events.filter((e: { id: string }) => e.id !== 'beria-executed');
      for (const claim of d.claims) claim.evidence.eventIds = claim.evidence.eventIds.filter((id: string) => id !== 'beria-executed');
    },
    rule: 'case-study',
    path: (d) => ['caseStudies', 0, 'eventIds', d.caseStudies[0]!.eventIds.indexOf('beria-executed' as never)],
    message: /^case study soviet-union lists event beria-executed, which is not in events$/,
  },
  {
    name: 'a case study listing an event unknown to the edition (the shape refuses the id too)',
    mutate: (d) => d.caseStudies[2].eventIds.push('moon-landing'),
    rule: 'case-study',
    path: (d) => ['caseStudies', 2, 'eventIds', d.caseStudies[2]!.eventIds.length],
    message: /^case study china lists event moon-landing, which is not in events$/,
    shapeRefuses: true,
  },
  {
    name: 'a case study duplicated',
    mutate: (d) => d.caseStudies.push(JSON.parse(JSON.stringify(d.caseStudies[1]))),
    rule: 'case-study',
    path: (d) => ['caseStudies', d.caseStudies.length, 'eventIds', 0],
    message: /^case study poland lists event gomulka-returns, already listed by case study poland at caseStudies\.1$/,
  },
  {
    name: 'an event whose caseStudyId disagrees with its case study’s eventIds',
    mutate: (d) => (find(d.events, 'hungarian-revolution').caseStudyId = 'china'),
    rule: 'case-study',
    path: (d) => ['events', at(d.events, 'hungarian-revolution'), 'caseStudyId'],
    message: /^event hungarian-revolution names case study china, which does not list it$/,
  },
  {
    name: 'a case study listing another case study’s event',
    mutate: (d) => find(d.caseStudies, 'poland').eventIds.push('ussr-dprk-break'),
    rule: 'case-study',
    path: (d) => ['caseStudies', at(d.caseStudies, 'poland'), 'eventIds', d.caseStudies[at(d.caseStudies, 'poland')]!.eventIds.length],
    message: /^case study poland lists event ussr-dprk-break, which belongs to case study north-korea$/,
  },
  {
    name: 'a case study whose events are out of the order of events',
    mutate: (d) => swap(find(d.caseStudies, 'china').eventIds, 0, 1),
    rule: 'case-study',
    path: (d) => ['caseStudies', at(d.caseStudies, 'china'), 'eventIds'],
    message: /^case study china lists its events out of the order of events$/,
  },
  // printed
  {
    name: 'a reference year that differs from its printed text',
    mutate: (d) => (find(d.references, 'filtzer-1993').year = 1994),
    rule: 'printed',
    path: (d) => ['references', at(d.references, 'filtzer-1993'), 'year'],
    message: /^reference filtzer-1993: year 1994 differs from the year printed in its entry, 1993$/,
  },
  {
    name: 'a reference text that is not its entry',
    mutate: (d) => (find(d.references, 'jones-2006').text += ' Reprinted.'),
    rule: 'printed',
    path: (d) => ['references', at(d.references, 'jones-2006'), 'text'],
    message: /^reference jones-2006: text differs from its entry, block bib5$/,
  },
  {
    name: 'the essay title that is not the title block',
    mutate: (d) => (d.essay.title = 'De-Stalinization: A Fatal Blow for International Socialism?'),
    rule: 'printed',
    path: () => ['essay', 'title'],
    message: /^the essay's title differs from the title block$/,
  },
  // mention
  {
    name: 'a mention listed twice',
    mutate: (d) => {
      const { mentions } = find(d.people, 'khrushchev');
      mentions.splice(1, 0, { ...mentions[0] });
    },
    rule: 'mention',
    path: (d) => ['people', at(d.people, 'khrushchev'), 'mentions', 1],
    message: /^person khrushchev: mention 1 \(p1 \d+–\d+\) is listed twice$/,
  },
  {
    name: 'mentions out of reading order',
    mutate: (d) => swap(find(d.places, 'poland').mentions, 0, 1),
    rule: 'mention',
    path: (d) => ['places', at(d.places, 'poland'), 'mentions', 1],
    message: /^place poland: mention 1 \(\w+ \d+–\d+\) comes before mention 0 in the text$/,
  },
  {
    name: 'the first citation made an "ibid."',
    mutate: (d) => Object.assign(d.citations[0], { ibid: true, repeatsId: 'p3-c2' }),
    rule: 'citation',
    path: () => ['citations', 0, 'repeatsId'],
    message: /^citation p3-c1: an "ibid." repeats nothing: no citation comes before it, not p3-c2$/,
  },
  {
    name: 'a quote with a locator but no citation',
    mutate: (d) => (d.quotes[0].locator = { unit: 'page', start: 1, end: 1, printed: '1' }),
    rule: 'locator',
    path: () => ['quotes', 0, 'locator'],
    message: /^quote p1-q1 has a locator but no citation to take it from$/,
  },
  {
    name: 'a reference whose entry prints no year',
    mutate: (d) => {
      const reference = find(d.references, 'filtzer-1993');
      reference.text = reference.text.replace(/[0-9]{4}/g, 'n.d.');
    },
    rule: 'printed',
    path: (d) => ['references', at(d.references, 'filtzer-1993'), 'year'],
    message: /^reference filtzer-1993: its entry prints no year$/,
  },
  {
    name: 'a note on coordinates a place does not have',
    mutate: (d) => (find(d.places, 'poland').coordinatesNote = 'Editorial: the centre of the country.'),
    rule: 'coordinates',
    path: (d) => ['places', at(d.places, 'poland'), 'coordinatesNote'],
    message: /^place poland: a note on coordinates it does not have$/,
  },
  {
    name: 'a narrative citation marked parenthetical',
    mutate: (d) => (find(d.citations, 'p3-c1').form = 'parenthetical'),
    rule: 'citation',
    path: (d) => ['citations', at(d.citations, 'p3-c1'), 'form'],
    message: /^citation p3-c1: form parenthetical but the citation is printed "Jones \(2006:2\)"$/,
  },
  {
    name: 'a stated date given a note',
    mutate: (d) => (find(d.events, 'secret-speech').dateNote = 'From the dateline.'),
    rule: 'date',
    path: (d) => ['events', at(d.events, 'secret-speech'), 'dateNote'],
    message: /^event secret-speech: a date the essay states has no dateNote$/,
  },
  {
    name: 'an editorial date without its ground',
    mutate: (d) => (find(d.events, 'beria-executed').dateNote = null),
    rule: 'date',
    path: (d) => ['events', at(d.events, 'beria-executed'), 'dateNote'],
    message: /^event beria-executed: a date of basis editorial needs a dateNote saying how it was reached$/,
  },
  {
    name: 'a country given coordinates',
    mutate: (d) => Object.assign(find(d.places, 'poland'), { coordinates: [19.1, 52.1], coordinatesNote: 'The centre of Poland.' }),
    rule: 'coordinates',
    path: (d) => ['places', at(d.places, 'poland'), 'coordinates'],
    message: /^place poland is a country: only a city or a building has coordinates$/,
  },
  {
    name: 'a city without coordinates',
    mutate: (d) => Object.assign(find(d.places, 'warsaw'), { coordinates: null, coordinatesNote: null }),
    rule: 'coordinates',
    path: (d) => ['places', at(d.places, 'warsaw'), 'coordinates'],
    message: /^place warsaw is a city: a city or a building has coordinates$/,
  },
  {
    name: 'coordinates without their ground',
    mutate: (d) => (find(d.places, 'warsaw').coordinatesNote = null),
    rule: 'coordinates',
    path: (d) => ['places', at(d.places, 'warsaw'), 'coordinatesNote'],
    message: /^place warsaw: coordinates without a note giving their ground$/,
  },
  // speaker
  {
    name: 'a quotation left silent (the Soviets’ words in Gomułka’s notes)',
    mutate: (d) => Object.assign(find(d.quotes, 'p17-q1'), { speakerOrganisationIds: [], speakerNote: null }),
    rule: 'speaker',
    path: (d) => ['quotes', at(d.quotes, 'p17-q1'), 'speakerNote'],
    message: /^quotation p17-q1 names no speaker and has no note saying who speaks$/,
  },
  {
    name: 'the pull quote without its speaker note',
    mutate: (d) => (find(d.quotes, 'pullquote-q1').speakerNote = null),
    rule: 'speaker',
    path: (d) => ['quotes', at(d.quotes, 'pullquote-q1'), 'speakerNote'],
    message: /^quotation pullquote-q1 names no speaker and has no note saying who speaks$/,
  },
  {
    name: 'a body given as speaker without a note',
    mutate: (d) => Object.assign(find(d.quotes, 'p20-q1'), { speakerOrganisationIds: ['soviet-foreign-ministry'] }),
    rule: 'speaker',
    path: (d) => ['quotes', at(d.quotes, 'p20-q1'), 'speakerNote'],
    message: /^quote p20-q1 gives a body as speaker without a note saying who speaks$/,
  },
  // within
  {
    name: 'a country given a containing place',
    mutate: (d) => Object.assign(find(d.places, 'poland'), { withinId: 'europe', withinNote: 'Poland is in Europe.' }),
    rule: 'within',
    path: (d) => ['places', at(d.places, 'poland'), 'withinId'],
    message: /^place poland is a country: only a city or a building names the place it lies within$/,
  },
  {
    name: 'a city within a building (Moscow within the Mausoleum)',
    mutate: (d) => Object.assign(find(d.places, 'moscow'), { withinId: 'lenin-mausoleum' }),
    rule: 'within',
    path: (d) => ['places', at(d.places, 'moscow'), 'withinId'],
    message: /^place moscow is a city and cannot lie within lenin-mausoleum, a building$/,
  },
  {
    name: 'a building within itself',
    mutate: (d) => Object.assign(find(d.places, 'belweder-palace'), { withinId: 'belweder-palace' }),
    rule: 'within',
    path: (d) => ['places', at(d.places, 'belweder-palace'), 'withinId'],
    message: /^place belweder-palace is a building and cannot lie within belweder-palace, a building$/,
  },
  {
    name: 'a containing place without its ground',
    mutate: (d) => (find(d.places, 'lenin-mausoleum').withinNote = null),
    rule: 'within',
    path: (d) => ['places', at(d.places, 'lenin-mausoleum'), 'withinNote'],
    message: /^place lenin-mausoleum: a containing place without a note giving its ground$/,
  },
  {
    name: 'a note on a containing place not named',
    mutate: (d) => (find(d.places, 'london').withinNote = 'London is in England.'),
    rule: 'within',
    path: (d) => ['places', at(d.places, 'london'), 'withinNote'],
    message: /^place london: a note on a containing place it does not name$/,
  },
  {
    name: 'a mention whose words are none of the entity’s variants',
    mutate: (d) => {
      const person = find(d.people, 'khrushchev');
      person.variants = person.variants.filter((variant: string) => !person.mentions[0].text.startsWith(variant));
    },
    rule: 'mention',
    path: (d) => ['people', at(d.people, 'khrushchev'), 'mentions', 0, 'text'],
    message: /^person khrushchev: mention 0 ".+" is none of its variants$/,
  },
  {
    name: 'a reference title not printed in its entry',
    mutate: (d) => (find(d.references, 'filtzer-1993').title = 'The Khrushchev Years'),
    rule: 'printed',
    path: (d) => ['references', at(d.references, 'filtzer-1993'), 'title'],
    message: /^reference filtzer-1993: title "The Khrushchev Years" is not printed in its entry$/,
  },
  {
    name: 'an author whose printed name is not in the entry',
    mutate: (d) => (find(d.references, 'filtzer-1993').authors[0].printed = 'Filtzer, E.'),
    rule: 'printed',
    path: (d) => ['references', at(d.references, 'filtzer-1993'), 'authors', 0, 'printed'],
    message: /^reference filtzer-1993: name "Filtzer, E\." is not printed in its entry$/,
  },
];

const describePath = (path: Path) => path.join('.');

/** Every rule id; the type below fails to compile when a rule is added to IntegrityRule and not here. */
const everyRule = [
  'id',
  'reference',
  'span',
  'paragraph',
  'outline',
  'argument',
  'locator',
  'citation',
  'note',
  'date',
  'url',
  'case-study',
  'printed',
  'mention',
  'coordinates',
  'speaker',
  'within',
] as const satisfies readonly IntegrityRule[];
const complete: [Exclude<IntegrityRule, (typeof everyRule)[number]>] extends [never] ? true : false = true;
void complete;

describe('the integrity rules refuse each semantic mutation of essay.json', () => {
  it('the package’s own data breaks no rule', () => {
    expect(checkIntegrity(fresh())).toEqual([]);
  });

  it('every rule has a broken fixture here', () => {
    expect(new Set(mutations.map((m) => m.rule))).toEqual(new Set(everyRule));
    expect(mutations.length).toBeGreaterThanOrEqual(55);
  });

  for (const { name, mutate, rule, path, message, shapeRefuses } of mutations) {
    it(`${name}: rule ${rule}`, () => {
      const data = fresh();
      mutate(data);
      const expectedPath = path(pristine);
      const issues = checkIntegrity(data);
      const found = issues.find((issue) => issue.rule === rule && message.test(issue.message));
      expect(found, JSON.stringify(issues.slice(0, 6))).toBeDefined();
      expect(describePath(found!.path)).toBe(describePath(expectedPath));
      const parsed = EssayDataSchema.safeParse(data);
      expect(parsed.success).toBe(false);
      if (shapeRefuses) return;
      expect(EssayDataShapeSchema.safeParse(data).error).toBeUndefined();
      const zodIssue = parsed.error!.issues.find((issue) => issue.message === `${rule}: ${found!.message}`);
      expect(zodIssue?.path).toEqual(found!.path);
    });
  }
});
