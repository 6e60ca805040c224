/** Walks a field type through its arrays, nullables and tuples. */
import type { FieldType, Shape } from '../model/field-types.js';

/** The type with every reference renamed by `rename`, however deep it is nested. */
export function mapRefs(type: FieldType, rename: (name: string) => string): FieldType {
  switch (type.t) {
    case 'ref':
      return { t: 'ref', name: rename(type.name) };
    case 'array':
    case 'nullable':
      return { ...type, of: mapRefs(type.of, rename) };
    case 'tuple':
      return { ...type, of: type.of.map((of) => mapRefs(of, rename)) };
    default:
      return type;
  }
}

/** What `pick` finds in the type and every type nested in it. */
export function namesIn(type: FieldType, pick: (type: FieldType) => readonly string[]): string[] {
  const nested = type.t === 'array' || type.t === 'nullable' ? [type.of] : type.t === 'tuple' ? type.of : [];
  return [...pick(type), ...nested.flatMap((of) => namesIn(of, pick))];
}

/** What `pick` finds in the fields of the records of a list of shapes, sorted, once each. */
export function namesUsed(list: readonly Shape[], pick: (type: FieldType) => readonly string[]): string[] {
  const fields = list.flatMap((shape) => (shape.kind === 'record' ? Object.values(shape.fields) : []));
  return [...new Set(fields.flatMap((field) => namesIn(field.type, pick)))].sort();
}
