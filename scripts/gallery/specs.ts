// The gallery: every slide kind at its smallest, usual and largest counts,
// and with long texts, on 16:9 and on 4:3. `npm run gallery` builds these
// decks into out/gallery/; the tests lay them out too (test/gallery).
import { USUAL_LENGTHS, type DeckSpec, type Lengths, type SectionSpec } from './sample-data.js';

const section = (points: number, figures: number, charts: SectionSpec['charts'], cases: number): SectionSpec => ({ points, figures, charts, cases });

export const LONG_LENGTHS: Lengths = { title: 10, headline: 22, label: 36, point: 180, place: 9, caseTitle: 70, milestone: 70, recognition: 110, by: 12, reading: 260, note: 60, category: 10 };

export interface GalleryDeck {
  name: string;
  /** What the deck shows, for the gallery's index. */
  shows: string;
  spec: DeckSpec;
  /** 4:3 decks use a copy of the default template 10 x 7.5 in. */
  aspect: '16:9' | '4:3';
}

const smallest: DeckSpec = {
  comparisons: 1,
  comparisonCharts: false,
  // A measure with one point and nothing else; an area with one point and one chart.
  parts: [[section(1, 0, [], 0)], [section(1, 0, ['bar'], 0)]],
  milestones: 1,
  recognitions: 1,
  readings: 0,
  notes: 0,
  lengths: USUAL_LENGTHS,
  seed: 1,
};

const usual: DeckSpec = {
  comparisons: 3,
  comparisonCharts: true,
  parts: [
    [section(3, 1, [], 0), section(4, 3, [], 0), section(4, 2, [], 0), section(4, 0, [], 0)],
    [section(4, 3, ['rings'], 2), section(4, 3, ['bar'], 2), section(4, 2, ['hbar'], 1), section(3, 2, [], 2)],
  ],
  milestones: 7,
  recognitions: 5,
  readings: 4,
  notes: 5,
  lengths: USUAL_LENGTHS,
  seed: 2,
};

const largest: DeckSpec = {
  comparisons: 4,
  comparisonCharts: true,
  parts: [
    [section(6, 12, [], 0), section(6, 4, [], 8), section(6, 0, [], 0)],
    [section(6, 12, ['rings', 'bar', 'hbar', 'bar'], 8), section(4, 6, ['bar', 'rings'], 3), section(2, 0, ['bar', 'bar', 'rings', 'hbar'], 0)],
    [section(3, 2, [], 0)],
    [section(3, 2, [], 0)],
    [section(3, 2, [], 0)],
    [section(3, 2, [], 0)],
  ],
  milestones: 20,
  recognitions: 30,
  readings: 12,
  notes: 8,
  lengths: USUAL_LENGTHS,
  seed: 3,
};

const long: DeckSpec = { ...usual, lengths: LONG_LENGTHS, seed: 4 };

export const GALLERY: GalleryDeck[] = [
  { name: 'smallest', shows: 'every slide kind at its smallest count', spec: smallest, aspect: '16:9' },
  { name: 'usual', shows: 'the counts of a usual report', spec: usual, aspect: '16:9' },
  { name: 'largest', shows: 'every slide kind at its largest count: 4 comparisons, 12 key figures, 4 charts, 8 cases, 9 agenda items, 20 milestones, 30 recognitions, 12 readings', spec: largest, aspect: '16:9' },
  { name: 'long', shows: 'usual counts, long texts (points of 180 characters, case titles of 70, readings of 260)', spec: long, aspect: '16:9' },
  { name: 'usual-4x3', shows: 'the usual report on a 4:3 slide', spec: usual, aspect: '4:3' },
  { name: 'largest-4x3', shows: 'the largest counts on a 4:3 slide', spec: largest, aspect: '4:3' },
  { name: 'long-4x3', shows: 'long texts on a 4:3 slide', spec: long, aspect: '4:3' },
];
