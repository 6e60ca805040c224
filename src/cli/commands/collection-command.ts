import { type Command, defineCommand } from '../command.js';
import { jsonFlag } from '../common-options.js';
import type { FlagOption } from '../option.js';
import { json, lines } from '../output.js';

/** What a command that lists one collection needs: its records and how a line shows one. */
export interface CollectionListing<T> {
  /** The command's name: `places`. */
  readonly name: string;
  /** What it prints, for the help. */
  readonly summary: string;
  /** The records, as the collection holds them. */
  readonly records: readonly T[];
  /** What `--json` prints, for the help: "the places". */
  readonly what: string;
  /** The tab-separated fields of a record's line, its id first. */
  readonly fields: (record: T) => readonly string[];
}

/** A command that prints a collection: a line per record, or the records with `--json`. */
export function collectionCommand<T>(listing: CollectionListing<T>): Command<{ readonly json: FlagOption }> {
  return defineCommand({
    name: listing.name,
    args: [],
    summary: listing.summary,
    options: { json: jsonFlag(listing.what) },
    run: ({ values }) => (values.json ? json(listing.records) : lines(listing.records, listing.fields)),
  });
}
