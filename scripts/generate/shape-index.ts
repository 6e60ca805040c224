/**
 * Looks shapes up by name and derives the shapes of the files in `data/` from the published ones:
 * derived fields left out, `stored` types put in, ids as plain kebab-case strings, spans as anchors.
 */
import type { Field, FieldType, RecordShape, Shape } from '../../src/model/field-types.js';
import { dataFiles, dataOnlyShapes, shapes } from '../../src/model/shapes.js';

export type Mode = 'public' | 'data';

/** Shapes by name. */
export function indexShapes(list: readonly Shape[]): ReadonlyMap<string, Shape> {
  return new Map(list.map((shape) => [shape.name, shape]));
}

/** In `data/`, a span (and a mention, which is one) is stored as an anchor. */
const storedAs: Readonly<Record<string, string>> = { Span: 'Anchor', Mention: 'Anchor' };

/** The name of a shape's `data/` form. */
export function dataName(name: string): string {
  return `Stored${storedAs[name] ?? name}`;
}

/** A record's own fields, its base's first (as `extends` lays them out). */
export function allFields(shape: RecordShape, byName: ReadonlyMap<string, Shape>): [string, Field][] {
  const base = shape.extends === undefined ? [] : allFields(byName.get(shape.extends) as RecordShape, byName);
  return [...base, ...Object.entries(shape.fields)];
}

function storedField(field: Field): Field | undefined {
  if (field.storage === 'derived') return undefined;
  return field.stored === undefined ? field : { ...field, type: field.stored };
}

function storedType(type: FieldType): FieldType {
  switch (type.t) {
    case 'ref':
      return { t: 'ref', name: dataName(type.name) };
    case 'array':
      return { ...type, of: storedType(type.of) };
    case 'nullable':
      return { ...type, of: storedType(type.of) };
    case 'tuple':
      return { ...type, of: type.of.map(storedType) };
    default:
      return type;
  }
}

function refsOf(type: FieldType): string[] {
  switch (type.t) {
    case 'ref':
      return [type.name];
    case 'array':
    case 'nullable':
      return refsOf(type.of);
    case 'tuple':
      return type.of.flatMap(refsOf);
    default:
      return [];
  }
}

/** The shapes of `data/`, in dependency order: every shape a data file reaches, in its stored form. */
export function dataShapes(): Shape[] {
  const byName = indexShapes([...shapes, ...dataOnlyShapes]);
  const order: Shape[] = [];
  const seen = new Set<string>();
  const visit = (name: string): void => {
    const target = storedAs[name] ?? name;
    if (seen.has(target)) return;
    seen.add(target);
    const shape = byName.get(target);
    if (shape === undefined) throw new Error(`model: unknown shape ${target}`);
    if (shape.kind === 'union') shape.members.forEach(visit);
    if (shape.kind === 'alias') visit(shape.of);
    if (shape.kind === 'record') {
      if (shape.extends !== undefined) visit(shape.extends);
      for (const field of Object.values(shape.fields)) if (storedField(field)) refsOf(field.stored ?? field.type).forEach(visit);
      const fields: Record<string, Field> = {};
      for (const [key, field] of Object.entries(shape.fields)) {
        const stored = storedField(field);
        if (stored) fields[key] = { ...stored, type: storedType(stored.type) };
      }
      order.push({ ...shape, name: dataName(shape.name), fields, ...(shape.extends ? { extends: dataName(shape.extends) } : {}) });
      return;
    }
    if (shape.kind === 'union') order.push({ ...shape, name: dataName(shape.name), members: shape.members.map(dataName) });
    else if (shape.kind === 'enum') order.push(shape);
  };
  for (const file of dataFiles) visit(file.shape);
  return order;
}
