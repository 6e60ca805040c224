import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { version } from '../package.json';
import { essayData } from '../scripts/essay-json.js';
import { commands } from '../src/cli/commands/index.js';
import { exportFormats } from '../src/cli/formats.js';
import { run } from '../src/cli/run.js';
import { collectionNames } from '../src/generated/collection-table.js';
import {
  blocks,
  caseStudies,
  citations,
  claims,
  events,
  getBlock,
  notes,
  organisations,
  people,
  places,
  timeline,
  toGeoJson,
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
    expect(JSON.parse(cli('bibliography', '--format', 'csl').stdout)).toEqual(toCslJson().items);
    expect(cli('bibliography', '--format', 'bibtex').stdout).toBe(toBibTeX());
    expect(JSON.parse(cli('bibliography', '--json').stdout)[0]).toEqual({ id: 'filtzer-1993', text: references[0]!.text });
  });

  it('timeline lists events in date order, filtered; people lists people; export speaks each format', () => {
    const lines = cli('timeline', '--from', '1956-10-19', '--to', '1956-10-20', '--place', 'warsaw').stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      '1956-10-19\tinferred\tsoviet-delegation-flies-to-warsaw\tKhrushchev and most of the CC fly unannounced to Poland',
      '1956-10-19/1956-10-20\tinferred\tbelweder-talks\tAll-night Polish-Soviet talks at the Belweder Palace',
    ]);
    expect(JSON.parse(cli('timeline', '--json', '--from', '1969').stdout).map((e: { id: string }) => e.id)).toEqual([
      'sino-korean-consensus-against-destalinisation',
      'mao-choe-conversation',
    ]);
    expect(cli('people').stdout.split('\n')[0]).toMatch(/^khrushchev\tNikita Khrushchev\t30 mentions\t/);
    expect(JSON.parse(cli('export', '--format', 'geojson').stdout)).toEqual(toGeoJson());
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

  it('--help and --version', () => {
    expect(cli('--help').stdout).toContain('Usage: destalinisation-essay <command>');
    expect(cli('-h').code).toBe(0);
    expect(cli('--version').stdout).toBe(`${version}\n`);
  });

  const bad: [string[], RegExp][] = [
    [[], /missing command/],
    [['nonsense'], /unknown command 'nonsense'/],
    [['outline', '--bogus'], /unknown option '--bogus' for 'outline' \(see destalinisation-essay help outline\)/],
    [['outline', 'extra'], /'outline' takes no arguments, got 1/],
    [['search'], /'search' takes 1 argument, got 0/],
    [['search', 'a', 'b'], /'search' takes 1 argument, got 2/],
    [['search', 'a', '--limit', '0'], /--limit: expected a positive whole number, got '0'/],
    [['search', 'a', '--limit', 'x'], /--limit: expected a positive whole number, got 'x'/],
    [['search', 'a', '--limit', '-1'], /^destalinisation-essay: --limit: expected a positive whole number, got '-1'\n$/],
    [['search', 'a', '--limit=-1'], /--limit: expected a positive whole number, got '-1'/],
    [['search', 'a', '--limit', '1e3'], /--limit: expected a positive whole number, got '1e3'/],
    [['search', 'a', '--limit'], /--limit needs a value: --limit <n>/],
    [['text', '--limit', '2'], /unknown option '--limit' for 'text'/],
    [['quotes', '--speaker', 'brezhnev'], /--speaker: unknown person 'brezhnev'/],
    [['quotes', '--source', 'nope'], /--source: unknown reference 'nope'/],
    [['citations', '--speaker', 'lenin'], /unknown option '--speaker' for 'citations'/],
    [['bibliography', '--format', 'mla'], /--format: expected as-printed, chicago-author-date, csl, bibtex, got 'mla'/],
    [['outline', '--format', 'csl'], /unknown option '--format' for 'outline'/],
    [['timeline', '--from', 'soon'], /--from: expected an EDTF date \(e\.g\. 1956, 1956-10, 1956-10-19\), got 'soon'$/m],
    [['timeline', '--from', '56'], /--from: expected an EDTF date \(e\.g\. 1956, 1956-10, 1956-10-19\), got '56' \(an EDTF year has four digits: 0056\)/],
    [['timeline', '--to', '1956-13'], /--to: expected an EDTF date/],
    [['timeline', '--person', 'brezhnev'], /--person: unknown person 'brezhnev'/],
    [['timeline', '--place', 'paris'], /--place: unknown place 'paris'/],
    [['timeline', '--from', '1960', '--to', '1950'], /--to: expected a date on or after --from '1960', got '1950'/],
    [['timeline', '--case-study', 'hungary'], /--case-study: unknown case study 'hungary' \(e\.g\. soviet-union, poland, china or north-korea\)/],
    [['timeline', '--from', '1957', '--to', '1956'], /^destalinisation-essay: --to: /],
    [['bibliography', '--format', 'bibtex', '--json'], /--json does not apply to --format bibtex, which is not JSON/],
    [['export', '--format', 'markdown', '--json'], /--json does not apply to --format markdown, which is not JSON/],
    [['export', '--format', 'bibtex', '--json'], /--json does not apply to --format bibtex/],
    [['export', '--format', 'tei', '--json'], /--json does not apply to --format tei/],
    [['export'], /export needs --format <format>: json, csl, bibtex, timelinejs, graph, geojson, annotations, markdown, tei/],
    [['export', '--format', 'pdf'], /--format: expected json, csl, .*, got 'pdf'/],
    [['export', '--format', 'geojson', '--source-iri', 'urn:x'], /--source-iri only applies to --format annotations/],
    [['export', '--format', 'annotations'], /needs --source-iri/],
    [
      ['export', '--format', 'annotations', '--source-iri', 'not an iri'],
      /--source-iri: expected an http or https URL or a URN without a fragment, got 'not an iri'/,
    ],
    [['export', '--format', 'annotations', '--source-iri', 'javascript:alert(1)'], /--source-iri: expected an http or https URL/],
    [['export', '--format', 'annotations', '--source-iri', 'https://x.org/"><b>'], /--source-iri: expected an http or https URL/],
    [['export', '--format', 'csl', '--source-iri', 'urn:x'], /--source-iri only applies to --format annotations/],
    [['--json=yes', 'text'], /expected a command before the options, got '--json=yes'/],
    [['outline', '--json=yes'], /--json takes no value, got 'yes'/],
    [['outline', '--json', '--json'], /--json is given more than once/],
    [['search', 'a', '--limit', '1', '--limit', '2'], /--limit is given more than once/],
    [['timeline', '--from', '1956', '--from=1957'], /--from is given more than once/],
    [['quotes', '--speaker', 'lenin', '--speaker', 'lenin'], /--speaker is given more than once/],
    [['bogus', '--help'], /unknown command 'bogus'/],
    [['help', 'bogus'], /unknown command 'bogus'/],
    [['help', 'search', 'text'], /'help' takes at most 1 argument, got 2/],
    [['--version', 'outline'], /--version takes nothing after it, got 'outline'/],
    [['places', 'warsaw'], /'places' takes no arguments, got 1/],
    [['notes', '--limit', '1'], /unknown option '--limit' for 'notes'/],
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

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** One line on stderr, with no character that could move the cursor, clear the screen or break the line. */
function expectOneSafeLine(stderr: string): void {
  expect(stderr).toMatch(/^destalinisation-essay: [^\n]+\n$/);
  expect(stderr.slice(0, -1)).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u);
}

