// An example page built on the package alone: plain SVG and DOM, no dependencies.
// It imports the built ES module, as a site that installs the package would.
import {
  blocks,
  caseStudies,
  citations,
  dateRange,
  essay,
  formatLocator,
  formatReference,
  getCitation,
  getNote,
  getPerson,
  getQuote,
  getSection,
  people,
  quotes,
  quotesIn,
  segmentTree,
  timeline,
} from '../../dist/index.js';

const SVG = 'http://www.w3.org/2000/svg';
// One colour per case study, in the order of the data's case studies (the rows of the timeline).
const palette = ['#b23a3a', '#c27c0e', '#2f7d4f', '#2b5c9e', '#6b4c9a', '#555'];
const groupColours = Object.fromEntries(caseStudies.map((c, i) => [c.name, palette[i % palette.length]]));
const caseStudyNames = new Map(caseStudies.map((c) => [c.id, c.name]));

function el(name, attributes = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function html(name, attributes = {}, text) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

// ---------------------------------------------------------------- timeline

function drawTimeline(svg) {
  const events = timeline();
  const from = dayOf('1952-07-01');
  const to = dayOf('1970-06-30');
  const left = 120;
  const width = 1120;
  const x = (day) => left + ((day - from) / (to - from)) * (width - left - 20);
  const laneHeight = 22;
  const rows = Object.keys(groupColours).map((name) => ({ name, lanes: [] }));

  const defs = el('defs');
  for (const [name, colour] of Object.entries(groupColours)) {
    const id = `hatch-${name.replace(/\s/g, '')}`;
    const pattern = el('pattern', { id, width: 5, height: 5, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
    pattern.append(el('rect', { width: 5, height: 5, fill: '#fff' }), el('rect', { width: 2.5, height: 5, fill: colour }));
    const fade = el('linearGradient', { id: `fade-${name.replace(/\s/g, '')}` });
    fade.append(
      el('stop', { offset: '0%', 'stop-color': colour, 'stop-opacity': 0 }),
      el('stop', { offset: '100%', 'stop-color': colour, 'stop-opacity': 0.9 }),
    );
    defs.append(pattern, fade);
  }
  svg.append(defs);

  // Pack each group's events into lanes so that marks and labels never overlap.
  const placed = events.map((event) => {
    const range = dateRange(event.date);
    const start = range.start === null ? from : dayOf(range.start);
    const end = range.end === null ? to : dayOf(range.end);
    const label = event.shortTitle;
    const x0 = x(start);
    const x1 = Math.max(x(end + 1), x0 + 6);
    const row = rows.find((r) => r.name === caseStudyNames.get(event.caseStudyId));
    const labelWidth = label.length * 5.6;
    const labelLeft = x1 + 6 + labelWidth > width - 10; // no room on the right: put the label before the mark
    const begin = labelLeft ? x0 - 6 - labelWidth : x0;
    const extent = labelLeft ? x1 : x1 + 6 + labelWidth;
    let lane = row.lanes.findIndex((rightmost) => rightmost < begin - 4);
    if (lane === -1) lane = row.lanes.push(0) - 1;
    row.lanes[lane] = extent;
    return { event, range, x0, x1, label, labelLeft, row, lane };
  });

  let y = 34;
  for (const row of rows) {
    row.top = y;
    y += Math.max(1, row.lanes.length) * laneHeight + 18;
  }
  const height = y + 8;
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);

  for (let year = 1953; year <= 1970; year++) {
    const tx = x(dayOf(`${year}-01-01`));
    svg.append(el('line', { x1: tx, x2: tx, y1: 24, y2: height - 6, stroke: '#eee' }));
    svg.append(el('text', { x: tx, y: 16, 'text-anchor': 'middle', fill: '#666' }, String(year)));
  }
  for (const row of rows) {
    const colour = groupColours[row.name];
    svg.append(el('text', { x: 12, y: row.top + 14, 'font-weight': 'bold', fill: colour }, row.name));
    svg.append(el('line', { x1: left - 8, x2: width - 10, y1: row.top - 6, y2: row.top - 6, stroke: '#e3e0d8' }));
  }

  for (const { event, range, x0, x1, label, labelLeft, row, lane } of placed) {
    const colour = groupColours[row.name];
    const key = row.name.replace(/\s/g, '');
    const top = row.top + lane * laneHeight;
    const uncertain = /[~?%]/.test(event.date) || range.start === null || range.end === null;
    const fill = uncertain ? `url(#fade-${key})` : event.dateBasis === 'inferred' ? `url(#hatch-${key})` : event.dateBasis === 'editorial' ? '#fff' : colour;
    const mark = el('g', { class: 'event-mark', 'data-event-id': event.id, 'data-date-basis': event.dateBasis, 'data-uncertain': uncertain });
    mark.append(
      el('rect', {
        x: x0,
        y: top + 3,
        width: x1 - x0,
        height: 12,
        rx: 3,
        fill,
        stroke: colour,
        'stroke-width': 1.2,
        'stroke-dasharray': event.dateBasis === 'editorial' ? '3 2' : 'none',
      }),
      labelLeft ? el('text', { x: x0 - 5, y: top + 13, 'text-anchor': 'end' }, label) : el('text', { x: x1 + 5, y: top + 13 }, label),
      el('title', {}, `${event.title}\n${event.dateText} (${event.date}, ${event.dateBasis})${event.dateNote ? `\n${event.dateNote}` : ''}`),
    );
    svg.append(mark);
  }
}

// ---------------------------------------------------------------- network

function drawNetwork(svg) {
  const events = timeline();
  const width = 1120;
  const height = 700;
  const band = 64; // people who take part in no event are listed along the bottom
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);

  const inEvents = new Set(events.flatMap((e) => e.personIds));
  const connected = [
    ...people.filter((p) => inEvents.has(p.id)).map((p) => ({ id: `person:${p.id}`, kind: 'person', record: p, label: p.name })),
    ...events.filter((e) => e.personIds.length > 0).map((e) => ({ id: `event:${e.id}`, kind: 'event', record: e, label: e.title })),
  ];
  const byId = new Map(connected.map((n) => [n.id, n]));
  const links = events.flatMap((e) => e.personIds.map((p) => ({ source: byId.get(`person:${p}`), target: byId.get(`event:${e.id}`) })));

  // Fruchterman–Reingold, from a deterministic start (a circle), so the drawing is the same every time.
  const area = { x: 40, y: 30, w: width - 200, h: height - band - 60 };
  const cx = area.x + area.w / 2;
  const cy = area.y + area.h / 2;
  connected.forEach((n, i) => {
    const angle = (i / connected.length) * 2 * Math.PI;
    n.x = cx + (area.w / 3) * Math.cos(angle);
    n.y = cy + (area.h / 3) * Math.sin(angle);
  });
  const k = Math.sqrt((area.w * area.h) / connected.length) * 0.5;
  const steps = 400;
  for (let step = 0; step < steps; step++) {
    const temperature = (area.w / 8) * (1 - step / steps) + 0.5;
    for (const n of connected) {
      n.dx = (cx - n.x) * 0.35;
      n.dy = (cy - n.y) * 0.5;
    }
    for (let i = 0; i < connected.length; i++) {
      for (let j = i + 1; j < connected.length; j++) {
        const a = connected[i];
        const b = connected[j];
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        const d = Math.max(Math.hypot(dx, dy), 0.5);
        const push = (k * k) / d / d;
        a.dx += dx * push;
        a.dy += dy * push;
        b.dx -= dx * push;
        b.dy -= dy * push;
      }
    }
    for (const { source, target } of links) {
      const dx = target.x - source.x;
      const dy = target.y - source.y;
      const d = Math.max(Math.hypot(dx, dy), 0.5);
      const pull = d / k;
      source.dx += dx * pull;
      source.dy += dy * pull;
      target.dx -= dx * pull;
      target.dy -= dy * pull;
    }
    for (const n of connected) {
      const length = Math.max(Math.hypot(n.dx, n.dy), 0.01);
      n.x = Math.min(area.x + area.w, Math.max(area.x, n.x + (n.dx / length) * Math.min(length, temperature)));
      n.y = Math.min(area.y + area.h, Math.max(area.y, n.y + (n.dy / length) * Math.min(length, temperature)));
    }
  }

  for (const { source, target } of links) {
    svg.append(el('line', { class: 'network-link', x1: source.x, y1: source.y, x2: target.x, y2: target.y }));
  }
  const degree = (node) => links.filter((l) => l.source === node || l.target === node).length;
  const drawNode = (node, x, y) => {
    const attributes = { class: `network-node ${node.kind}`, transform: `translate(${x.toFixed(1)} ${y.toFixed(1)})` };
    attributes[node.kind === 'person' ? 'data-person-id' : 'data-event-id'] = node.record.id;
    const g = el('g', attributes);
    g.append(el('circle', { r: node.kind === 'person' ? 4 + Math.min(degree(node), 12) * 0.5 : 4 }));
    if (node.kind === 'person') g.append(el('text', { x: 9, y: 4 }, node.label));
    g.append(el('title', {}, node.kind === 'person' ? `${node.label}: ${node.record.description}` : `${node.label} (${node.record.dateText})`));
    svg.append(g);
  };
  for (const node of connected.filter((n) => n.kind === 'event')) drawNode(node, node.x, node.y);
  for (const node of connected.filter((n) => n.kind === 'person')) drawNode(node, node.x, node.y);

  // Events with no named participant, and people in no event, along the bottom.
  const loneEvents = events.filter((e) => e.personIds.length === 0);
  const lonePeople = people.filter((p) => !inEvents.has(p.id));
  const top = height - band;
  svg.append(el('line', { x1: 20, x2: width - 20, y1: top - 8, y2: top - 8, stroke: '#e3e0d8' }));
  svg.append(
    el(
      'text',
      { x: 20, y: top + 6, fill: '#666' },
      `In no event (${lonePeople.length} people, mostly the scholars cited) · events with no named person (${loneEvents.length}):`,
    ),
  );
  lonePeople.forEach((p, i) => {
    drawNode({ kind: 'person', record: p, label: p.name }, 26 + (i % 9) * 122, top + 24 + Math.floor(i / 9) * 16);
  });
  loneEvents.forEach((e, i) => {
    drawNode({ kind: 'event', record: e, label: e.title }, width - 20 - (loneEvents.length - i) * 12, top + 6);
  });
}

// ---------------------------------------------------------------- essay

/**
 * The block's text with quotes and citations as nested elements, from the package's segment tree
 * (one node per quote or citation, a nested quotation inside its parent). Each quote is one
 * element; an outermost quote is a button, and a quote nested in it is marked but not a second
 * button inside the first (a control inside a control is out of reach of the keyboard and of
 * screen readers): its parent's panel lists it with a button of its own.
 */
function annotatedBlock(block, container) {
  const draw = (node, parent, insideQuote) => {
    if (node.kind === 'text') {
      parent.append(node.text);
      return;
    }
    const element =
      node.kind === 'quote'
        ? html('mark', {
            class: `quote ${node.record.kind}`,
            'data-quote-id': node.record.id,
            ...(insideQuote ? {} : { tabindex: 0, role: 'button' }),
          })
        : html('span', { class: 'citation', 'data-citation-id': node.record.id, title: formatReference(node.record.referenceId, 'chicago-author-date') });
    for (const child of node.children) draw(child, element, insideQuote || node.kind === 'quote');
    parent.append(element);
  };
  for (const node of segmentTree(block.id, { include: ['quotes', 'citations'] })) draw(node, container, false);
}

function drawEssay(article) {
  for (const block of blocks) {
    if (block.kind === 'title') continue;
    let node;
    if (block.kind === 'heading') node = html(`h${Math.min(5, getSection(block.sectionId).level + 2)}`);
    else if (block.kind === 'pullquote') node = html('blockquote', { class: 'pullquote' });
    else if (block.kind === 'paragraph') node = html('p', { 'data-n': block.n, id: block.id });
    else node = html('p', { class: block.kind === 'date' ? 'date' : block.kind });
    annotatedBlock(block, node);
    article.append(node);
  }
}

function showQuote(panel, quoteId) {
  const quote = getQuote(quoteId);
  const citation = quote.citationId ? getCitation(quote.citationId) : undefined;
  panel.replaceChildren();
  panel.append(html('h3', {}, quote.kind === 'quotation' ? 'Quotation' : quote.kind === 'term' ? 'Term' : 'Title'));
  panel.append(html('blockquote', {}, `‘${quote.text}’`));
  const dl = html('dl');
  const row = (term, value) => {
    if (!value) return;
    dl.append(html('dt', {}, term), html('dd', { 'data-field': term.toLowerCase() }, value));
  };
  row('Speaker', quote.speakerIds.map((id) => getPerson(id)?.name ?? id).join(', ') || '—');
  row('Source', quote.referenceId ? formatReference(quote.referenceId, 'chicago-author-date') : '—');
  row('Locator', quote.locator ? formatLocator(quote.locator) : '—');
  row('Cited as', citation?.text);
  // A quotation nested in another is not a button in the text (a button inside a button): the
  // panels link the two, the parent to the quotations it holds and each of those back to it.
  const quoteButtons = (term, field, list) => {
    if (list.length === 0) return;
    const dd = html('dd', { 'data-field': field });
    for (const q of list) {
      const label = `‘${q.text.length > 50 ? `${q.text.slice(0, 49)}…` : q.text}’`;
      const button = html('button', { type: 'button', class: 'inner-quote', 'data-show-quote': q.id }, label);
      button.addEventListener('click', () => showQuote(panel, q.id));
      dd.append(button);
    }
    dl.append(html('dt', {}, term), dd);
  };
  quoteButtons('Inside', 'inside', quote.parentId ? [getQuote(quote.parentId)] : []);
  quoteButtons(
    'Holds',
    'holds',
    quotesIn(quote.blockId).filter((q) => q.parentId === quote.id),
  );
  row('Why', quote.rationale);
  row('Note', quote.noteIds.map((id) => getNote(id)?.note).join(' '));
  panel.append(dl);
  for (const marked of document.querySelectorAll('mark.quote.selected')) marked.classList.remove('selected');
  document.querySelector(`[data-quote-id="${quoteId}"]`)?.classList.add('selected');
}

// ---------------------------------------------------------------- page

document.getElementById('title').textContent = essay.title;
document.getElementById('dates').textContent =
  `Written ${essay.written} · published ${essay.published} · ${blocks.length} blocks, ${quotes.length} quotations, ${citations.length} citations`;
drawTimeline(document.getElementById('timeline'));
drawNetwork(document.getElementById('network'));
drawEssay(document.getElementById('essay'));

const panel = document.getElementById('panel');
document.getElementById('essay').addEventListener('click', (event) => {
  const mark = event.target.closest('mark.quote');
  if (mark) {
    event.stopPropagation();
    showQuote(panel, mark.dataset.quoteId);
  }
});
document.getElementById('essay').addEventListener('keydown', (event) => {
  const mark = event.target.closest?.('mark.quote');
  if (mark && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    showQuote(panel, mark.dataset.quoteId);
  }
});
document.body.dataset.ready = 'true';
