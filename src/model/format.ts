// Figures as the source writes them: decimals kept, 多 and 约 kept, units
// attached. In English the same digits are written the English way
// (src/model/format-en.ts); no figure is ever rounded or recomputed.
import type { Metric } from '../schema/data.js';
import { englishMultiple, englishNumber, englishValue } from './format-en.js';
import type { Lang } from './words.js';

type Figure = Pick<Metric, 'value' | 'unit' | 'approx'> & { decimals?: number };

/** The digits as the source writes them: 321.70 with decimals 2. */
export function sourceDigits(value: number, decimals?: number): string {
  return decimals === undefined ? String(value) : value.toFixed(decimals);
}

export function formatNumber(value: number, decimals?: number, lang: Lang = 'zh'): string {
  // Chinese: no thousands separators, as the source writes 34463 and 72729.
  const digits = sourceDigits(value, decimals);
  return lang === 'en' ? englishNumber(digits) : digits;
}

export function formatValue(m: Figure, lang: Lang = 'zh'): string {
  if (lang === 'en') return englishValue(sourceDigits(m.value, m.decimals), m.unit, m.approx);
  const n = sourceDigits(m.value, m.decimals);
  if (m.approx === 'more_than') return `${n}多${m.unit}`;
  if (m.approx === 'about') return `约${n}${m.unit}`;
  return `${n}${m.unit}`;
}

/** A 倍 metric in a sentence: 3.83倍, "3.83 times". */
export function formatMultiple(m: Pick<Metric, 'value' | 'unit'> & { decimals?: number }, lang: Lang = 'zh'): string {
  const digits = sourceDigits(m.value, m.decimals);
  return lang === 'en' ? englishMultiple(digits) : `${digits}${m.unit}`;
}
