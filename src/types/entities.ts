import type {
  BlockId,
  EventId,
  OrganisationId,
  PersonId,
  PlaceId,
  ReferenceId,
} from '../generated/ids.js';
import type { Span } from './text.js';

/** A curated mention of a person, place or organisation: a {@link Span} of the words that name it. */
export type Mention = Span;

/** What every person, place and organisation record has: names as printed, and mentions. */
export interface NamedEntity {
  /** Preferred modern form of the name, with its diacritics (e.g. "Władysław Gomułka", "Poznań"). */
  readonly name: string;
  /**
   * Where the preferred name is not printed as such in the essay (a diacritic restored, a given
   * name added, an identification made), what the editors did and on what ground; otherwise `null`.
   */
  readonly nameNote: string | null;
  /** Every form printed in the essay, misspellings and abbreviations included. */
  readonly variants: readonly string[];
  /** One line drawn from what the essay says. */
  readonly description: string;
  /** Every mention, in reading order. */
  readonly mentions: readonly Mention[];
}

/** A person the essay names: a historical actor or a cited scholar. */
export interface Person extends NamedEntity {
  /** Stable identifier, e.g. `khrushchev`. */
  readonly id: PersonId;
}

/** A place the essay names: a country, city, building, region or border. */
export interface Place extends NamedEntity {
  /** Stable identifier. */
  readonly id: PlaceId;
  /**
   * `[longitude, latitude]` (WGS 84) where the place is certain; always editorial (the essay gives
   * none), `null` for countries and regions.
   */
  readonly coordinates: readonly [number, number] | null;
  /** The ground for the coordinates, or `null` when there are none. */
  readonly coordinatesNote: string | null;
}

/** An organisation the essay names: a party, body, ministry, alliance, faction or archive. */
export interface Organisation extends NamedEntity {
  /** Stable identifier. */
  readonly id: OrganisationId;
}

/**
 * Where a date comes from: the essay states it, it is derived from the essay's own words, or
 * it is outside knowledge (then `dateNote` gives the ground).
 */
export type DateBasis = 'stated' | 'inferred' | 'editorial';

/** A dated or datable happening the essay narrates, or the date of a document it cites. */
export interface Event {
  /** Stable identifier. */
  readonly id: EventId;
  /** A short title. */
  readonly title: string;
  /** The essay's sentence that narrates it, or, where no single sentence does, the title. */
  readonly summary: string;
  /** The date, EDTF levels 0 and 1 (e.g. `1956-02-25`, `1956-10-19/1956-10-20`, `../1954`). */
  readonly date: string;
  /** The essay's own words that give the date. */
  readonly dateText: string;
  /** Where the date comes from. */
  readonly dateBasis: DateBasis;
  /** How an inferred or editorial date was reached, or `null` for a stated one. */
  readonly dateNote: string | null;
  /** The blocks that narrate the event. */
  readonly blockIds: readonly BlockId[];
  /** People who take part. */
  readonly personIds: readonly PersonId[];
  /** Places where it happens. */
  readonly placeIds: readonly PlaceId[];
  /** Organisations involved. */
  readonly organisationIds: readonly OrganisationId[];
  /** Bibliography entries that document it. */
  readonly sourceIds: readonly ReferenceId[];
}
