import type { Citation, Quote, Reference } from './apparatus.js';
import type { Claim } from './argument.js';
import type { Event, Organisation, Person, Place } from './entities.js';
import type { Note } from './notes.js';
import type { Block, Essay, Paragraph, Section } from './text.js';

/**
 * The shape of `destalinisation-essay/essay.json`: every collection in its public shape, offsets
 * resolved, for use from any language. `essay.schema.json` is its JSON Schema.
 */
export interface EssayData {
  /** The package version that built the file. */
  readonly version: string;
  /** The essay's own record. */
  readonly essay: Essay;
  /** Every block of the text. */
  readonly blocks: readonly Block[];
  /** The body paragraphs (the paragraph blocks, repeated for convenience). */
  readonly paragraphs: readonly Paragraph[];
  /** The outline. */
  readonly sections: readonly Section[];
  /** Every quotation. */
  readonly quotes: readonly Quote[];
  /** Every in-text citation. */
  readonly citations: readonly Citation[];
  /** The bibliography. */
  readonly references: readonly Reference[];
  /** Every person named. */
  readonly people: readonly Person[];
  /** Every place named. */
  readonly places: readonly Place[];
  /** Every organisation named. */
  readonly organisations: readonly Organisation[];
  /** Every event. */
  readonly events: readonly Event[];
  /** The argument. */
  readonly claims: readonly Claim[];
  /** The editorial notes. */
  readonly notes: readonly Note[];
}
