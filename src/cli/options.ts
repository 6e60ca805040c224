import { bibliographyFormats, exportFormats } from './formats.js';

/** A command-line option: its value (if it takes one), its short form, and what the help says. */
export interface CliOption {
  /** `true` when the option takes a value (`--limit 3`); `false` for a flag (`--json`). */
  readonly takesValue: boolean;
  /** What the value is, as the help writes it: `--limit <n>`. */
  readonly placeholder?: string;
  /** A one-letter short form (`-h`). */
  readonly short?: string;
  /** What the option does, for the help. */
  readonly help: string;
}

/** Every option of the CLI by name (without the `--`), in the order the help lists them. */
export const cliOptions = {
  json: { takesValue: false, help: 'print JSON instead of text (for bibliography and export: only with a JSON --format)' },
  limit: { takesValue: true, placeholder: 'n', help: 'stop after n hits' },
  speaker: { takesValue: true, placeholder: 'person id', help: 'only the words of this person (e.g. lenin)' },
  source: { takesValue: true, placeholder: 'reference id', help: 'only those from this source (e.g. khrushchev-1956)' },
  format: {
    takesValue: true,
    placeholder: 'format',
    help: `${bibliographyFormats.join(' | ')} (bibliography); ${exportFormats.join(' | ')} (export)`,
  },
  from: { takesValue: true, placeholder: 'date', help: 'only events that can fall on or after this EDTF date or year (e.g. 1956, 1956-10)' },
  to: { takesValue: true, placeholder: 'date', help: 'only events that can fall on or before this EDTF date or year' },
  person: { takesValue: true, placeholder: 'person id', help: 'only events of this person (e.g. gomulka)' },
  place: { takesValue: true, placeholder: 'place id', help: 'only events at this place (e.g. warsaw)' },
  'source-iri': { takesValue: true, placeholder: 'iri', help: 'with --format annotations: the http(s) URL or URN of the plain text' },
  help: { takesValue: false, short: 'h', help: 'show this help' },
  version: { takesValue: false, short: 'v', help: 'show the version' },
} as const satisfies Readonly<Record<string, CliOption>>;

/** The name of an option. */
export type CliOptionName = keyof typeof cliOptions;

/** An option as the usage line and messages write it: `--limit <n>`. */
export function flagUsage(name: CliOptionName): string {
  const option: CliOption = cliOptions[name];
  return option.placeholder ? `--${name} <${option.placeholder}>` : `--${name}`;
}
