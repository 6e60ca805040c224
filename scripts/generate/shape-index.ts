/**
 * Looks shapes up by name and derives the shapes of the files in `data/` from the published ones:
 * derived fields left out, `stored` types put in, ids as plain kebab-case strings, spans as anchors.
 */
import type { Field, FieldType, Shape } from '../model/field-types.js';
import { dataOnlyShapes, shapes } from '../model/shapes.js';
import { dataFilesOf } from './collection-table.js';
import { mapRefs, namesIn } from './field-type-walk.js';

const refNames = (type: FieldType): readonly string[] => (type.t === 'ref' ? [type.name] : []);

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

function storedField(field: Field): Field | undefined {
  if (field.storage === 'derived') return undefined;
  return field.stored === undefined ? field : { ...field, type: field.stored };
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
      for (const field of Object.values(shape.fields)) if (storedField(field)) namesIn(field.stored ?? field.type, refNames).forEach(visit);
      const fields: Record<string, Field> = {};
      for (const [key, field] of Object.entries(shape.fields)) {
        const stored = storedField(field);
        if (stored) fields[key] = { ...stored, type: mapRefs(stored.type, dataName) };
      }
      order.push({ ...shape, name: dataName(shape.name), fields, ...(shape.extends ? { extends: dataName(shape.extends) } : {}) });
      return;
    }
    if (shape.kind === 'union') order.push({ ...shape, name: dataName(shape.name), members: shape.members.map(dataName) });
    else if (shape.kind === 'enum') order.push(shape);
  };
  for (const file of dataFilesOf()) visit(file.shape);
  return order;
}
