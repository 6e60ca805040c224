import { sections } from '../../index.js';
import { defineCommand } from '../command.js';
import { jsonFlag } from '../common-options.js';
import { json } from '../output.js';
import { renderOutline } from '../render-outline.js';

/** `outline`: the sections, numbered, with their paragraphs. */
export const outline = defineCommand({
  name: 'outline',
  args: [],
  summary: 'the sections of the essay, with their paragraphs',
  options: { json: jsonFlag('the sections') },
  run: ({ values }) => (values.json ? json(sections) : renderOutline()),
});
