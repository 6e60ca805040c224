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
