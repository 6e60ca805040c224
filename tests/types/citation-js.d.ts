// Minimal declarations for the parts of citation-js the tests use (the package ships no types).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: unknown[];
    format(format: 'bibliography' | 'citation', options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';

declare module 'edtf' {
  /** Parses an EDTF string; throws on invalid input. `min`/`max` are milliseconds (±Infinity for open ends). */
  export default function edtf(text: string): { readonly min: number; readonly max: number; readonly type: string };
  /** Parses an EDTF string up to a level; throws on invalid input. */
  export function parse(text: string, options?: { readonly level?: 0 | 1 | 2 }): { readonly type: string; readonly level: number };
}
