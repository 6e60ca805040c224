import { formatReference, references, toBibTeX, toCslJson } from '../../index.js';
import { bibliographyFormats } from '../formats.js';
import { json } from '../output.js';
import type { CliValues } from '../parse-argv.js';
import { expectArgs, UsageError } from '../usage-error.js';

/** `bibliography`: the entries as printed, in a reference style, or as CSL-JSON or BibLaTeX. */
export function bibliography(args: readonly string[], values: CliValues): string {
  expectArgs('bibliography', args, 0);
  const chosen = values.format ?? 'as-printed';
  if (chosen === 'csl') return json(toCslJson());
  if (chosen === 'bibtex') return toBibTeX();
  if (chosen !== 'as-printed' && chosen !== 'chicago-author-date') {
    throw new UsageError(`--format: unknown format '${chosen}'; expected ${bibliographyFormats.join(', ')}`);
  }
  if (values.json) return json(references.map((ref) => ({ id: ref.id, text: formatReference(ref, chosen) })));
  return references.map((ref) => `${formatReference(ref, chosen)}\n`).join('');
}
