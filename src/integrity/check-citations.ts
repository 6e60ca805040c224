import { describeValue } from '../internal/describe-value.js';
import { parseLocator } from '../internal/parse-locator.js';
import type { EssayData } from '../types/index.js';
import type { Report } from './issue.js';
import { describeLocator, sameLocator } from './locator-text.js';
import { textOrder } from './text-order.js';

/**
 * What a citation derives from its printed words and from the citation before it, as the loader
 * derives it (rules `citation` and `locator`): the citations run in reading order; `ibid` is true
 * exactly when the citation is printed "(ibid."; an "ibid." repeats the citation immediately before
 * it and cites the same reference; the locator is the one printed after the colon, read as the
 * loader reads it, or for a bare "(ibid.)" that of the citation it repeats.
 */
export function checkCitations(data: Pick<EssayData, 'blocks' | 'citations'>, report: Report): void {
  const compare = textOrder(data.blocks);
  data.citations.forEach((citation, i) => {
    const at = ['citations', i] as const;
    const owner = `citation ${citation.id}`;
    const previous = i > 0 ? data.citations[i - 1] : undefined;
    if (previous && (compare(previous, citation) ?? 0) > 0) {
      report(at, 'citation', `${owner} comes before ${previous.id} in the text but after it in citations`);
    }
    if ((citation.form === 'parenthetical') !== citation.text.startsWith('(')) {
      report([...at, 'form'], 'citation', `${owner}: form ${citation.form} but the citation is printed ${describeValue(citation.text)}`);
    }
    const printedIbid = citation.text.startsWith('(ibid.');
    if (citation.ibid !== printedIbid)
      report([...at, 'ibid'], 'citation', `${owner}: ibid is ${citation.ibid} but the citation is printed ${describeValue(citation.text)}`);
    const { repeatsId } = citation;
    if (citation.ibid && repeatsId !== null && repeatsId !== citation.id && repeatsId !== previous?.id) {
      const expected = previous ? `the citation immediately before it, ${previous.id}` : 'nothing: no citation comes before it';
      report([...at, 'repeatsId'], 'citation', `${owner}: an "ibid." repeats ${expected}, not ${repeatsId}`);
    }
    if (printedIbid && previous && citation.referenceId !== previous.referenceId) {
      report(
        [...at, 'referenceId'],
        'citation',
        `${owner}: an "ibid." cites ${citation.referenceId} but the citation it repeats, ${previous.id}, cites ${previous.referenceId}`,
      );
    }
    const printed = parseLocator(citation.text);
    const inherited = printed === null && printedIbid && previous !== undefined;
    const expected = inherited ? previous.locator : printed;
    if (!sameLocator(citation.locator, expected)) {
      const source = inherited ? `that of citation ${previous.id}, which it repeats` : `the citation's printed locator`;
      report([...at, 'locator'], 'locator', `${owner}: locator ${describeLocator(citation.locator)} differs from ${source}, ${describeLocator(expected)}`);
    }
  });
}
