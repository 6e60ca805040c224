// The package with the usual libraries: each visualisation is the package's output handed to the
// library, plus a few lines of glue (marked "glue"). Everything is served locally: the built
// package from dist/, the libraries from node_modules/.
import { blocks, caseStudies, segments, timeline, toGeoJson, toGraph } from '../../dist/index.js';
import * as L from '../../node_modules/leaflet/dist/leaflet-src.esm.js';
import { Timeline } from '../../node_modules/vis-timeline/standalone/esm/vis-timeline-graph2d.min.js';
import cytoscape from '../../node_modules/cytoscape/dist/cytoscape.esm.min.mjs';

// ---------------------------------------------------------------- map: Leaflet, 3 lines of glue
const map = L.map('map', { attributionControl: false }); // glue
const marker = (feature, latlng) => L.circleMarker(latlng, { radius: 4 + 2 * feature.properties.eventCount, className: 'place-marker' }).bindTooltip(feature.properties.name); // glue
map.fitBounds(L.geoJSON(toGeoJson(), { pointToLayer: marker }).addTo(map).getBounds(), { padding: [30, 30] }); // glue

// ---------------------------------------------------------------- timeline: vis-timeline, 3 lines of glue
const dayAfter = (iso) => new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10); // glue: vis-timeline's end is exclusive
const items = timeline().map((e) => ({ id: e.id, group: e.caseStudyId, content: e.title, title: e.dateText, start: e.days.first, end: dayAfter(e.days.last), className: e.days.start === 'open' ? 'open-start' : e.dateBasis })); // glue
new Timeline(document.getElementById('timeline'), items, caseStudies.map((c) => ({ id: c.id, content: c.name })), { dataAttributes: ['id'], zoomable: false }); // glue

// ---------------------------------------------------------------- network: Cytoscape, 2 lines of glue
const { nodes, links } = toGraph({ dropIsolated: true });
window.network = cytoscape({ container: document.getElementById('network'), elements: [...nodes.map((data) => ({ data })), ...links.map((data) => ({ data }))], layout: { name: 'cose', animate: false }, // glue
  style: [{ selector: 'node', style: { label: 'data(label)', 'font-size': 7, width: 10, height: 10 } }, { selector: 'edge', style: { width: 0.5, 'line-color': '#ccc' } }, { selector: 'node[kind = "event"]', style: { 'background-color': '#b23a3a' } }, { selector: 'node[kind = "person"]', style: { 'background-color': '#2b5c9e' } }] }); // glue

// ---------------------------------------------------------------- essay: segments, 4 lines of glue
const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`); // glue
const mark = (s) => s.quotes.reduceRight((inner, q) => `<mark class="quote ${q.kind}" data-quote-id="${q.id}">${inner}</mark>`, escape(s.text)); // glue
for (const block of blocks) {
  document.getElementById('essay').insertAdjacentHTML('beforeend', `<${block.kind === 'heading' ? 'h3' : 'p'}>${segments(block.id).map(mark).join('')}</${block.kind === 'heading' ? 'h3' : 'p'}>`); // glue
}

document.body.dataset.ready = 'true';
