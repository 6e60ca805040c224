// citeproc-js (npm `citeproc`) ships no types: the part the tests use.
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): object | undefined;
  }
  class Engine {
    constructor(sys: Sys, style: string, lang?: string);
    updateItems(ids: readonly string[]): void;
    makeBibliography(): false | [{ readonly bibliography_errors: readonly unknown[] }, readonly string[]];
    processCitationCluster(
      citation: object,
      before: readonly unknown[],
      after: readonly unknown[],
    ): [{ readonly citation_errors: readonly unknown[] }, readonly [number, string, string][]];
    previewCitationCluster(citation: object, before: readonly unknown[], after: readonly unknown[], format: string): string;
  }
  const CSL: { readonly Engine: typeof Engine };
  export default CSL;
}
