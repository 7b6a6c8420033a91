// Deck shapes for the layout's property test and its LibreOffice sample:
// every count from 0 to its largest, texts of 1 to 500 characters.
import fc from 'fast-check';
import type { DeckSpec, Lengths } from '../../scripts/gallery/sample-data.js';

/** Lengths as reports have them, most decks; any length up to 500 in the others. */
const USUAL_MAX: Lengths = { title: 16, headline: 24, label: 30, point: 160, place: 10, caseTitle: 50, milestone: 50, recognition: 70, by: 12, reading: 160, note: 80, category: 6 };
const lengths = (long: boolean) =>
  fc.record(Object.fromEntries(Object.entries(USUAL_MAX).map(([k, max]) => [k, fc.integer({ min: 1, max: long ? 500 : max })])) as Record<keyof Lengths, fc.Arbitrary<number>>);

const section = fc.record({
  points: fc.integer({ min: 1, max: 6 }),
  figures: fc.integer({ min: 0, max: 12 }),
  charts: fc.array(fc.constantFrom('bar' as const, 'hbar' as const, 'rings' as const), { maxLength: 4 }),
  cases: fc.integer({ min: 0, max: 8 }),
});

export const deckSpec: fc.Arbitrary<DeckSpec> = fc.record({
  comparisons: fc.integer({ min: 1, max: 4 }),
  comparisonCharts: fc.boolean(),
  parts: fc.array(fc.array(section, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
  milestones: fc.integer({ min: 0, max: 20 }),
  recognitions: fc.integer({ min: 0, max: 30 }),
  readings: fc.integer({ min: 0, max: 12 }),
  notes: fc.integer({ min: 0, max: 8 }),
  lengths: fc.boolean().chain((long) => lengths(long)),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
});

