/** Renders shapes as Zod schemas (source text): the public `./schema`, or the schemas of `data/`. */
import type { Field, FieldType, Shape } from '../model/field-types.js';
import { docComment } from './doc-comment.js';
import { mapRefs } from './field-type-walk.js';
import type { Mode } from './shape-index.js';

function camel(name: string): string {
  return name[0]!.toLowerCase() + name.slice(1);
}

/** The array of ids of an id type in `src/generated/ids.ts` (`BlockId` → `ids.blockIds`). */
function idList(name: string): string {
  return `ids.${camel(name.replace(/Id$/, ''))}Ids`;
}

function rangeChecks(type: { readonly min?: number; readonly max?: number }): string {
  return `${type.min === undefined ? '' : `.min(${type.min})`}${type.max === undefined ? '' : `.max(${type.max})`}`;
}

/** A field type as a Zod expression. */
export function zodType(type: FieldType, mode: Mode, enums: ReadonlyMap<string, readonly string[]>): string {
  switch (type.t) {
    case 'string': {
      if (type.url) return `z.url().max(${type.max})`;
      const regex = type.pattern ? `.regex(/${type.pattern.source}/, ${JSON.stringify(type.pattern.message)})` : '';
      return `z.string()${rangeChecks(type)}${regex}`;
    }
    case 'int':
      return `z.int()${rangeChecks(type)}`;
    case 'number':
      return `z.number()${rangeChecks(type)}`;
    case 'boolean':
      return 'z.boolean()';
    case 'literal': {
      const values = type.values.map((v) => JSON.stringify(v).replace(/"/g, "'"));
      return values.length === 1 ? `z.literal(${values[0]})` : `z.literal([${values.join(', ')}])`;
    }
    case 'enum': {
      const values = enums.get(type.name)!.filter((v) => !type.except?.includes(v));
      return `z.enum([${values.map((v) => `'${v}'`).join(', ')}])`;
    }
    case 'id':
      if (mode === 'data') return 'kebabId';
      if (type.except === undefined) return `${type.name}Schema`;
      return `(oneOf(${idList(type.name)}.filter((id) => !(${idList(type.except)} as readonly string[]).includes(id))) as z.ZodType<Exclude<ids.${type.name}, ids.${type.except}>>)`;
    case 'paragraphNumber':
      return 'ParagraphNumberSchema';
    case 'ref':
      return `${type.name}Schema`;
    case 'array':
      return `z.array(${zodType(type.of, mode, enums)})${rangeChecks(type)}`;
    case 'nullable':
      return `${zodType(type.of, mode, enums)}.nullable()`;
    case 'tuple':
      return `z.tuple([${type.of.map((of) => zodType(of, mode, enums)).join(', ')}])`;
  }
}

/** The declarations of one shape: its fields (for shapes that extend it) and its schema. */
export function renderShapeSchema(shape: Shape, mode: Mode, enums: ReadonlyMap<string, readonly string[]>, aliases: ReadonlyMap<string, string>): string {
  const typed = (type: FieldType): FieldType => mapRefs(type, (name) => aliases.get(name) ?? name);
  const link = mode === 'public' ? `{@link ${shape.name}}` : `\`${shape.name}\``;
  switch (shape.kind) {
    case 'enum':
    case 'alias':
      return '';
    case 'union':
      return `${docComment(`${link}: ${shape.members.join(' or ')}, told apart by \`${shape.discriminator}\`.`)}export const ${shape.name}Schema = ${
        mode === 'public' ? `z.discriminatedUnion('${shape.discriminator}', ` : 'z.union('
      }[${shape.members.map((m) => `${m}Schema`).join(', ')}]);\n`;
    case 'record': {
      const base = shape.extends === undefined ? '' : `  ...${shape.extends}Fields,\n`;
      const field = ([key, field]: [string, Field]): string =>
        `  ${key}: ${zodType(typed(field.type), mode, enums)}${field.optional ? '.exactOptional()' : ''},\n`;
      // A record's id comes first, before the fields of the shape it extends (the order of data/).
      const entries = Object.entries(shape.fields);
      const first = shape.first ?? ['id'];
      const ids = entries
        .filter(([key]) => first.includes(key))
        .map(field)
        .join('');
      const rest = entries
        .filter(([key]) => !first.includes(key))
        .map(field)
        .join('');
      const declaration = `const ${shape.name}Fields = {\n${ids}${base}${rest}};\n`;
      if (shape.abstract) return declaration;
      return `${declaration}\n${docComment(shape.schemaDoc ?? `${link}.`)}export const ${shape.schemaName ?? `${shape.name}Schema`} = z.strictObject(${shape.name}Fields);\n`;
    }
  }
}
