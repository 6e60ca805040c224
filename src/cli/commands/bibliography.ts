import { formatReference, type ReferenceStyle, references, referenceStyles, toBibTeX, toCslJson } from '../../index.js';
import { bibliographyFormats } from '../formats.js';
import { json } from '../output.js';
import type { CliValues } from '../parse-argv.js';
import { UsageError } from '../usage-error.js';
import { refuseJsonFlag } from './refuse-json-flag.js';

function isReferenceStyle(format: string): format is ReferenceStyle {
  return (referenceStyles as readonly string[]).includes(format);
}

/** `bibliography`: the entries as printed, in a reference style, or as CSL-JSON or BibLaTeX. */
export function bibliography(values: CliValues): string {
  const chosen = values.format ?? 'as-printed';
  if (chosen === 'csl') return json(toCslJson());
  if (chosen === 'bibtex') {
    refuseJsonFlag(values, chosen);
    return toBibTeX();
  }
  if (!isReferenceStyle(chosen)) {
    throw new UsageError(`--format: unknown format '${chosen}'; expected ${bibliographyFormats.join(', ')}`);
  }
  if (values.json) return json(references.map((ref) => ({ id: ref.id, text: formatReference(ref, chosen) })));
  return references.map((ref) => `${formatReference(ref, chosen)}\n`).join('');
}
