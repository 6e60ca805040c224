import { quoteValue } from './quote-value.js';
import { UsageError } from './usage-error.js';

/** An option that takes no value: `--json`. */
export interface FlagOption {
  /** A flag: given or not. */
  readonly kind: 'flag';
  /** A one-letter short form (`-h`). */
  readonly short?: string;
  /** What the option does, for the help. */
  readonly help: string;
}

/** An option that takes a value (`--limit 3`), read by `parse` into what the command gets. */
export interface ValueOption<T> {
  /** An option with a value, which is the next argument or follows `=`. */
  readonly kind: 'value';
  /** What the value is, as the help writes it: `--limit <n>`. */
  readonly placeholder: string;
  /** What the option does, for the help. */
  readonly help: string;
  /** Reads the value as given; throws a {@link UsageError} naming the option when it is not valid. */
  readonly parse: (raw: string) => T;
}

/** Any option a command declares. */
export type OptionSpec = FlagOption | ValueOption<unknown>;

/** The options a command declares, by name (without the `--`). */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The options as a command gets them: the parsed value of an option given, `true` for a flag given. */
export type ValuesOf<O extends OptionSpecs> = {
  readonly [K in keyof O]?: O[K] extends ValueOption<infer T> ? T : true;
};

/** A flag. */
export function flag(help: string): FlagOption {
  return { kind: 'flag', help };
}

/** An option whose value is used as given. */
export function textOption(placeholder: string, help: string): ValueOption<string> {
  return { kind: 'value', placeholder, help, parse: (raw) => raw };
}

/** An option whose value must be one of a list: `--format csl`. */
export function choiceOption<const T extends string>(name: string, choices: readonly T[], help: string): ValueOption<T> {
  return {
    kind: 'value',
    placeholder: name,
    help: `${help}: ${choices.join(' | ')}`,
    parse: (raw) => {
      if ((choices as readonly string[]).includes(raw)) return raw as T;
      throw new UsageError(`--${name}: expected ${choices.join(', ')}, got ${quoteValue(raw)}`);
    },
  };
}

/** An option as the help and messages write it: `--limit <n>`. */
export function flagUsage(name: string, option: OptionSpec): string {
  return option.kind === 'value' ? `--${name} <${option.placeholder}>` : `--${name}`;
}
