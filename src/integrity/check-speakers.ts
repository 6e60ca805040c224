import type { EssayData } from '../types/index.js';
import type { Report } from './issue.js';

/**
 * No quotation is silent (rule `speaker`): every quote of kind `quotation` names a speaker, a person
 * (`speakerIds`) or a body (`speakerOrganisationIds`), or says in `speakerNote` who speaks; and a
 * quote that gives a body as speaker has a `speakerNote`, since taking a body's words for a
 * person's or a people's is the editors' reading.
 */
export function checkSpeakers(data: Pick<EssayData, 'quotes'>, report: Report): void {
  data.quotes.forEach((quote, i) => {
    const named = quote.speakerIds.length > 0 || quote.speakerOrganisationIds.length > 0;
    if (quote.kind === 'quotation' && !named && quote.speakerNote === null) {
      report(['quotes', i, 'speakerNote'], 'speaker', `quotation ${quote.id} names no speaker and has no note saying who speaks`);
    }
    if (quote.speakerOrganisationIds.length > 0 && quote.speakerNote === null) {
      report(['quotes', i, 'speakerNote'], 'speaker', `quote ${quote.id} gives a body as speaker without a note saying who speaks`);
    }
  });
}
