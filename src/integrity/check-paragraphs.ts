import type { IntegrityPath, Report } from './issue.js';

/** Paragraphs are `p1` … `pN` in reading order; no other block takes a paragraph-like id (rule `paragraph`). */
export function checkParagraphIds(blocks: readonly { readonly id: string; readonly kind: string }[], report: Report, path: IntegrityPath = ['blocks']): void {
  let n = 0;
  blocks.forEach((block, index) => {
    if (block.kind === 'paragraph') {
      n++;
      if (block.id !== `p${n}`) report([...path, index, 'id'], 'paragraph', `paragraph ${n} has id ${block.id}, expected p${n}`);
      const numbered = (block as { readonly n?: unknown }).n;
      if (numbered !== undefined && numbered !== n)
        report([...path, index, 'n'], 'paragraph', `paragraph ${block.id} has n ${String(numbered)}, expected ${n}`);
    } else if (/^p[0-9]+$/.test(block.id)) {
      report([...path, index, 'id'], 'paragraph', `${block.kind} block takes the paragraph id ${block.id}`);
    }
  });
}