describe('CLI: a bad value is quoted on one safe line, cut at 60 characters', () => {
  it('escapes control and format characters in every message that echoes a value', () => {
    const attack = '\u001b[2J\u001b[Hgotcha\nsecond line\r\u202eevil\u0007';
    const escaped = '\\x1b[2J\\x1b[Hgotcha\\nsecond line\\r\\u{202e}evil\\x07';
    const cases: [string[], string][] = [
      [['quotes', '--speaker', attack], `--speaker: unknown person '${escaped}'`],
      [['quotes', '--source', attack], `--source: unknown reference '${escaped}'`],
      [['timeline', '--from', attack], `--from: expected an EDTF date (e.g. 1956, 1956-10, 1956-10-19), got '${escaped}'`],
      [['timeline', '--place', attack], `--place: unknown place '${escaped}'`],
      [['timeline', '--case-study', attack], `--case-study: unknown case study '${escaped}'`],
      [['search', 'a', '--limit', attack], `--limit: expected a positive whole number, got '${escaped}'`],
      [['bibliography', '--format', attack], `got '${escaped}'`],
      [['export', '--format', 'annotations', '--source-iri', `https://x.org/${attack}`], `got 'https://x.org/${escaped}'`],
      [[attack], `unknown command '${escaped}'`],
      [['outline', `--${attack}`], `unknown option '--${escaped}'`],
      [['outline', `--json=${attack}`], `--json takes no value, got '${escaped}'`],
    ];
    for (const [argv, message] of cases) {
      const { code, stdout, stderr } = cli(...argv);
      expect([code, stdout], argv.join(' ')).toEqual([2, '']);
      expectOneSafeLine(stderr);
      expect(stderr).toContain(message);
    }
  });

  it('a search with no hit quotes its query the same way', () => {
    const { code, stderr } = cli('search', 'zz\u001b[2Jqq');
    expect(code).toBe(1);
    expectOneSafeLine(stderr);
    expect(stderr).toBe("destalinisation-essay: no match for 'zz\\x1b[2Jqq'\n");
  });

  it('a backslash, a quote mark and a lone surrogate are escaped too, so the quoted form is unambiguous', () => {
    expect(cli('quotes', '--speaker', "a\\x1b'b\ud800").stderr).toContain("unknown person 'a\\\\x1b\\'b\\u{d800}'");
  });

  it('a 10 MB value is cut at 60 characters, never inside a character', () => {
    const long = cli('quotes', '--speaker', 'x'.repeat(10_000_000));
    expect(long.stderr).toContain(`unknown person '${'x'.repeat(60)}…' (e.g.`);
    expect(long.stderr.length).toBeLessThan(200);
    const emoji = cli('quotes', '--speaker', '😀'.repeat(100)).stderr;
    expect(emoji).toContain(`'${'😀'.repeat(60)}…'`);
    expectOneSafeLine(emoji);
    expect(cli('quotes', '--speaker', 'y'.repeat(60)).stderr).toContain(`'${'y'.repeat(60)}' (e.g.`);
  });
});

