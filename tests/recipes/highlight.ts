import { segments } from '../../src/index.js';

const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

// Each quote a segment lists becomes a <q>, outermost first; a nested quotation nests.
export const html = segments('p10')!
  .map((s) => s.quotes.reduceRight((inner, q) => `<q class="${q.kind}" data-quote-id="${q.id}">${inner}</q>`, escapeHtml(s.text)))
  .join('');
