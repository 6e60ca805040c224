import { toBibTeX, toCslJson, toGeoJson, toGraph, toMarkdown, toTei, toTimelineJs, toWebAnnotations } from '../../index.js';
import { defineCommand } from '../command.js';
import { essayData } from '../essay-data.js';
import { type ExportFormat, exportFormats } from '../formats.js';
import { choiceOption, flag, textOption } from '../option.js';
import { json } from '../output.js';
import { quoteValue } from '../quote-value.js';
import { UsageError } from '../usage-error.js';

/** What an exporter is given. */
interface ExportInput {
  readonly version: string;
  readonly sourceIri: string | undefined;
}

/** How a format is written, and whether it is JSON (`--json` is refused with one that is not). */
interface Exporter {
  readonly json: boolean;
  readonly write: (input: ExportInput) => string;
}

function annotations({ sourceIri }: ExportInput): string {
  if (sourceIri === undefined) throw new UsageError('--format annotations needs --source-iri <iri> (the address of the plain text)');
  try {
    return json(toWebAnnotations({ source: sourceIri }));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new UsageError(`--source-iri: expected an http or https URL or a URN without a fragment, got ${quoteValue(sourceIri)}`);
  }
}

const exporters = {
  json: { json: true, write: ({ version }) => json(essayData(version)) },
  csl: { json: true, write: () => json(toCslJson().items) },
  bibtex: { json: false, write: () => toBibTeX() },
  timelinejs: { json: true, write: () => json(toTimelineJs()) },
  graph: { json: true, write: () => json(toGraph()) },
  geojson: { json: true, write: () => json(toGeoJson()) },
  annotations: { json: true, write: annotations },
  markdown: { json: false, write: () => toMarkdown({ notes: true }) },
  tei: { json: false, write: () => toTei() },
} as const satisfies Record<ExportFormat, Exporter>;

/** `export --format <format>`: the edition in a standard format. */
export const exportAs = defineCommand({
  name: 'export',
  args: [],
  summary: 'the edition in a standard format (--format is required)',
  options: {
    format: choiceOption('format', exportFormats, 'the format'),
    'source-iri': textOption('iri', 'with --format annotations: the http(s) URL or URN of the plain text'),
    json: flag('accepted with a JSON format, where it changes nothing'),
  },
  run: ({ values, version }) => {
    const { format, 'source-iri': sourceIri } = values;
    if (format === undefined) throw new UsageError(`export needs --format <format>: ${exportFormats.join(', ')}`);
    if (sourceIri !== undefined && format !== 'annotations') throw new UsageError('--source-iri only applies to --format annotations');
    const exporter: Exporter = exporters[format];
    if (values.json && !exporter.json) throw new UsageError(`--json does not apply to --format ${format}, which is not JSON`);
    return exporter.write({ version, sourceIri });
  },
});
