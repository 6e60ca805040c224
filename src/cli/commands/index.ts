import type { Command } from '../command.js';
import { bibliography } from './bibliography.js';
import { caseStudyList } from './case-studies.js';
import { citationList } from './citations.js';
import { claimList } from './claims.js';
import { eventList } from './events.js';
import { exportAs } from './export.js';
import { noteList } from './notes.js';
import { organisationList } from './organisations.js';
import { outline } from './outline.js';
import { peopleList } from './people.js';
import { placeList } from './places.js';
import { quoteList } from './quotes.js';
import { searchText } from './search.js';
import { text } from './text.js';
import { timelineList } from './timeline.js';

/** Every command, in the order the help lists them (`help` itself is the runner's). */
export const commands: readonly Command[] = [
  outline,
  text,
  searchText,
  quoteList,
  citationList,
  bibliography,
  timelineList,
  peopleList,
  placeList,
  organisationList,
  eventList,
  caseStudyList,
  claimList,
  noteList,
  exportAs,
];
