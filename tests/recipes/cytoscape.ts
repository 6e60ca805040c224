import cytoscape, { type ElementDefinition } from 'cytoscape';
import { toGraph } from '../../src/index.js';

const { nodes, links } = toGraph({ kinds: ['person', 'event'], dropIsolated: true });
export const elements: ElementDefinition[] = [...nodes.map((data) => ({ data })), ...links.map((data) => ({ data }))];
export const cy = cytoscape({
  headless: true, // in a page: container: document.getElementById('network')
  elements,
  layout: { name: 'cose' },
});
