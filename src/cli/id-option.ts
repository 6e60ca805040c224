import type { ValueOption } from './option.js';
import { quoteValue } from './quote-value.js';
import { UsageError } from './usage-error.js';

/** What an id option is for and which ids it knows. */
export interface IdOptionSpec {
  /** The option's name: `speaker`. */
  readonly name: string;
  /** What the help writes for the value: `person id`. */
  readonly placeholder: string;
  /** What the option does, for the help. */
  readonly help: string;
  /** What the id names, for the message: `person`. */
  readonly what: string;
  /** Whether the id is known. */
  readonly known: (id: string) => boolean;
  /** Ids the message offers: `khrushchev, lenin`. */
  readonly examples: string;
}

/** An option whose value is the id of a record: an unknown id is a usage error that names the option. */
export function idOption(spec: IdOptionSpec): ValueOption<string> {
  return {
    kind: 'value',
    placeholder: spec.placeholder,
    help: spec.help,
    parse: (raw) => {
      if (!spec.known(raw)) throw new UsageError(`--${spec.name}: unknown ${spec.what} ${quoteValue(raw)} (e.g. ${spec.examples})`);
      return raw;
    },
  };
}
