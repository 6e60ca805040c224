import ts from 'typescript';
import { docProgram } from './doc-coverage.js';

/** One exported symbol's TSDoc: whether it is a function, and the code of its `@example` blocks. */
export interface ExportDoc {
  readonly name: string;
  readonly isFunction: boolean;
  readonly examples: readonly string[];
  /** Parameter names of the implementation signature, and those with a `@param` tag. */
  readonly params: readonly string[];
  readonly documentedParams: readonly string[];
  readonly hasReturns: boolean;
}

/** Reads the TSDoc `@example` code blocks of every export of an entry file (aliases followed). */
export function exportDocs(entry: string): ExportDoc[] {
  const program = docProgram([entry]);
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const examples = (symbol.declarations ?? []).flatMap((declaration) =>
      ts
        .getJSDocTags(declaration)
        .filter((tag) => tag.tagName.text === 'example')
        .map((tag) => ts.getTextOfJSDocComment(tag.comment) ?? '')
        .map((text) => /```(?:ts|typescript|js)?\n([\s\S]*?)```/.exec(text)?.[1] ?? ''),
    );
    const declarations = symbol.declarations ?? [];
    const implementation = declarations.filter(ts.isFunctionDeclaration).at(-1);
    const params = implementation?.parameters.map((p) => p.name.getText()) ?? [];
    const tags = declarations.flatMap((d) => ts.getJSDocTags(d));
    const documentedParams = tags.filter(ts.isJSDocParameterTag).map((tag) => tag.name.getText());
    const hasReturns = tags.some((tag) => tag.tagName.text === 'returns');
    return {
      name: exported.name,
      isFunction: Boolean(symbol.flags & ts.SymbolFlags.Function),
      examples: [...new Set(examples)],
      params,
      documentedParams: [...new Set(documentedParams)],
      hasReturns,
    };
  });
}