describe('CLI: timeline dates follow the library’s rule', () => {
  const accepts = (from: string) => {
    try {
      timeline({ from });
      return true;
    } catch {
      return false;
    }
  };
  const values = [
    '56',
    '056',
    '0056',
    '1956',
    '1956-10',
    '1956-10-19',
    '195X',
    '../1954',
    '1956-13',
    ' 1956',
    '1956 ',
    '+1956',
    'Y10000',
    '-0050',
    '1956-10-19T10:00',
    '',
    '1956/1957',
    '1956-21',
  ];

  it('--from and --to accept exactly the strings timeline() accepts, and select the same events', () => {
    expect(accepts('56')).toBe(false);
    expect(accepts('0056')).toBe(true);
    for (const value of values) {
      const expected = accepts(value);
      for (const flag of ['--from', '--to']) {
        const { code, stdout } = cli('timeline', flag, value, '--json');
        expect(code === 0, `${flag} ${JSON.stringify(value)}`).toBe(expected);
        if (expected) expect(JSON.parse(stdout)).toEqual(timeline(flag === '--from' ? { from: value } : { to: value }));
      }
    }
  });

  it('--from 56 does not mean the year 0056', () => {
    expect(cli('timeline', '--from', '56').code).toBe(2);
    expect(cli('timeline', '--from', '0056').stdout).toBe(cli('timeline').stdout);
  });
});

describe('CLI: --case-study', () => {
  it('keeps the events of one case study, as timeline({ caseStudy }) does', () => {
    for (const caseStudy of caseStudies) {
      const printed = JSON.parse(cli('timeline', '--case-study', caseStudy.id, '--json').stdout) as { id: string; caseStudyId: string }[];
      expect(printed.map((e) => e.id)).toEqual(timeline({ caseStudy: caseStudy.id }).map((e) => e.id));
      expect(printed.every((e) => e.caseStudyId === caseStudy.id)).toBe(true);
      expect(printed.map((e) => e.id).sort()).toEqual([...caseStudy.eventIds].sort());
    }
    const polishOctober = cli('timeline', '--case-study', 'poland', '--from', '1956-10-19', '--to', '1956-10-20').stdout;
    expect(polishOctober).toContain('\tbelweder-talks\t');
    expect(polishOctober).not.toContain('\tsecret-speech\t');
  });
});

