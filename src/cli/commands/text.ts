import { blocks, toPlainText } from '../../index.js';
import { defineCommand } from '../command.js';
import { jsonFlag } from '../common-options.js';
import { json } from '../output.js';

/** `text`: the whole text as published. */
export const text = defineCommand({
  name: 'text',
  args: [],
  summary: 'the whole text, as published',
  options: { json: jsonFlag('the blocks') },
  run: ({ values }) => (values.json ? json(blocks) : toPlainText()),
});
