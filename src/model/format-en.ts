// Figures in English. The source's digits are kept: amounts in 亿元 and 万元
// move the decimal point to billions, millions or yuan (a shift of the digit
// string, never a multiplication, so 321.70亿元 is CNY 32.170 billion, with
// the source's five significant digits, and no float artefacts appear).
import type { Metric, Unit } from '../schema/data.js';

/** How an English figure of a unit is written: a power-of-ten shift and the words around the number. */
export interface EnglishScale {
  shift: number;
  prefix: string;
  suffix: string;
}

/**
 * The scale for an amount of `value` in `unit`. 亿元 (10^8 yuan): billions
 * from 10亿元, else millions. 万元 (10^4 yuan): billions from 10^5 万元,
 * millions from 100万元, else yuan (1万元 = CNY 10,000).
 */
export function englishScale(unit: Unit, value: number): EnglishScale {
  if (unit === '亿元') return value >= 10 ? money(-1, 'billion') : money(2, 'million');
  if (unit === '万元') return value >= 1e5 ? money(-5, 'billion') : value >= 100 ? money(-2, 'million') : money(4, '');
  if (unit === '%') return { shift: 0, prefix: '', suffix: '%' };
  if (unit === '倍') return { shift: 0, prefix: '×', suffix: '' };
  if (unit === '天') return { shift: 0, prefix: '', suffix: value === 1 ? ' day' : ' days' };
  if (unit === '个月') return { shift: 0, prefix: '', suffix: value === 1 ? ' month' : ' months' };
  // 个, 项, 家, 名, 省: counts. The label names what is counted.
  return { shift: 0, prefix: '', suffix: '' };
}

const money = (shift: number, word: string): EnglishScale => ({ shift, prefix: 'CNY ', suffix: word ? ` ${word}` : '' });

/**
 * Moves the decimal point of a digit string `k` places (k < 0: to the left).
 * Digits written after the point stay, even zeros (321.70 -> 32.170); zeros
 * that only stood before the point are no precision and go (800 -> 8, not 8.00).
 */
export function shiftPoint(digits: string, k: number): string {
  const negative = digits.startsWith('-');
  const [int = '', frac = ''] = (negative ? digits.slice(1) : digits).split('.');
  let all = int + frac;
  let point = int.length + k;
  if (point <= 0) {
    all = '0'.repeat(1 - point) + all;
    point = 1;
  }
  if (point > all.length) all += '0'.repeat(point - all.length);
  const whole = all.slice(0, point).replace(/^0+(?=\d)/, '');
  let fraction = all.slice(point);
  if (frac === '') fraction = fraction.replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Thousands separators in the whole part: 34463 -> 34,463. */
export function englishNumber(digits: string): string {
  const [whole = '', fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export function englishValue(digits: string, unit: Unit, approx?: Metric['approx']): string {
  const s = englishScale(unit, Number(digits));
  const text = `${s.prefix}${englishNumber(shiftPoint(digits, s.shift))}${s.suffix}`;
  if (approx === 'more_than') return `over ${text}`;
  if (approx === 'about') return `about ${text}`;
  return text;
}

/** "3.83 times", for sentences; figures show ×3.83. */
export function englishMultiple(digits: string): string {
  return `${englishNumber(digits)} times`;
}
