// Figures as the source writes them: decimals kept, 多 and 约 kept, units attached.
import type { Metric } from '../schema/data.js';

export function formatNumber(value: number, decimals?: number): string {
  // No thousands separators: the source writes 34463 and 72729 plain.
  return decimals === undefined ? String(value) : value.toFixed(decimals);
}

export function formatValue(m: Pick<Metric, 'value' | 'unit' | 'approx'> & { decimals?: number }): string {
  const n = formatNumber(m.value, m.decimals);
  if (m.approx === 'more_than') return `${n}多${m.unit}`;
  if (m.approx === 'about') return `约${n}${m.unit}`;
  return `${n}${m.unit}`;
}

/** "×3.83" style multiple text for a 倍 metric. */
export function formatMultiple(m: Pick<Metric, 'value' | 'unit'> & { decimals?: number }): string {
  return `${formatNumber(m.value, m.decimals)}${m.unit}`;
}
