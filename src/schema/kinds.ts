// What kind of figure a metric is, when the data does not say: a figure in %
// is a share, any other an amount (as before kinds existed).
import type { MetricKind } from './data.js';

export function kindOf(m: { kind?: MetricKind; unit: string }): MetricKind {
  return m.kind ?? (m.unit === '%' ? 'share' : 'amount');
}

/** A target or a plan: a figure not achieved, never drawn or worded as if it were. */
export const isPlanned = (m: { kind?: MetricKind; unit: string }): boolean => m.kind === 'target' || m.kind === 'plan';

/** A category naming a year: 2015年, or 2015 (English). */
export const YEAR_CATEGORY = /^(\d{4})(年|$)/;
