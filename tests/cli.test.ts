import { describe, expect, it } from 'vitest';
import { version } from '../package.json';
import { essayData } from '../scripts/essay-json.js';
import { commands } from '../src/cli/commands/index.js';
import { run } from '../src/cli/run.js';
import { collectionNames } from '../src/generated/collection-table.js';
import {
  blocks,
  citations,
  quotes,
  references,
  search,
  sections,
  toBibTeX,
  toCslJson,
  toGraph,
  toMarkdown,
  toTei,
  toPlainText,
  toTimelineJs,
} from '../src/index.js';

function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, version);
  return { code, stdout, stderr };
}

describe('CLI', () => {
  it('outline lists every section, indented by level, with its paragraphs', () => {
    const { code, stdout, stderr } = cli('outline');
    expect([code, stderr]).toEqual([0, '']);
    for (const s of sections) expect(stdout).toContain(`${'  '.repeat(s.level - 1)}`);
    expect(stdout).toContain('\n    3.1.1 Gomulka’s Notes on the Belweder Conference  ¶17–18  [gomulka-notes]\n');
    expect(stdout).toContain('\n5 BIBLIOGRAPHY  [bibliography]\n');
  });

  it('outline --json prints the sections', () => {
    expect(JSON.parse(cli('outline', '--json').stdout)).toEqual(sections);
  });

  it('text prints the canonical text; --json the blocks', () => {
    expect(cli('text').stdout).toBe(toPlainText());
    expect(JSON.parse(cli('text', '--json').stdout)).toEqual(blocks);
  });

  it('search prints one line per hit; --json the hits; --limit stops early', () => {
    const { stdout } = cli('search', 'belweder');
    expect(stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(stdout).toMatch(/^h7:\d+\t.*Belweder/m);
    expect(JSON.parse(cli('search', 'Kim', '--json').stdout)).toEqual(search('Kim'));
    expect(JSON.parse(cli('search', 'Kim', '--json', '--limit', '2').stdout)).toHaveLength(2);
  });

  it('quotes lists every quote; --speaker and --source filter; --json gives records', () => {
    const all = cli('quotes').stdout.trimEnd().split('\n');
    expect(all).toHaveLength(quotes.length);
    expect(all[0]).toBe('p1-q1\ttitle\t-\tkhrushchev-1956\t‘Secret Speech’');
    expect(cli('quotes', '--speaker', 'lenin').stdout).toMatch(/^p10-q2\tquotation\tlenin\tkhrushchev-1956 paras 8–9\t‘Stalin is excessively rude, and/);
    expect(JSON.parse(cli('quotes', '--source', 'mao-1962', '--json').stdout).map((q: { id: string }) => q.id)).toEqual(['p21-q1', 'bib12-q1']);
    expect(JSON.parse(cli('quotes', '--speaker', 'filtzer', '--source', 'filtzer-1993', '--json').stdout)).toHaveLength(3);
  });

  it('citations lists every citation with its source, locator and what an ibid. repeats', () => {
    const lines = cli('citations').stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(citations.length);
    expect(lines).toContain('p17-c2\t(ibid.:para 2)\tgomulka-1956\tpara. 2\tibid. of p17-c1');
    expect(JSON.parse(cli('citations', '--json').stdout)).toEqual(citations);
  });

  it('bibliography prints as printed, in Chicago, as CSL-JSON or BibLaTeX', () => {
    expect(cli('bibliography').stdout).toBe(references.map((r) => `${r.text}\n`).join(''));
    expect(cli('bibliography', '--format', 'chicago-author-date').stdout.split('\n')[0]).toMatch(/^Filtzer, D\. 1993\./);
    expect(JSON.parse(cli('bibliography', '--format', 'csl').stdout)).toEqual(toCslJson());
    expect(cli('bibliography', '--format', 'bibtex').stdout).toBe(toBibTeX());
    expect(JSON.parse(cli('bibliography', '--json').stdout)[0]).toEqual({ id: 'filtzer-1993', text: references[0]!.text });
  });

  it('timeline lists events in date order, filtered; people lists people; export speaks each format', () => {
    const lines = cli('timeline', '--from', '1956-10-19', '--to', '1956-10-20', '--place', 'warsaw').stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      '1956-10-19\tinferred\tsoviet-delegation-flies-to-warsaw\tKhrushchev and most of the CC fly unannounced to Poland',
      '1956-10-19/1956-10-20\tinferred\tbelweder-talks\tAll-night Polish-Soviet talks at the Belweder Palace',
    ]);
    expect(JSON.parse(cli('timeline', '--json', '--from', '1969').stdout).map((e: { id: string }) => e.id)).toEqual(['sino-korean-consensus-against-destalinisation', 'mao-choe-conversation']);
    expect(cli('people').stdout.split('\n')[0]).toMatch(/^khrushchev\tNikita Khrushchev\t30 mentions\t/);
    expect(JSON.parse(cli('export', '--format', 'graph').stdout)).toEqual(toGraph());
    expect(JSON.parse(cli('export', '--format', 'timelinejs').stdout)).toEqual(toTimelineJs());
    expect(JSON.parse(cli('export', '--format', 'annotations', '--source-iri', 'urn:x:essay').stdout)).toHaveLength(113);
    expect(cli('export', '--format', 'markdown').stdout).toBe(toMarkdown({ notes: true }));
    expect(cli('export', '--format', 'tei').stdout).toBe(toTei());
  });

  it('export --format json prints exactly what essay.json holds: every collection and the version', () => {
    const printed = JSON.parse(cli('export', '--format', 'json').stdout) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual(['version', ...collectionNames]);
    expect(printed).toEqual(JSON.parse(JSON.stringify(essayData())));
    expect(printed['version']).toBe(version);
  });

  it('--json with a format that is JSON already changes nothing', () => {
    expect(cli('export', '--format', 'graph', '--json').stdout).toBe(cli('export', '--format', 'graph').stdout);
    expect(cli('bibliography', '--format', 'csl', '--json').stdout).toBe(cli('bibliography', '--format', 'csl').stdout);
  });

  it('timeline reads a year of one to four digits as that year', () => {
    const early = JSON.parse(cli('timeline', '--to', '56', '--json').stdout) as { date: string }[];
    expect(early.every((event) => event.date.startsWith('../'))).toBe(true);
    expect(cli('timeline', '--from', '56').stdout).toBe(cli('timeline').stdout);
  });

  it('the help lists every command and option of the command table, each option with the commands it applies to', () => {
    const text = cli('--help').stdout;
    for (const [name, command] of commands) expect(text).toContain(`\n  ${[name, ...command.args].join(' ')} `);
    expect(text).toMatch(/\n {2}--limit <n> +search: stop after n hits\n/);
    expect(text).toMatch(/\n {2}--format <format> +bibliography and export: as-printed \| chicago-author-date \| csl \| bibtex \(bibliography\)/);
    expect(cli().stderr).toBe(`destalinisation-essay: missing command: try ${[...commands].map(([name, c]) => [name, ...c.args].join(' ')).slice(0, -1).join(', ')} or export (see --help)\n`);
  });

  it('--help and --version', () => {
    expect(cli('--help').stdout).toContain('Usage: destalinisation-essay <command>');
    expect(cli('-h').code).toBe(0);
    expect(cli('--version').stdout).toBe(`${version}\n`);
  });

  const bad: [string[], RegExp][] = [
    [[], /missing command/],
    [['nonsense'], /unknown command 'nonsense'/],
    [['outline', '--bogus'], /unknown option '--bogus'/],
    [['outline', 'extra'], /'outline' takes no arguments, got 1/],
    [['search'], /'search' takes 1 argument, got 0/],
    [['search', 'a', 'b'], /'search' takes 1 argument, got 2/],
    [['search', 'a', '--limit', '0'], /--limit expects a positive whole number, got '0'/],
    [['search', 'a', '--limit', 'x'], /--limit expects a positive whole number/],
    [['search', 'a', '--limit'], /--limit/],
    [['text', '--limit', '2'], /--limit only applies to search/],
    [['quotes', '--speaker', 'brezhnev'], /--speaker: unknown person 'brezhnev'/],
    [['quotes', '--source', 'nope'], /--source: unknown reference 'nope'/],
    [['citations', '--speaker', 'lenin'], /--speaker only applies to quotes/],
    [['bibliography', '--format', 'mla'], /--format: unknown format 'mla'; expected as-printed, chicago-author-date, csl, bibtex/],
    [['outline', '--format', 'csl'], /--format only applies to bibliography and export/],
    [['timeline', '--from', 'soon'], /--from: expected an EDTF date or a year \(e\.g\. 1956, 1956-10, 1956-10-19\), got 'soon'/],
    [['timeline', '--to', '1956-13'], /--to: expected an EDTF date or a year/],
    [['timeline', '--person', 'brezhnev'], /--person: unknown person 'brezhnev'/],
    [['timeline', '--place', 'paris'], /--place: unknown place 'paris'/],
    [['timeline', '--from', '1960', '--to', '1950'], /--to: expected a date on or after --from 1960, got '1950'/],
    [['timeline', '--from', '1957', '--to', '1956'], /^destalinisation-essay: --to: /],
    [['bibliography', '--format', 'bibtex', '--json'], /--json does not apply to --format bibtex, which is not JSON/],
    [['export', '--format', 'markdown', '--json'], /--json does not apply to --format markdown, which is not JSON/],
    [['export', '--format', 'bibtex', '--json'], /--json does not apply to --format bibtex/],
    [['export', '--format', 'tei', '--json'], /--json does not apply to --format tei/],
    [['export'], /export needs --format/],
    [['export', '--format', 'pdf'], /--format: unknown format 'pdf'/],
    [['export', '--format', 'annotations'], /needs --source-iri/],
    [['export', '--format', 'annotations', '--source-iri', 'not an iri'], /--source-iri: expected an http or https URL or a URN without a fragment, got 'not an iri'/],
    [['export', '--format', 'annotations', '--source-iri', 'javascript:alert(1)'], /--source-iri: expected an http or https URL/],
    [['export', '--format', 'annotations', '--source-iri', 'https://x.org/"><b>'], /--source-iri: expected an http or https URL/],
    [['export', '--format', 'csl', '--source-iri', 'urn:x'], /--source-iri only applies to --format annotations/],
    [['--json=yes', 'text'], /--json/],
  ];
  for (const [argv, message] of bad) {
    it(`exits 2 with one line on stderr for: ${argv.join(' ') || '(nothing)'}`, () => {
      const { code, stdout, stderr } = cli(...argv);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr).toMatch(/^destalinisation-essay: [^\n]+\n$/);
    });
  }
});
