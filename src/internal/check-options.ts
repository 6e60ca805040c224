import { describeValue } from './describe-value.js';

/** The JavaScript types an option may take. */
export type OptionType = 'boolean' | 'string' | 'number' | 'array';

/** How one option is checked: the types it may take, then (optionally) its form or range. */
export interface OptionRule {
  /** The types the value may have; any other throws a `TypeError`. */
  readonly types: readonly OptionType[];
  /** What the value must be, for the messages: `a boolean`, `an EDTF date string or a year`. */
  readonly expected: string;
  /** Returns what is wrong with a value of the right type (thrown as a `RangeError`), or `undefined`. */
  readonly check?: (value: never) => string | undefined;
}

function typeOf(value: unknown): OptionType | undefined {
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'boolean' || type === 'string' || type === 'number' ? type : undefined;
}

/**
 * Checks an options object against its rules and returns the options read once, as a fresh frozen
 * object of own values: a getter is called once, and nothing is read from the prototype chain
 * (a key added to `Object.prototype` changes nothing). Throws a `TypeError` when `options` is not a
 * plain object, when it has an unknown key, a key it inherits from another prototype (an option
 * must be an own property), or a value of the wrong type; a `RangeError` when a value has the right
 * type but the wrong form. `undefined` (the options or one value) means "not given".
 *
 * @param caller - How the messages name the call, e.g. `toMarkdown(options)`.
 * @param options - What the caller passed.
 * @param rules - Every option the caller knows, by name.
 */
export function checkOptions<T extends object>(caller: string, options: unknown, rules: Readonly<Record<string, OptionRule>>): Readonly<Partial<T>> {
  // The result has no prototype, so that reading an option not given finds nothing inherited.
  if (options === undefined) return Object.freeze(Object.create(null) as Partial<T>);
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${caller}: expected options to be an object, got ${describeValue(options)}`);
  }
  const names = Object.keys(rules);
  const known = (key: string) => Object.prototype.hasOwnProperty.call(rules, key);
  for (const key of Reflect.ownKeys(options)) {
    if (typeof key !== 'string' || !known(key)) {
      throw new TypeError(`${caller}: unknown option '${String(key)}'; expected ${names.join(', ')}`);
    }
  }
  for (let proto = Object.getPrototypeOf(options) as object | null; proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    const [inherited] = Object.keys(proto);
    if (inherited !== undefined) {
      throw new TypeError(`${caller}: option '${inherited}' is inherited; expected options as own properties of the object`);
    }
  }
  const checked = Object.create(null) as Record<string, unknown>;
  for (const name of names) {
    if (!Object.prototype.hasOwnProperty.call(options, name)) continue;
    const value: unknown = (options as Record<string, unknown>)[name];
    if (value === undefined) continue;
    const rule = rules[name]!;
    const type = typeOf(value);
    if (type === undefined || !rule.types.includes(type)) {
      throw new TypeError(`${caller}: expected ${name} to be ${rule.expected}, got ${describeValue(value)}`);
    }
    const problem = rule.check?.(value as never);
    if (problem !== undefined) throw new RangeError(`${caller}: ${problem}`);
    checked[name] = type === 'array' ? Object.freeze([...(value as unknown[])]) : value;
  }
  return Object.freeze(checked) as Readonly<Partial<T>>;
}
