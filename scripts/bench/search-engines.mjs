// `search` against three search libraries in their default setups: recall and precision on a set of
// queries whose true answers come from an exact scan of each block, and latency per query.
import Fuse from 'fuse.js';
import { Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import { compare } from './measure.mjs';

/** The letters and marks that `search` documents as matching their plain forms. */
const plainForms = { ł: 'l', Ł: 'l', '‘': "'", '’': "'", '“': '"', '”': '"', '–': '-', '—': '-', '…': '...', '\u00a0': ' ' };
/**
 * The fold of the exact scan, written apart from the package's: the documented plain forms, then
 * decomposed, lowercased, marks and format characters dropped.
 */
const plainFold = (text) =>
  text
    .replace(/[łŁ‘’“”–—…\u00a0]/g, (c) => plainForms[c])
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\p{M}\p{Cf}]/gu, '');

/** The blocks whose text holds the query, by an exact scan of each block. */
function truth(blocks, query) {
  const q = plainFold(query);
  return new Set(blocks.filter((block) => plainFold(block.text).includes(q)).map((block) => block.id));
}

/** Each engine: built on the blocks (timed apart), asked a query, answering block ids. */
function engines(blocks, search) {
  const docs = blocks.map((block) => ({ id: block.id, text: block.text }));
  const mini = new MiniSearch({ fields: ['text'] });
  mini.addAll(docs);
  const flex = new Index();
  blocks.forEach((block, i) => flex.add(i, block.text));
  const fuse = new Fuse(docs, { keys: ['text'] });
  return {
    search: (q) => new Set(search(q).map((hit) => hit.blockId)),
    MiniSearch: (q) => new Set(mini.search(q).map((r) => r.id)),
    FlexSearch: (q) => new Set(flex.search(q, { limit: 1000 }).map((i) => blocks[i].id)),
    'Fuse.js': (q) => new Set(fuse.search(q).map((r) => r.item.id)),
  };
}

/** Rows: per engine, recall and precision over all queries, and median latency per query. */
export function compareEngines(blocks, search, queries) {
  const answers = queries.map((q) => truth(blocks, q));
  const ask = engines(blocks, search);
  const latency = compare(
    Object.fromEntries(
      Object.entries(ask).map(([name, fn]) => [
        name,
        (i) => {
          for (const q of queries) fn(q);
          return i;
        },
      ]),
    ),
    { rounds: 7, batchMs: 20 },
  );
  return Object.entries(ask).map(([name, fn]) => {
    let found = 0;
    let expected = 0;
    let returned = 0;
    queries.forEach((q, i) => {
      const got = fn(q);
      for (const id of answers[i]) if (got.has(id)) found++;
      expected += answers[i].size;
      returned += got.size;
    });
    return {
      name,
      recall: found / expected,
      precision: returned === 0 ? 1 : found / returned,
      us: latency[name].us / queries.length,
      range: latency[name].range.map((t) => t / queries.length),
    };
  });
}
