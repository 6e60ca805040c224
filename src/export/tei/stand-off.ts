import { claims } from '../../collections/claims.js';
import { events } from '../../collections/events.js';
import { organisations } from '../../collections/organisations.js';
import { people } from '../../collections/people.js';
import { places } from '../../collections/places.js';
import type { Event, NamedEntity, Place } from '../../types/index.js';
import { teiDateAttributes } from './event-dates.js';
import { pointers } from './ids.js';
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
  return xmlElement('place', { 'xml:id': record.id }, names('placeName', record) + geo + notesOn(record) + coordinatesNote);
}

function event(record: Event, blockXmlId: (blockId: string) => string): string {
  const date = xmlElement(
    'note',
    { type: 'date', subtype: record.dateBasis, resp: record.dateBasis === 'stated' ? null : '#editors' },
    `${escapeXmlText(`EDTF ${record.date}; the essay’s words: `)}${xmlTextElement('q', {}, record.dateText)}${record.dateNote === null ? '' : escapeXmlText(`. ${record.dateNote}`)}`,
  );
  const links = (
    [
      ['participants', record.personIds],
      ['places', record.placeIds],
      ['organisations', record.organisationIds],
      ['sources', record.sourceIds],
      ['passages', record.blockIds.map(blockXmlId)],
    ] as const
  )
    .filter(([, ids]) => ids.length)
    .map(([type, ids]) => xmlElement('ptr', { type, target: pointers(ids) }))
    .join('');
  return xmlElement(
    'event',
    { 'xml:id': record.id, ...teiDateAttributes(record.date) },
    xmlTextElement('label', {}, record.title) + xmlTextElement('desc', {}, record.summary) + date + links,
  );
}

/** The argument: which claim supports which, and the evidence of each (quotes, citations, events). */
function argument(): string {
  const relations = claims.flatMap((claim) => {
    const supports = claim.supports.map((id) => xmlElement('relation', { name: 'supports', active: `#${claim.id}`, passive: `#${id}` }));
    const { quoteIds, citationIds, eventIds } = claim.evidence;
    const evidence = [...quoteIds, ...citationIds, ...eventIds];
    return evidence.length ? [...supports, xmlElement('relation', { name: 'evidence', active: pointers(evidence), passive: `#${claim.id}` })] : supports;
  });
  return xmlElement('listRelation', { type: 'argument' }, relations.join('\n'));
}

/** The `standOff`: people, places, organisations, events and the argument's relations. */
export function teiStandOff(blockXmlId: (blockId: string) => string): string {
  const list = (name: string, items: readonly string[]) => `<${name}>\n${items.join('\n')}\n</${name}>`;
  return list('standOff', [
    list('listPerson', people.map((record) => xmlElement('person', { 'xml:id': record.id }, names('persName', record) + notesOn(record)))),
    list('listPlace', places.map(place)),
    list('listOrg', organisations.map((record) => xmlElement('org', { 'xml:id': record.id }, names('orgName', record) + notesOn(record)))),
    list('listEvent', events.map((record) => event(record, blockXmlId))),
    argument(),
  ]);
}
