// Figures as the source writes them: decimals kept, 多 约 近 不到 kept, units
// attached; a change with its sign, a rank as a position, a range with ～, a
// figure in words as its words. In English the same digits are written the
// English way (src/model/format-en.ts); no figure is ever rounded or recomputed.
import type { Metric } from '../schema/data.js';
import { kindOf } from '../schema/kinds.js';
import { knownUnit } from '../schema/units.js';
import { englishMultiple, englishNumber, englishValue, ordinal } from './format-en.js';
import type { Lang } from './words.js';

/** What formatting needs of a metric (tests pass a few fields). */
export type FigureFields = Pick<Metric, 'unit' | 'approx'> & Partial<Pick<Metric, 'value' | 'kind' | 'upper' | 'unit_en' | 'text'>> & { decimals?: number };

/** The digits as the source writes them: 321.70 with decimals 2. */
export function sourceDigits(value: number, decimals?: number): string {
  return decimals === undefined ? String(value) : value.toFixed(decimals);
}

export function formatNumber(value: number, decimals?: number, lang: Lang = 'zh'): string {
  // Chinese: no thousands separators, as the source writes 34463 and 72729.
  const digits = sourceDigits(value, decimals);
  return lang === 'en' ? englishNumber(digits) : digits;
}

/**
 * 多 after a round number, as Chinese writes it (800多个, 6000多亿元); after
 * a figure that is not round, after its multiplier (15万多人, 2万多人次: 2多万
 * is no Chinese) or after a time's unit (1年多, 3个多月); any other figure
 * that is not round is 超过 it (超过12个).
 */
function moreThan(n: string, unit: string): string {
  if (/^\d*0$/.test(n) && Number(n) >= 10) return `${n}多${unit}`;
  if (unit === '个月') return `${n}个多月`;
  const known = knownUnit(unit);
  if (known?.kind === 'duration') return `${n}${unit}多`;
  const prefix = known ? unit.slice(0, unit.length - known.base.length) : (/^(万亿|亿|万)(?=.)/.exec(unit)?.[0] ?? '');
  return prefix ? `${n}${prefix}多${unit.slice(prefix.length)}` : `超过${n}${unit}`;
}

const ZH_APPROX = { more_than: moreThan, about: (n: string, u: string) => `约${n}${u}`, nearly: (n: string, u: string) => `近${n}${u}`, less_than: (n: string, u: string) => `不到${n}${u}` };

/** The figure as a slide shows it: 321.70亿元, 800多个, −2.3%, 第2位, 2～3年, 几十家. A target is shown as its value; slides mark it. */
export function formatValue(m: FigureFields, lang: Lang = 'zh'): string {
  if (m.value === undefined) return m.text ?? '';
  const kind = kindOf(m);
  const digits = sourceDigits(m.value, m.decimals);
  const upper = m.upper === undefined ? undefined : sourceDigits(m.upper, m.decimals);
  if (kind === 'rank') return lang === 'en' ? ordinal(m.value) : `第${digits}${m.unit}`;
  // A change carries its sign: +120%, −2.3% (the minus sign, not a hyphen).
  const sign = kind === 'change' && m.value > 0 ? '+' : '';
  if (lang === 'en') return sign + englishValue(digits, { unit: m.unit, unit_en: m.unit_en }, m.approx, upper);
  const n = `${sign}${digits.replace(/^-/, '−')}${upper === undefined ? '' : `～${upper}`}`;
  return m.approx ? ZH_APPROX[m.approx](n, m.unit) : `${n}${m.unit}`;
}

/** A 倍 metric in a sentence: 3.83倍, "3.83 times". */
export function formatMultiple(m: Pick<Metric, 'unit'> & { value?: number; decimals?: number }, lang: Lang = 'zh'): string {
  const digits = sourceDigits(m.value ?? 0, m.decimals);
  return lang === 'en' ? englishMultiple(digits) : `${digits}${m.unit}`;
}
