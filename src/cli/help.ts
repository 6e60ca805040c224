import { essay } from '../index.js';
import { bibliographyFormats, exportFormats } from './formats.js';

/** The command's name, as installed. */
export const cliName = 'destalinisation-essay';

/** What `--help` prints. */
export const help = `Usage: ${cliName} <command> [options]

The essay "${essay.title}" (${essay.written}) as data.

Commands:
  outline                      the sections of the essay, with their paragraphs
  text                         the whole text, as published
  search <query>               literal, case- and accent-insensitive search
  quotes                       every quotation, term and title in quotation marks
  citations                    every in-text citation, "ibid." resolved
  bibliography                 the bibliography
  timeline                     the events in date order
  people                       the people the essay names, with their mentions
  export                       the edition in a standard format (--format)

Options:
  --json                       print JSON instead of text
  --limit <n>                  search: stop after n hits
  --speaker <person id>        quotes: only the words of this person (e.g. lenin)
  --source <reference id>      quotes: only those from this source (e.g. khrushchev-1956)
  --format <format>            bibliography: ${bibliographyFormats.join(' | ')}
                               export: ${exportFormats.join(' | ')}
  --from <date>, --to <date>   timeline: EDTF dates or years (e.g. 1956, 1956-10)
  --person <id>, --place <id>  timeline: only events of this person or place
  --source-iri <iri>           export annotations: the IRI of the plain text
  -h, --help                   show this help
  -v, --version                show the version
`;
