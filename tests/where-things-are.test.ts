/**
 * Where things are: the place that contains each city and building, and the venues of events, read
 * against the essay's own words.
 */
import { describe, expect, it } from 'vitest';
import { blocks, events, getEvent, getPlace, places } from '../src/index.js';

const essay = blocks.map((block) => block.text).join('\n');

describe('what contains a place', () => {
  it('cities and buildings name the smallest place of the edition that contains them', () => {
    const within = Object.fromEntries(places.filter((p) => p.withinId !== null).map((p) => [p.id, p.withinId]));
    expect(within).toEqual({
      moscow: 'soviet-union',
      poznan: 'poland',
      'belweder-palace': 'warsaw',
      warsaw: 'poland',
      beijing: 'china',
      'lenin-mausoleum': 'moscow',
      pyongyang: 'north-korea',
      'new-york': 'united-states',
    });
  });

  it('countries, regions and borders name none; nor do cities whose state the edition does not record', () => {
    for (const place of places.filter((p) => p.kind !== 'city' && p.kind !== 'building')) expect(place.withinId, place.id).toBeNull();
    expect(['east-berlin', 'london', 'leipzig'].map((id) => getPlace(id as never)?.withinId)).toEqual([null, null, null]);
  });

  it('each is editorial with its ground, and the essay’s words it cites are printed there', () => {
    for (const place of places.filter((p) => p.withinId !== null)) {
      expect(place.withinNote, place.id).toMatch(/^(Editorial: |Stated by the essay: |Outside the essay: )/);
      for (const [, words] of place.withinNote!.matchAll(/“([^”]+)”/g)) expect(essay, `${place.id}: “${words}”`).toContain(words);
    }
    expect(essay).toContain('the Belweder Palace in Warsaw');
    expect(getPlace('lenin-mausoleum')?.withinNote).toMatch(/^Outside the essay: /); // the essay names only “the mausoleum”
  });
});

describe('where an event happened', () => {
  it('the 20th Congress and the Secret Speech are in Moscow, a venue the essay implies, with its ground', () => {
    for (const id of ['cpsu-20th-congress', 'secret-speech'] as const) {
      const event = getEvent(id);
      expect(event.placeIds).toEqual(['moscow']);
      expect(event.placeNote).toMatch(/^Outside the essay: /);
      for (const [, words] of event.placeNote!.matchAll(/“([^”]+)”/g)) expect(essay).toContain(words);
    }
    expect(essay).toContain('straight from Moscow');
    expect(essay).toContain('Moscow’s de-Stalinisation');
  });

  it('no other event has a place the essay does not give: the later congresses stay without one', () => {
    expect(events.filter((e) => e.placeNote !== null).map((e) => e.id)).toEqual(['secret-speech', 'cpsu-20th-congress']);
    expect(getEvent('cpsu-21st-congress').placeIds).toEqual([]);
    expect(getEvent('cpsu-22nd-congress').placeIds).toEqual([]);
  });
});
