import { formatReference, type ReferenceStyle, references, referenceStyles, toBibTeX, toCslJson } from '../../index.js';
import { defineCommand } from '../command.js';
import { jsonFlag } from '../common-options.js';
import { type BibliographyFormat, bibliographyFormats } from '../formats.js';
import { choiceOption } from '../option.js';
import { json } from '../output.js';
import { UsageError } from '../usage-error.js';

/** How a format prints: `json` says whether it is JSON whatever `--json` says (`true`), never (`false`), or as `--json` says (`'flag'`). */
interface Renderer {
  readonly json: boolean | 'flag';
  readonly render: (asJson: boolean) => string;
}

function styled(style: ReferenceStyle): Renderer {
  return {
    json: 'flag',
    render: (asJson) =>
      asJson
        ? json(references.map((ref) => ({ id: ref.id, text: formatReference(ref, style) })))
        : references.map((ref) => `${formatReference(ref, style)}\n`).join(''),
  };
}

const renderers = {
  ...(Object.fromEntries(referenceStyles.map((style) => [style, styled(style)])) as Record<ReferenceStyle, Renderer>),
  csl: { json: true, render: () => json(toCslJson().items) },
  bibtex: { json: false, render: () => toBibTeX() },
} as const satisfies Record<BibliographyFormat, Renderer>;

/** `bibliography`: the entries as printed, in a reference style, or as CSL-JSON or BibLaTeX. */
export const bibliography = defineCommand({
  name: 'bibliography',
  args: [],
  summary: 'the bibliography',
  options: {
    json: jsonFlag('each entry’s id and text (in a reference style)'),
    format: choiceOption('format', bibliographyFormats, 'a reference style (as-printed by default), CSL-JSON or BibLaTeX'),
  },
  run: ({ values }) => {
    const format = values.format ?? 'as-printed';
    const renderer: Renderer = renderers[format];
    if (values.json && renderer.json === false) throw new UsageError(`--json does not apply to --format ${format}, which is not JSON`);
    return renderer.render(values.json === true);
  },
});
