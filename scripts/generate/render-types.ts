/** Renders shapes as TypeScript declarations: the public types, or the types of `data/`. */
import type { FieldType, Shape } from '../model/field-types.js';
import { docComment } from './doc-comment.js';
import type { Mode } from './shape-index.js';

/** A field type as TypeScript. */
export function tsType(type: FieldType, mode: Mode): string {
  switch (type.t) {
    case 'string':
      return 'string';
    case 'int':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'literal':
      return type.values.map((value) => (typeof value === 'string' ? `'${value}'` : String(value))).join(' | ');
    case 'enum':
      return type.except ? `Exclude<${type.name}, ${type.except.map((v) => `'${v}'`).join(' | ')}>` : type.name;
    case 'id':
      return type.except ? `Exclude<${type.name}, ${type.except}>` : type.name;
    case 'paragraphNumber':
      return 'ParagraphNumber';
    case 'ref':
      return type.name;
    case 'array': {
      const of = tsType(type.of, mode);
      return `readonly ${/[ |]/.test(of) ? `(${of})` : of}[]`;
    }
    case 'nullable':
      return `${tsType(type.of, mode)} | null`;
    case 'tuple':
      return `readonly [${type.of.map((of) => tsType(of, mode)).join(', ')}]`;
  }
}

/** The declaration of one shape. */
export function renderShapeType(shape: Shape, mode: Mode): string {
  const doc = docComment(shape.doc);
  switch (shape.kind) {
    case 'enum': {
      const values = shape.values.map((v) => `'${v}'`);
      let out = `${doc}export type ${shape.name} = ${values.join(' | ')};\n`;
      if (shape.list && mode === 'public') {
        out += `\n${docComment(shape.list.doc)}export const ${shape.list.name}: readonly ${shape.name}[] = /* @__PURE__ */ Object.freeze([${values.join(', ')}] as const);\n`;
      }
      return out;
    }
    case 'alias':
      return `${doc}export type ${shape.name} = ${shape.of};\n`;
    case 'union':
      return `${doc}export type ${shape.name} = ${shape.members.join(' | ')};\n`;
    case 'record': {
      const fields = Object.entries(shape.fields).map(
        ([key, field]) => `${docComment(field.doc, '  ')}  readonly ${key}${field.optional ? '?' : ''}: ${tsType(field.type, mode)};\n`,
      );
      const base = shape.extends === undefined ? '' : ` extends ${shape.extends}`;
      return `${doc}export interface ${shape.name}${base} {\n${fields.join('')}}\n`;
    }
  }
}

/** The id types a field type names (an id type, the type it excludes, or the paragraph number). */
export function idNames(type: FieldType): readonly string[] {
  if (type.t === 'id') return type.except ? [type.name, type.except] : [type.name];
  return type.t === 'paragraphNumber' ? ['ParagraphNumber'] : [];
}
