// A chart's category label on one line, or on two of nearly even width when
// it is long: Chart.js slants labels wider than their slot, and a slanted
// Chinese label is hard to read. Chinese breaks between words, English at
// spaces (line-break.ts), so 承接主体 or "Second level" never split inside.
import { breakUnits, mayBreakBetween } from './line-break.js';

/** Width in ems: a Chinese character a full em, Latin letters and digits about half. */
export const labelEms = (s: string): number => [...s].reduce((em, ch) => em + (/[\u0000-\u024f]/.test(ch) ? 0.56 : 1), 0);

/** Labels up to this many ems stay on one line. */
const ONE_LINE_EMS = 6;

export function categoryLines(category: string): string | string[] {
  if (labelEms(category) <= ONE_LINE_EMS) return category;
  const units = breakUnits(category);
  if (units.length < 2) return category;
  let best: [string, string] | undefined;
  let bestLonger = Infinity;
  for (let i = 1; i < units.length; i++) {
    const a = units.slice(0, i).join('').trim();
    const b = units.slice(i).join('').trim();
    if (!a || !b || !mayBreakBetween(a, b)) continue;
    const longer = Math.max(labelEms(a), labelEms(b));
    if (longer < bestLonger) [best, bestLonger] = [[a, b], longer];
  }
  return best ?? category;
}

/** The widest line of a label as drawn, in ems. */
export const widestLineEms = (category: string): number => {
  const lines = categoryLines(category);
  return Math.max(...(Array.isArray(lines) ? lines : [lines]).map(labelEms));
};
