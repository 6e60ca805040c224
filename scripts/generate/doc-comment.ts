/** A TSDoc comment at the given indentation. */
export function docComment(doc: string, indent = ''): string {
  const lines = doc.split('\n');
  if (lines.length === 1) return `${indent}/** ${doc} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} *${line === '' ? '' : ` ${line}`}`).join('\n')}\n${indent} */\n`;
}
