/** The longest quotation of a text an error message holds, in code units, the "…" included. */
const longestQuote = 60;

/** A text cut to {@link longestQuote} code units with "…", never inside a surrogate pair. */
export function cut(text: string): string {
  if (text.length <= longestQuote) return text;
  let end = longestQuote - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** "a Map", "an Error"; `undefined` for a name that is not a plain identifier. */
function withArticle(name: unknown): string | undefined {
  if (typeof name !== 'string' || !/^[A-Za-z_$][\w$]{0,39}$/.test(name)) return undefined;
  return `${/^[AEIOUaeiou]/.test(name) ? 'an' : 'a'} ${name}`;
}

/**
 * What kind of object a value is: `an array`, `an object` (a plain one), or the class it was made
 * by (`a Map`, `a Date`). Reads only own data properties of the prototype and its constructor, so no
 * getter runs; a proxy whose traps throw is `an object`.
 */
function objectKind(value: object): string {
  try {
    if (Array.isArray(value)) return 'an array';
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === null || proto === Object.prototype) return 'an object';
    const maker: unknown = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value;
    if (typeof maker !== 'function') return 'an object';
    const name: unknown = Object.getOwnPropertyDescriptor(maker, 'name')?.value;
    return name === 'Object' ? 'an object' : (withArticle(name) ?? 'an object');
  } catch {
    return 'an object';
  }
}

/**
 * A short description of a value for an error message, at most about 60 characters whatever the
 * value: a string quoted (JSON escapes, so control characters cannot reach a terminal) and cut at
 * 60 code units with "…"; a number, boolean, `null` or `undefined` as written; a bigint as `12n`
 * (`a bigint` when long); `a symbol`, `a function`, `an array`, `an object`, or the class of an
 * object (`a Map`, `a Date`). Never throws and never calls `JSON.stringify` on the value itself, so
 * a bigint, a circular or a very deep value is described like any other.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(cut(value));
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint':
      // The length in hexadecimal costs no more than the number's size; its decimal form may.
      return value.toString(16).length <= 40 ? `${value}n` : 'a bigint';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return value === null ? 'null' : objectKind(value as object);
  }
}

/**
 * How a message names a key: `'limit'` for a plain identifier of up to 60 characters, otherwise as
 * {@link describeValue} quotes it (cut, escaped), or `a symbol`.
 */
export function describeKey(key: string | symbol): string {
  return typeof key === 'string' && /^[A-Za-z_$][\w$]{0,59}$/.test(key) ? `'${key}'` : describeValue(key);
}
