import { describeKey, describeValue } from './describe-value.js';

/** The JavaScript types an option may take. */
export type OptionType = 'boolean' | 'string' | 'number' | 'array';

/** How one option is checked: the types it may take, then (optionally) its items, its form or range. */
export interface OptionRule {
  /** The types the value may have; any other throws a `TypeError`. */
  readonly types: readonly OptionType[];
  /** What the value must be, for the messages: `a boolean`, `an EDTF date string or a year`. */
  readonly expected: string;
  /**
   * For an array: what is wrong with one item (thrown as a `RangeError` at the first bad item, before
   * the rest is read; a hole is `undefined`), or `undefined`.
   */
  readonly eachItem?: (item: unknown) => string | undefined;
  /**
   * Returns what is wrong with a value of the right type (thrown as a `RangeError`), or `undefined`.
   * An array is given as the checked copy, never the caller's array.
   */
  readonly check?: (value: never) => string | undefined;
}

function typeOf(value: unknown): OptionType | undefined {
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'boolean' || type === 'string' || type === 'number' ? type : undefined;
}

/** An own property's value, read once (a getter is called once); `undefined` when not own. */
function ownValue(object: object, key: string | number): unknown {
  const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
  if (descriptor === undefined) return undefined;
  return 'value' in descriptor ? descriptor.value : descriptor.get?.call(object);
}

/** An array option's items, read once each (own items only: a hole is `undefined`), checked, frozen. */
function copyItems(caller: string, array: readonly unknown[], rule: OptionRule): readonly unknown[] {
  const length = array.length;
  const copy: unknown[] = [];
  for (let i = 0; i < length; i++) {
    const item = ownValue(array, i);
    const problem = rule.eachItem?.(item);
    if (problem !== undefined) throw new RangeError(`${caller}: ${problem}`);
    copy.push(item);
  }
  return Object.freeze(copy);
}

/**
 * Whether an object is a plain one: made by `{}` or `Object.create(null)` (in this realm or another),
 * not a `Map`, `Date`, class instance or other object with a prototype of its own.
 */
function isPlainObject(object: object): boolean {
  const proto = Object.getPrototypeOf(object) as object | null;
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

/**
 * Checks an options object against its rules and returns the options read once, as a fresh frozen
 * object of own values: a getter is called once, an array is copied item by item and the copy is
 * what is checked and returned, and nothing is read from the prototype chain (a key added to
 * `Object.prototype` or `Array.prototype` changes nothing). Throws a `TypeError` when `options` is
 * not a plain object (an array, a `Map`, a `Date`, a class instance, a function), when it has an
 * unknown key, a key it inherits from another prototype (an option must be an own property), or a
 * value of the wrong type; a `RangeError` when a value has the right type but the wrong form.
 * `undefined` (the options or one value) means "not given".
 *
 * @param caller - How the messages name the call, e.g. `toMarkdown(options)`.
 * @param options - What the caller passed.
 * @param rules - Every option the caller knows, by name.
 */
export function checkOptions<T extends object>(caller: string, options: unknown, rules: Readonly<Record<string, OptionRule>>): Readonly<Partial<T>> {
  // The result has no prototype, so that reading an option not given finds nothing inherited.
  if (options === undefined) return Object.freeze(Object.create(null) as Partial<T>);
  const notPlain = () => new TypeError(`${caller}: expected options to be a plain object, got ${describeValue(options)}`);
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw notPlain();
  for (
    let proto = Object.getPrototypeOf(options) as object | null;
    proto !== null && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    const [inherited] = Object.keys(proto);
    if (inherited !== undefined) {
      throw new TypeError(`${caller}: option ${describeKey(inherited)} is inherited; expected options as own properties of the object`);
    }
  }
  if (!isPlainObject(options)) throw notPlain();
  const names = Object.keys(rules);
  const known = (key: string) => Object.hasOwn(rules, key);
  for (const key of Reflect.ownKeys(options)) {
    if (typeof key !== 'string' || !known(key)) {
      throw new TypeError(`${caller}: unknown option ${describeKey(key)}; expected ${names.join(', ')}`);
    }
  }
  const checked = Object.create(null) as Record<string, unknown>;
  for (const name of names) {
    const value = ownValue(options, name);
    if (value === undefined) continue;
    const rule = rules[name]!;
    const type = typeOf(value);
    if (type === undefined || !rule.types.includes(type)) {
      throw new TypeError(`${caller}: expected ${name} to be ${rule.expected}, got ${describeValue(value)}`);
    }
    const copy = type === 'array' ? copyItems(caller, value as readonly unknown[], rule) : value;
    const problem = rule.check?.(copy as never);
    if (problem !== undefined) throw new RangeError(`${caller}: ${problem}`);
    checked[name] = copy;
  }
  return Object.freeze(checked) as Readonly<Partial<T>>;
}
