/** Removes `readonly` at every depth, so an interface can be compared with a Zod output type. */
export type DeepMutable<T> = { -readonly [K in keyof T]: DeepMutable<T[K]> };

/** `true` only when `A` and `B` are the same type: no missing, extra or differently typed keys. */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only when given `true`. */
export type Assert<T extends true> = T;
