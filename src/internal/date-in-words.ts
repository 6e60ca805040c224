import { edtfEnds, type EdtfDate } from './edtf-parts.js';

/** How the season of EDTF code 23 (September to November) is written. */
export type AutumnWord = 'fall' | 'autumn';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The seasons of EDTF level 1; autumn is written as the caller asks ("fall" is the essay's word: "in fall 1956"). */
function seasonName(season: number, autumn: AutumnWord): string {
  return season === 23 ? autumn : season === 21 ? 'spring' : season === 22 ? 'summer' : 'winter';
}

/** A year in words: astronomical year 0 is 1 BC; the years 1 to 999 take "AD" so that "56" is not read as 1956. */
function yearName(year: number): string {
  if (year <= 0) return `${1 - year} BC`;
  return year < 1000 ? `AD ${year}` : String(year);
}

/** The years that unspecified digits allow: "1950–1959", "1960–1951 BC"; `XXXX` is "year unknown". */
function years(first: number, last: number): string {
  if (first === 0 && last === 9999) return 'year unknown';
  if (last <= 0) return `${1 - first}–${1 - last} BC`;
  return first >= 1000 ? `${first}–${last}` : `${yearName(first)} – ${yearName(last)}`;
}

/** The date without its qualifier and, when `withYear` is false, without its year. */
function plain(date: EdtfDate, withYear: boolean, autumn: AutumnWord): string {
  if (date.lastYear !== undefined) return years(date.year, date.lastYear);
  const year = withYear ? yearName(date.year) : '';
  if (date.season !== undefined) return `${seasonName(date.season, autumn)} ${year}`.trim();
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
function range(a: EdtfDate, b: EdtfDate, autumn: AutumnWord): string {
  const right = qualified(b, plain(b, true, autumn));
  const shareYear = a.year === b.year && a.qualifier === '' && b.qualifier === '' && a.season === undefined && b.season === undefined;
  const sameKind = (a.month === undefined) === (b.month === undefined) && (a.day === undefined) === (b.day === undefined);
  let left = qualified(a, plain(a, !(shareYear && sameKind && a.month !== undefined), autumn));
  if (shareYear && a.day !== undefined && b.day !== undefined && a.month === b.month) left = String(a.day);
  // "19–20 October 1956", "March–April 1956", "1956–1964"; "31 October – 1 November 1961".
  const first = right.split(' ')[0]!;
  const closed = !left.includes(' ') && /^[0-9]+$/.test(left) === /^[0-9]+$/.test(first);
  return closed ? `${left}–${right}` : `${left} – ${right}`;
}

/**
 * An EDTF date of levels 0 and 1 in English words, always with its year: `1956-02-25` is
 * "25 February 1956", the season `1956-23` "fall 1956" (or "autumn 1956"), `1956-03~` "about March
 * 1956", `1956-10-19/1956-10-20` "19–20 October 1956", `../1954` "by 1954". `undefined` for a form
 * it does not read. It reads forms, not the calendar: check the date first (`edtfBounds`).
 */
export function dateInWords(edtf: string, autumn: AutumnWord = 'fall'): string | undefined {
  const ends = edtfEnds(edtf);
  if (!ends) return undefined;
  const [from, to] = ends;
  const words = (date: EdtfDate) => qualified(date, plain(date, true, autumn));
  if (from.kind === 'date' && to.kind === 'date') return from.date === to.date ? words(from.date) : range(from.date, to.date, autumn);
  if (to.kind === 'date') return `${from.kind === 'open' ? 'by' : 'until'} ${words(to.date)}`;
  if (from.kind === 'date') return `${to.kind === 'open' ? 'from' : 'since'} ${words(from.date)}${to.kind === 'open' ? ' on' : ''}`;
  return undefined;
}