describe('CLI: search with no hit fails, as grep does', () => {
  it('exits 1 and says so on stderr; --json still prints the empty list', () => {
    expect(toPlainText().toLowerCase()).not.toContain('zzqqxx');
    expect(cli('search', 'zzqqxx')).toEqual({ code: 1, stdout: '', stderr: "destalinisation-essay: no match for 'zzqqxx'\n" });
    expect(cli('search', 'zzqqxx', '--json')).toEqual({ code: 1, stdout: '[]\n', stderr: "destalinisation-essay: no match for 'zzqqxx'\n" });
    expect(cli('search', 'belweder').code).toBe(0);
  });
});

describe('CLI: help', () => {
  it('help, --help and -h print the same text, which lists every command with the options it declares', () => {
    const text = cli('help');
    expect(text.code).toBe(0);
    expect(cli('--help').stdout).toBe(text.stdout);
    expect(cli('-h').stdout).toBe(text.stdout);
    for (const command of commands) {
      const usage = [command.name, ...command.args].join(' ');
      const section = text.stdout.split(`\n  ${usage} `)[1]?.split(/\n {2}\S/)[0];
      expect(section, usage).toBeDefined();
      const listed = [...section!.matchAll(/\n {6}(--[a-z-]+)/g)].map((m) => m[1]);
      expect(listed, usage).toEqual(Object.keys(command.options).map((name) => `--${name}`));
    }
  });

  it('help <command>, <command> --help and <command> -h print the command’s own help, even without its arguments', () => {
    for (const command of commands) {
      const own = cli('help', command.name);
      expect(own.code).toBe(0);
      expect(own.stdout.split('\n')[0]).toBe(`Usage: destalinisation-essay ${[command.name, ...command.args].join(' ')} [options]`);
      expect(cli(command.name, '--help').stdout).toBe(own.stdout);
      expect(cli(command.name, '-h', '--bogus').stdout).toBe(own.stdout);
      for (const name of Object.keys(command.options)) expect(own.stdout).toContain(`\n  --${name}`);
    }
  });

  it('an option is declared by the commands that take it, and refused by the others', () => {
    const declaredBy = new Map<string, string[]>();
    for (const command of commands) for (const name of Object.keys(command.options)) declaredBy.set(name, [...(declaredBy.get(name) ?? []), command.name]);
    for (const [name, owners] of declaredBy) {
      for (const command of commands.filter((c) => !owners.includes(c.name))) {
        const { code, stderr } = cli(command.name, ...command.args.map(() => 'x'), `--${name}`, '1');
        expect(code, `${command.name} --${name}`).toBe(2);
        expect(stderr).toContain(`unknown option '--${name}' for '${command.name}'`);
        expect(cli('help', command.name).stdout).not.toMatch(new RegExp(`\\n  --${name}[ <]`));
      }
    }
  });
});

describe('CLI: a command for every collection', () => {
  const listings = [
    ['people', people],
    ['places', places],
    ['organisations', organisations],
    ['events', events],
    ['case-studies', caseStudies],
    ['claims', claims],
    ['notes', notes],
  ] as const;

  for (const [name, records] of listings) {
    it(`${name}: a line per record, its id first; --json the records`, () => {
      const { code, stdout } = cli(name);
      expect(code).toBe(0);
      const lines = stdout.trimEnd().split('\n');
      expect(lines.map((line) => line.split('\t')[0])).toEqual(records.map((record) => record.id));
      expect(JSON.parse(cli(name, '--json').stdout)).toEqual(records);
    });
  }

  it('places give the kind; counts read "1 mention", not "1 mentions"', () => {
    expect(cli('places').stdout).toMatch(/^warsaw\tWarsaw\tcity\t\d+ mentions\tCity in Poland/m);
    const once = organisations.find((o) => o.mentions.length === 1)!;
    expect(cli('organisations').stdout).toContain(`\n${once.id}\t${once.name}\t1 mention\t`);
  });

  it('notes: each line shows the words the note is on, at the place in the text it gives', () => {
    for (const line of cli('notes').stdout.trimEnd().split('\n')) {
      const [id, kind, where, words, correction] = line.split('\t');
      const note = notes.find((n) => n.id === id)!;
      expect(kind).toBe(note.kind);
      const [blockId, start] = where!.split(':');
      const printed = words!.slice(1, -1);
      const text = getBlock(blockId!)!.text;
      if (printed.endsWith('…')) expect(text.slice(Number(start)).startsWith(printed.slice(0, -1))).toBe(true);
      else expect(text.slice(Number(start), Number(start) + printed.length)).toBe(printed);
      expect(correction).toBe(note.correction === null ? '-' : `→ ${note.correction}`);
    }
    expect(cli('notes').stdout).toMatch(/^p1-n1\tspelling\tp1:\d+\t‘de-Stalinsation’\t→ de-Stalinisation\t/m);
  });

  it('claims: what each supports names claims; case studies: their events are those events that name them', () => {
    const ids = new Set(claims.map((c) => c.id as string));
    for (const line of cli('claims').stdout.trimEnd().split('\n')) {
      const supports = line.split('\t')[2]!;
      if (supports !== '-') for (const id of supports.replace(/^supports /, '').split(',')) expect(ids.has(id)).toBe(true);
    }
    for (const line of cli('case-studies').stdout.trimEnd().split('\n')) {
      const [id, , , count] = line.split('\t');
      expect(count).toBe(`${events.filter((e) => e.caseStudyId === id).length} events`);
    }
  });
});

