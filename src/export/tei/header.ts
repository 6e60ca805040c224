import { version } from '../../../package.json';
import type { TeiData } from '../to-tei.js';
import { classDecl } from './vocabularies.js';
import { escapeXmlText, xmlElement, xmlTextElement } from './xml.js';

/** The address of the MIT licence's text. */
const mitLicence = 'https://opensource.org/license/mit';

const editorialDeclaration = [
  [
    'correction',
    'The printed text is never changed: every character is kept, misspellings, slips of fact, irregular quotation marks and missing spaces included. A correction is offered beside the printed words, on the smallest stretch it changes, in a choice inside the name, quotation or citation it corrects, so that both readings keep their markup: sic (the words as printed) with corr (the editors’ correction); a missing space or mark is an empty sic with the corr that supplies it. Where nothing can be substituted (a quotation mark never opened or closed), the marks are in sic alone. sic marks only words that are wrong: where the editors comment without correcting (a fact from outside the essay, a page range the entry lacks), the words are a seg of type noted. The editors’ notes are not in the reading text: they are collected in the notes division of the back, each with @target the words it is about and @type its kind.',
  ],
  [
    'normalization',
    'Names printed without their diacritics (Gomulka, Poznan, Boleslaw), in another transliteration (Vladislaw), without the dividing apostrophe of pinyin (Yanan) or in the Western order (Xiaoguang Qiao) are regularised, not corrected: the printed form in orig, the editors’ form in reg, within a choice. Nothing else is normalised. The lists of people, places and organisations give each preferred name and every printed form.',
  ],
  [
    'quotation',
    'Quotation marks are kept as printed, in the text, outside the elements for what they enclose (quote, soCalled, title), which cover only the words between the marks; each such element has rend="printed-marks", so that a renderer adds none. Irregular marks are kept: marks never closed or never opened, a straight mark closed by a curly one, two single marks for one double.',
  ],
  ['hyphenation', 'The source is a web page: it has no line-end hyphenation. Hyphens and dashes are kept as printed, the double hyphen "--" included.'],
  [
    'segmentation',
    'One div per section, nested as the outline, one p per paragraph, the bibliography a listBibl in the back. A claim of the argument is a seg of type claim on its words. Where two annotations cross, one is cut in parts joined by @next and @prev.',
  ],
  [
    'interpretation',
    'Everything the essay does not say is the editors’ and is marked resp="#editors": corrections, regularisations, notes, preferred names, participants, coordinates and dates from outside knowledge. Each event’s date says its basis (@ana, @evidence): stated by the essay, inferred from its words, or editorial.',
  ],
] as const;

/** The parts of the blog page that are not part of the essay and are left out. */
const sampling =
  'The essay as the blog page printed it, complete. Left out are the two lines the blog printed after the bibliography, which are not part of the essay: “No comments:” and “Post a Comment”. Runs of blank lines are not kept: each heading, paragraph and entry is one element.';

/** The header's `publicationStmt`: who publishes the encoding, under which licence, and the essay's own status. */
function publicationStmt(): string {
  const essay = `The essay is reproduced unchanged as the object of the edition and is not licensed by the package: its copyright remains with its author, whom the source does not name, and no licence to it is known.`;
  const encoding = `The encoding, the annotations and the editorial layer are under the MIT licence.`;
  return [
    '<publicationStmt>',
    xmlTextElement('authority', {}, 'The destalinisation-essay contributors'),
    xmlTextElement('idno', { type: 'npm' }, `destalinisation-essay@${version}`),
    xmlElement('availability', { status: 'restricted' }, `${xmlTextElement('licence', { target: mitLicence }, encoding)}<p>${escapeXmlText(essay)}</p>`),
    '</publicationStmt>',
  ].join('');
}

/**
 * The `teiHeader`: the title; the edition (the package version); the publication statement with the
 * licences; the source, the blog post as the essay gives it (title, date of writing, dateline; no
 * author, blog or address, which it does not print); the encoding: what is left out, the editorial
 * declaration, the taxonomies of every typed vocabulary; the language; the revision.
 */
export function teiHeader(data: Pick<TeiData, 'essay' | 'blocks'>): string {
  const blockText = (kind: string): string => data.blocks.find((block) => block.kind === kind)?.text ?? '';
  const title = xmlTextElement('title', {}, data.essay.title);
  const editors = xmlElement(
    'respStmt',
    { 'xml:id': 'editors' },
    `<resp>edited and encoded by</resp><name>the editors of the destalinisation-essay package</name>`,
  );
  const written = xmlTextElement('date', { type: 'written', when: data.essay.written }, blockText('date'));
  const published = xmlTextElement('date', { type: 'published', when: data.essay.published }, blockText('dateline'));
  const application = /^[0-9]+(\.[0-9]+){0,3}$/.test(version)
    ? `<appInfo>${xmlElement('application', { ident: 'destalinisation-essay', version }, '<label>destalinisation-essay</label>')}</appInfo>`
    : '';
  const source = xmlElement(
    'bibl',
    { type: 'blog-post' },
    `${xmlTextElement('title', { type: 'main' }, data.essay.title)}. ${escapeXmlText('A blog post: written ')}${written}${escapeXmlText(', published ')}${published}. ${xmlTextElement('note', {}, 'The page names neither its author nor its blog, and prints no address.')}`,
  );
  return [
    '<teiHeader>',
    '<fileDesc>',
    `<titleStmt>${title}${editors}</titleStmt>`,
    `<editionStmt>${xmlTextElement('edition', { n: version }, `destalinisation-essay ${version}`)}</editionStmt>`,
    publicationStmt(),
    `<sourceDesc>${source}</sourceDesc>`,
    '</fileDesc>',
    '<encodingDesc>',
    application,
    `<samplingDecl><p>${escapeXmlText(sampling)}</p></samplingDecl>`,
    `<editorialDecl>${editorialDeclaration
      .map(([name, text]) => `<${name}${name === 'quotation' ? ' marks="all"' : ''}><p>${escapeXmlText(text)}</p></${name}>`)
      .join('')}</editorialDecl>`,
    classDecl(),
    '</encodingDesc>',
    `<profileDesc><creation>${xmlTextElement('date', { when: data.essay.written }, blockText('date'))}</creation><langUsage>${xmlTextElement('language', { ident: data.essay.language }, 'English')}</langUsage></profileDesc>`,
    `<revisionDesc>${xmlTextElement('change', { n: version, who: '#editors' }, `Encoded by toTei() of destalinisation-essay ${version} from the package’s data; the package’s changelog lists what changed between versions.`)}</revisionDesc>`,
    '</teiHeader>',
  ].join('\n');
}
