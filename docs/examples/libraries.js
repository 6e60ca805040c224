// The package with the usual libraries: each visualisation hands the package's output to the
// library with a few lines of glue (the lines between the imports and the styling). Everything is
// served locally: the built package from dist/, the libraries from node_modules/.
import { blocks, caseStudies, segmentTree, timeline, toGeoJson, toGraph } from '../../dist/index.js';
import * as L from '../../node_modules/leaflet/dist/leaflet-src.esm.js';
import { Timeline } from '../../node_modules/vis-timeline/standalone/esm/vis-timeline-graph2d.min.js';
import cytoscape from '../../node_modules/cytoscape/dist/cytoscape.esm.min.mjs';

// ---------------------------------------------------------------- map: Leaflet (4 lines of glue)
// No tile layer: tiles cannot be fetched offline, and the markers are the point here.
const map = L.map('map', { attributionControl: false });
const marker = (place, latlng) => L.circleMarker(latlng, { radius: 4 + 2 * place.properties.eventCount, className: 'place-marker' });
const layer = L.geoJSON(toGeoJson(), { pointToLayer: (place, latlng) => marker(place, latlng).bindTooltip(place.properties.name) });
map.fitBounds(layer.addTo(map).getBounds(), { padding: [30, 30] });

// ---------------------------------------------------------------- timeline: vis-timeline (5 lines of glue)
const dayAfter = (iso) => new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10); // vis-timeline's end is exclusive
const items = timeline().map((e) => ({
  id: e.id,
  group: e.caseStudyId,
  content: e.title,
  title: e.dateText,
  start: e.days.first,
  end: dayAfter(e.days.last),
  className: e.days.start === 'open' ? 'open-start' : e.dateBasis,
}));
const groups = caseStudies.map((c) => ({ id: c.id, content: c.name }));
new Timeline(document.getElementById('timeline'), items, groups, { dataAttributes: ['id'], zoomable: false });

// ---------------------------------------------------------------- network: Cytoscape (3 lines of glue)
const { nodes, links } = toGraph({ dropIsolated: true });
const elements = [...nodes.map((data) => ({ data })), ...links.map((data) => ({ data }))];
const style = [
  { selector: 'node', style: { label: 'data(label)', 'font-size': 7, width: 10, height: 10 } },
  { selector: 'edge', style: { width: 0.5, 'line-color': '#ccc' } },
  { selector: 'node[kind = "event"]', style: { 'background-color': '#b23a3a' } },
  { selector: 'node[kind = "person"]', style: { 'background-color': '#2b5c9e' } },
];
window.network = cytoscape({ container: document.getElementById('network'), elements, style, layout: { name: 'cose', animate: false } });

// ---------------------------------------------------------------- essay: segmentTree (5 lines of glue)
// One <mark> per quotation, a nested one inside its parent.
const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const mark = (n) =>
  n.kind === 'text' ? escapeHtml(n.text) : `<mark class="quote ${n.record.kind}" data-quote-id="${n.record.id}">${n.children.map(mark).join('')}</mark>`;
for (const block of blocks) {
  const tag = block.kind === 'heading' ? 'h3' : 'p';
  document.getElementById('essay').insertAdjacentHTML(
    'beforeend',
    `<${tag}>${segmentTree(block.id, { include: ['quotes'] })
      .map(mark)
      .join('')}</${tag}>`,
  );
}

document.body.dataset.ready = 'true';