describe('CLI: export speaks every format', () => {
  it('each --format exits 0; the JSON ones print JSON', () => {
    for (const format of exportFormats) {
      const extra = format === 'annotations' ? ['--source-iri', 'urn:x:essay'] : [];
      const { code, stdout, stderr } = cli('export', '--format', format, ...extra);
      expect([code, stderr], format).toEqual([0, '']);
      expect(stdout.length).toBeGreaterThan(100);
      if (!['bibtex', 'markdown', 'tei'].includes(format)) expect(() => JSON.parse(stdout), format).not.toThrow();
    }
  });
});

describe('CLI entry: stdout that cannot take the output', () => {
  const entry = `"${process.execPath}" --import tsx src/cli.ts`;
  const shell = (command: string) => spawnSync('bash', ['-c', command], { cwd: root, encoding: 'utf8' });

  it.runIf(process.platform === 'linux')('a closed stdout (>&-) is one line on stderr and exit code 1', () => {
    const closed = shell(`${entry} outline >&-`);
    expect([closed.status, closed.stderr]).toEqual([1, 'destalinisation-essay: cannot write the output: standard output is closed\n']);
  });

  it('stdout sent to /dev/null, or to a reader that stops early, is not an error', () => {
    expect(shell(`${entry} outline > /dev/null`)).toMatchObject({ status: 0, stderr: '' });
    expect(shell(`${entry} export --format json | head -c 10 > /dev/null; echo "status \${PIPESTATUS[0]}" >&2`).stderr).toBe('status 0\n');
  });
});

/** The relative imports of each TypeScript file under `dir`, by path (`.js` read as `.ts`). */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const targets = [...source.matchAll(/^(?:import|export)\b[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) =>
      resolve(dirname(file), m[1]!).replace(/\.js$/, '.ts'),
    );
    graph.set(
      file,
      targets.filter((target) => files.includes(target)),
    );
  }
  return graph;
}

/** The first import cycle found, as the path that closes it, or `undefined`. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const done = new Set<string>();
  const visit = (node: string, path: string[]): string[] | undefined => {
    if (path.includes(node)) return [...path.slice(path.indexOf(node)), node];
    if (done.has(node)) return undefined;
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next, [...path, node]);
      if (cycle) return cycle;
    }
    done.add(node);
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node, []);
    if (cycle) return cycle;
  }
  return undefined;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('CLI: module structure', () => {
  it('the CLI’s modules import one another without a cycle (type-only imports included)', () => {
    const files = [join(root, 'src/cli.ts'), ...filesUnder(join(root, 'src/cli'))];
    const graph = importGraph(files);
    expect(graph.get(join(root, 'src/cli/run.ts'))).toContain(join(root, 'src/cli/commands/index.ts'));
    expect(findCycle(graph)?.map((file) => file.slice(root.length + 1))).toBeUndefined();
  });

  it('the cycle check finds a cycle, and passes a graph without one', () => {
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCycle(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toBeUndefined();
  });
});
