import { edtfEnds, type EdtfDate } from './edtf-parts.js';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The seasons of EDTF level 1, in the essay's English ("in fall 1956"). */
const seasons: Readonly<Record<number, string>> = { 21: 'spring', 22: 'summer', 23: 'fall', 24: 'winter' };

/** The date without its qualifier and, when `withYear` is false, without its year. */
function plain(date: EdtfDate, withYear: boolean): string {
  const year = withYear ? String(date.year) : '';
  if (date.season !== undefined) return `${seasons[date.season]} ${year}`.trim();
  if (date.month === undefined) return year;
  const month = `${months[date.month - 1]} ${year}`.trim();
  return date.day === undefined ? month : `${date.day} ${month}`;
}

function qualified(date: EdtfDate, words: string): string {
  if (date.qualifier === '~') return `about ${words}`;
  if (date.qualifier === '?') return `${words} (uncertain)`;
  if (date.qualifier === '%') return `about ${words} (uncertain)`;
  return words;
}

/** Two dates of one interval: the year (and month) said once where they share it. */
function range(a: EdtfDate, b: EdtfDate): string {
  const right = qualified(b, plain(b, true));
  const shareYear = a.year === b.year && a.qualifier === '' && b.qualifier === '' && a.season === undefined && b.season === undefined;
  const sameKind = (a.month === undefined) === (b.month === undefined) && (a.day === undefined) === (b.day === undefined);
  let left = qualified(a, plain(a, !(shareYear && sameKind && a.month !== undefined)));
  if (shareYear && a.day !== undefined && b.day !== undefined && a.month === b.month) left = String(a.day);
  // "19–20 October 1956", "March–April 1956", "1956–1964"; "31 October – 1 November 1961".
  const first = right.split(' ')[0]!;
  const closed = !left.includes(' ') && /^[0-9]+$/.test(left) === /^[0-9]+$/.test(first);
  return closed ? `${left}–${right}` : `${left} – ${right}`;
}

/**
 * An EDTF date of levels 0 and 1 in English words, always with its year: `1956-02-25` is
 * "25 February 1956", the season `1956-23` "fall 1956", `1956-03~` "about March 1956",
 * `1956-10-19/1956-10-20` "19–20 October 1956", `../1954` "by 1954". `undefined` for anything else.
 */
export function dateInWords(edtf: string): string | undefined {
  const ends = edtfEnds(edtf);
  if (!ends) return undefined;
  const [from, to] = ends;
  if (from.kind === 'date' && to.kind === 'date') {
    return from.date === to.date ? qualified(from.date, plain(from.date, true)) : range(from.date, to.date);
  }
  if (to.kind === 'date') return `${from.kind === 'open' ? 'by' : 'until'} ${qualified(to.date, plain(to.date, true))}`;
  if (from.kind === 'date') return `${to.kind === 'open' ? 'from' : 'since'} ${qualified(from.date, plain(from.date, true))}${to.kind === 'open' ? ' on' : ''}`;
  return undefined;
}
