import { toBibTeX, toCslJson, toGraph, toMarkdown, toTei, toTimelineJs, toWebAnnotations } from '../../index.js';
import { essayData } from '../essay-data.js';
import { exportFormats } from '../formats.js';
import { json } from '../output.js';
import type { CliValues } from '../parse-argv.js';
import { UsageError } from '../usage-error.js';
import { refuseJsonFlag } from './refuse-json-flag.js';

function annotations(sourceIri: string | undefined): string {
  if (sourceIri === undefined) throw new UsageError('--format annotations needs --source-iri <iri> (the address of the plain text)');
  try {
    return json(toWebAnnotations({ source: sourceIri }));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new UsageError(`--source-iri: expected an http or https URL or a URN without a fragment, got '${sourceIri}'`);
  }
}

/** `export --format <format>`: the edition in a standard format. */
export function exportAs(values: CliValues, _args: readonly string[], version: string): string {
  const { format, 'source-iri': sourceIri } = values;
  if (format === undefined) throw new UsageError(`export needs --format: ${exportFormats.join(', ')}`);
  if (sourceIri !== undefined && format !== 'annotations') throw new UsageError('--source-iri only applies to --format annotations');
  switch (format) {
    case 'json':
      return json(essayData(version));
    case 'csl':
      return json(toCslJson().items);
    case 'bibtex':
      refuseJsonFlag(values, format);
      return toBibTeX();
    case 'timelinejs':
      return json(toTimelineJs());
    case 'graph':
      return json(toGraph());
    case 'annotations':
      return annotations(sourceIri);
    case 'markdown':
      refuseJsonFlag(values, format);
      return toMarkdown({ notes: true });
    case 'tei':
      refuseJsonFlag(values, format);
      return toTei();
    default:
      throw new UsageError(`--format: unknown format '${format}'; expected ${exportFormats.join(', ')}`);
  }
}
