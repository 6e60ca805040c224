import { segmentTree, type SegmentNode } from '../../src/index.js';

const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

// One <q> per quotation, term or title, the quotations nested in it inside it.
const render = (node: SegmentNode): string => {
  if (node.kind === 'text') return escapeHtml(node.text);
  const inner = node.children.map(render).join('');
  return node.kind === 'quote' ? `<q class="${node.record.kind}" data-quote-id="${node.record.id}">${inner}</q>` : inner;
};
export const html = segmentTree('p10', { include: ['quotes'] })!
  .map(render)
  .join('');
// The essay prints its own quotation marks: keep the browser from adding a pair around each <q>.
export const css = 'q { quotes: none; }';
