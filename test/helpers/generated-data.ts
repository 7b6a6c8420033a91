// Random valid briefing data (fast-check): any text a deck can hold, numbers
// at their limits, random counts of parts, sections, charts and milestones.
import fc from 'fast-check';
import { unwritableCharacter } from '../../src/schema/data.js';

// Text of every kind: Chinese, any Unicode (surrogates and control characters included), very long.
const cjk = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 30 });
const anyText = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });
const grapheme = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 });
const long = fc.string({ unit: 'grapheme-ascii', minLength: 200, maxLength: 1200 });
// The schema refuses characters a deck cannot hold (the bad-input tests cover them): leave them out here.
const text = fc
  // A long text is rare (one in 33): each refuses the deck when it lands where it cannot fit, and most decks should be built.
  .oneof({ weight: 16, arbitrary: cjk }, { weight: 8, arbitrary: anyText }, { weight: 8, arbitrary: grapheme }, { weight: 1, arbitrary: long })
  .filter((s) => s.trim().length > 0 && unwritableCharacter(s) === undefined);

const COUNT_UNITS = ['亿元', '万元', '个', '项', '家'] as const;
const amount = fc.oneof(fc.double({ min: 0, max: 1e15, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 2 ** 31 }), fc.constantFrom(0, 1e-9, 1e15));
const share = fc.double({ min: 0, max: 100, noNaN: true });

export const shape = fc.record({
  texts: fc.array(text, { minLength: 40, maxLength: 40 }),
  amounts: fc.array(amount, { minLength: 12, maxLength: 12 }),
  shares: fc.array(share, { minLength: 6, maxLength: 6 }),
  parts: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
  points: fc.integer({ min: 1, max: 6 }),
  charts: fc.array(fc.constantFrom('bar', 'hbar', 'rings'), { minLength: 0, maxLength: 3 }),
  unit: fc.constantFrom(...COUNT_UNITS),
  milestones: fc.integer({ min: 0, max: 9 }),
  recognitions: fc.integer({ min: 0, max: 7 }),
  year: fc.integer({ min: 1960, max: 2099 }),
});

/** Valid data, built from the random shape: every reference resolves, units agree. */
export type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;

export function dataFrom(s: Shape): unknown {
  const t = (i: number) => s.texts[i % s.texts.length]!;
  const metrics = [
    ...s.amounts.map((v, i) => ({ id: `amount_${i}`, label: t(i), value: v, unit: s.unit, year: s.year, quote: t(i + 1) })),
    ...s.shares.map((v, i) => ({ id: `share_${i}`, label: t(i + 3), value: v, unit: '%', scope: t(i + 4), quote: t(i + 5) })),
  ];
  const charts = s.charts.map((kind, i) =>
    kind === 'rings'
      ? { id: `chart_${i}`, kind, title: t(i + 7), unit: '%', categories: [t(i), t(i + 1)], series: [{ name: t(i + 2), metrics: ['share_0', `share_${1 + i}`] }] }
      : { id: `chart_${i}`, kind, title: t(i + 7), unit: s.unit, categories: [t(i), t(i + 1), t(i + 2)], series: [{ name: t(i + 3), metrics: ['amount_0', `amount_${i + 1}`, `amount_${i + 4}`] }] },
  );
  let chartAt = 0;
  const parts = s.parts.map((sections, p) => ({
    id: `part_${p}`,
    title: t(p + 11),
    sections: Array.from({ length: sections }, (_, i) => ({
      id: `section_${p}_${i}`,
      title: t(p + i + 12),
      headline: t(p + i + 13),
      points: Array.from({ length: s.points }, (_, k) => t(p + i + k + 14)),
      summary: t(p + i + 15),
      metrics: i % 2 ? [`amount_${i}`, `share_${i}`] : [],
      charts: chartAt < charts.length && i % 2 === 0 ? [charts[chartAt++]!.id] : [],
      cases: i % 3 === 1 ? ['case_0'] : [],
    })),
  }));
  return {
    meta: { title: t(20), subtitle: t(21), organisation: t(22), date: `${s.year}-01-31` },
    source: { title: t(23), publisher: t(24), date: `${s.year}-12-01`, notes: [t(25)] },
    summary: t(26),
    headline: [{ label: t(27), from: 'amount_1', to: 'amount_2' }],
    metrics,
    charts,
    cases: [{ id: 'case_0', place: t(28), title: t(29), text: t(30), metrics: ['amount_3'] }],
    parts,
    milestones: Array.from({ length: s.milestones }, (_, i) => ({ year: s.year - i, text: t(i + 31), quote: t(i + 32) })),
    recognitions: Array.from({ length: s.recognitions }, (_, i) => ({ year: s.year - i, by: t(i + 33), text: t(i + 34), quote: t(i + 35) })),
    closing: { title: t(36), text: t(37) },
  };
}

