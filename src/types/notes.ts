import type { NoteId } from '../generated/ids.js';
import type { Span } from './text.js';

/** What an editorial note is about. */
export type NoteKind = 'spelling' | 'name' | 'fact' | 'punctuation' | 'citation';

/**
 * An editorial note anchored to the exact words it is about. The text itself never changes;
 * the note carries the correction (like TEI's `<choice><sic/><corr/></choice>`).
 */
export interface Note extends Span {
  /** Stable identifier. */
  readonly id: NoteId;
  /** What the note is about. */
  readonly kind: NoteKind;
  /** The corrected form, where there is one; otherwise `null`. */
  readonly correction: string | null;
  /** One sentence. */
  readonly note: string;
}
