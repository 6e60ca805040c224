import ts from 'typescript';

/** A TypeScript program over the entry files, configured as the package's own sources are. */
export function docProgram(entries: readonly string[]): ts.Program {
  return ts.createProgram([...entries], {
    strict: true,
    noEmit: true,
    resolveJsonModule: true,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  });
}

/**
 * Lists the exports of the given entry files (and the members of exported interfaces) that have
 * no TSDoc comment. Aliases are followed to their declarations.
 */
export function undocumentedExports(entries: readonly string[]): string[] {
  const program = docProgram(entries);
  const checker = program.getTypeChecker();
  const missing: string[] = [];
  const documented = (symbol: ts.Symbol) =>
    symbol.getDocumentationComment(checker).length > 0 || (symbol.declarations ?? []).some((d) => ts.getJSDocCommentsAndTags(d).length > 0);
  for (const entry of entries) {
    const file = program.getSourceFile(entry);
    const moduleSymbol = file && checker.getSymbolAtLocation(file);
    if (!moduleSymbol) throw new Error(`cannot read ${entry}`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (!documented(symbol)) missing.push(exported.name);
      if (symbol.flags & ts.SymbolFlags.Interface) {
        for (const member of checker.getDeclaredTypeOfSymbol(symbol).getProperties()) {
          if (!documented(member)) missing.push(`${exported.name}.${member.name}`);
        }
      }
    }
  }
  return [...new Set(missing)];
}
