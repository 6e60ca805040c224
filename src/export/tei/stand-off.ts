import type { Block, Event, NamedEntity, Place } from '../../types/index.js';
import { recordsById } from '../../internal/derived-of.js';
import type { TeiData } from '../to-tei.js';
import { teiDateAttributes } from './event-dates.js';
import { pointers } from './ids.js';
import { categoryPointer } from './vocabularies.js';
import { escapeXmlText, xmlElement, xmlTextElement } from './xml.js';

/** The preferred name, each printed form, the description and the editors' note on the name. */
function names(nameElement: string, entity: NamedEntity): string {
  const printed = entity.variants.map((variant) => xmlTextElement(nameElement, { type: 'printed' }, variant)).join('');
  return xmlTextElement(nameElement, { type: 'preferred' }, entity.name) + printed;
}

function notesOn(entity: NamedEntity): string {
  const description = xmlTextElement('note', { type: 'description' }, entity.description);
  return entity.nameNote === null ? description : description + xmlTextElement('note', { type: 'name', resp: '#editors' }, entity.nameNote);
}

function place(record: Place): string {
  const geo = record.coordinates
    ? xmlElement('location', { resp: '#editors' }, xmlTextElement('geo', {}, `${record.coordinates[1]} ${record.coordinates[0]}`))
    : '';
  const coordinatesNote = record.coordinatesNote === null ? '' : xmlTextElement('note', { type: 'coordinates', resp: '#editors' }, record.coordinatesNote);
  return xmlElement(
    'place',
    { 'xml:id': record.id, type: record.kind, ana: categoryPointer('place-kind', record.kind) },
    names('placeName', record) + geo + notesOn(record) + coordinatesNote,
  );
}

/** `@evidence` for each date basis: the essay's own word, a conjecture from it, or outside knowledge. */
const evidence = { stated: 'internal', inferred: 'conjecture', editorial: 'external' } as const;

/** Whether an EDTF date is approximate or uncertain (`~`, `?`, `%`): the event's dating has `@cert="medium"`. */
const isQualified = (edtf: string): boolean => /[~?%]/.test(edtf);

interface EventContext {
  readonly blockXmlId: (blockId: string) => string;
  readonly blocks: readonly Block[];
  readonly people: TeiData['people'];
  readonly organisations: TeiData['organisations'];
}

/** The participants, as names pointing at their records, each with `@role="participant"`. */
function participants(record: Event, context: EventContext): string {
  const named = [
    ...record.personIds.map((id) => ['persName', id, recordsById(context.people).get(id)?.name ?? id] as const),
    ...record.organisationIds.map((id) => ['orgName', id, recordsById(context.organisations).get(id)?.name ?? id] as const),
  ];
  if (!named.length) return '';
  const list = named.map(([element, id, name]) => xmlTextElement(element, { ref: `#${id}`, role: 'participant' }, name)).join('; ');
  return xmlElement('desc', { type: 'participants', resp: '#editors' }, list);
}

/** The essay's words the event is told in, where the summary repeats them: a `quote` with `@source` the block. */
function passage(record: Event, context: EventContext): string {
  const summary = record.summary.trim();
  if (summary.replace(/\.$/, '') === record.title) return '';
  const words = summary.replace(/\.$/, '');
  const block = context.blocks.find((candidate) => candidate.text.includes(words));
  if (!block) return xmlTextElement('note', { type: 'summary', resp: '#editors' }, summary);
  return xmlElement('note', { type: 'passage' }, xmlTextElement('quote', { source: `#${context.blockXmlId(block.id)}` }, summary));
}

function event(record: Event, context: EventContext): string {
  const date = xmlElement(
    'note',
    { type: 'date', subtype: record.dateBasis, resp: record.dateBasis === 'stated' ? null : '#editors' },
    `${escapeXmlText(`EDTF ${record.date}; the essay’s words: `)}${xmlTextElement('quote', {}, record.dateText)}${record.dateNote === null ? '' : escapeXmlText(`. ${record.dateNote}`)}`,
  );
  const links = (
    [
      ['sources', record.sourceIds],
      ['passages', record.blockIds.map(context.blockXmlId)],
    ] as const
  )
    .filter(([, ids]) => ids.length)
    .map(([type, ids]) => xmlElement('ptr', { type, target: pointers(ids) }))
    .join('');
  const attributes = {
    'xml:id': record.id,
    ...teiDateAttributes(record.date),
    cert: isQualified(record.date) ? 'medium' : null,
    evidence: evidence[record.dateBasis],
    ana: categoryPointer('date-basis', record.dateBasis),
    where: pointers(record.placeIds),
  };
  return xmlElement(
    'event',
    attributes,
    xmlTextElement('desc', { resp: '#editors' }, record.title) + participants(record, context) + date + passage(record, context) + links,
  );
}

/** The argument: which claim supports which, and the evidence of each (quotes, citations, events). */
function argument(claims: TeiData['claims']): string {
  const relations = claims.flatMap((claim) => {
    const supports = claim.supports.map((id) => xmlElement('relation', { name: 'supports', active: `#${claim.id}`, passive: `#${id}` }));
    const { quoteIds, citationIds, eventIds } = claim.evidence;
    const evidenceIds = [...quoteIds, ...citationIds, ...eventIds];
    return evidenceIds.length ? [...supports, xmlElement('relation', { name: 'evidence', active: pointers(evidenceIds), passive: `#${claim.id}` })] : supports;
  });
  return relations.length ? xmlElement('listRelation', { type: 'argument' }, relations.join('\n')) : '';
}

/** Who spoke or wrote each quotation, people and bodies: `quote` takes no `@who`, so the ascription is a relation from the speakers to the words. */
function speakers(quotes: TeiData['quotes']): string {
  const relations = quotes
    .filter((quote) => quote.speakerIds.length + quote.speakerOrganisationIds.length > 0)
    .map((quote) =>
      xmlElement('relation', { name: 'speaker', active: pointers([...quote.speakerIds, ...quote.speakerOrganisationIds]), passive: `#${quote.id}` }),
    );
  return relations.length ? xmlElement('listRelation', { type: 'speakers' }, relations.join('\n')) : '';
}

/** The `standOff`: people, places, organisations, events, the argument's relations and the quotations' speakers. */
export function teiStandOff(data: TeiData, blockXmlId: (blockId: string) => string): string {
  // TEI allows no empty list: a list with nothing to hold is left out, and so is an empty standOff.
  const list = (name: string, items: readonly string[]) => (items.some(Boolean) ? `<${name}>\n${items.filter(Boolean).join('\n')}\n</${name}>` : '');
  const context: EventContext = { blockXmlId, blocks: data.blocks, people: data.people, organisations: data.organisations };
  return list('standOff', [
    list(
      'listPerson',
      data.people.map((record) => xmlElement('person', { 'xml:id': record.id }, names('persName', record) + notesOn(record))),
    ),
    list('listPlace', data.places.map(place)),
    list(
      'listOrg',
      data.organisations.map((record) => xmlElement('org', { 'xml:id': record.id }, names('orgName', record) + notesOn(record))),
    ),
    list(
      'listEvent',
      data.events.map((record) => event(record, context)),
    ),
    argument(data.claims),
    speakers(data.quotes),
  ]);
}
