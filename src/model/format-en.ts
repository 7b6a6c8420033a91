// Figures in English. The source's digits are kept: amounts in 亿元 and 万元
// move the decimal point to billions, millions or yuan (a shift of the digit
// string, never a multiplication, so 321.70亿元 is CNY 32.170 billion, with
// the source's five significant digits, and no float artefacts appear).
// Units come from the table of known units (src/schema/units.ts); any other
// unit's English from the data (unit_en).
import { knownUnit } from '../schema/units.js';

/** How an English figure of a unit is written: a power-of-ten shift and the words around the number. */
export interface EnglishScale {
  shift: number;
  prefix: string;
  suffix: string;
}

/** A unit and, for one the tool does not know, its English from the data. */
export type UnitSpec = string | { unit: string; unit_en?: string };
const unitOf = (u: UnitSpec) => (typeof u === 'string' ? { unit: u, unit_en: undefined } : u);

const PREFIX = /^(万亿|千万|百万|亿|万|千)/;
const PREFIX_POWER: Record<string, number> = { 万亿: 12, 千万: 7, 百万: 6, 亿: 8, 万: 4, 千: 3 };

/** The word for the size of `value` times 10^power, and the shift that writes it: million, billion. */
function magnitude(value: number, power: number, floor: 'none' | 'million', trillions: boolean): { shift: number; word: string } {
  const size = Math.abs(value) * 10 ** power;
  if (trillions && size >= 1e12) return { shift: power - 12, word: 'trillion' };
  if (size >= 1e9) return { shift: power - 9, word: 'billion' };
  if (size >= 1e6 || floor === 'million') return { shift: power - 6, word: 'million' };
  return { shift: power, word: '' };
}

/**
 * The scale for a figure of `value` in `unit`. Money: 亿元 (10^8 yuan) in
 * billions from 10亿元, else millions; 万元 in billions from 10^5 万元,
 * millions from 100万元, else yuan (1万元 = CNY 10,000). Counts are bare
 * numbers (a 万 in front worked out: 2万人次 = 20,000); measures and
 * durations carry their English word.
 */
export function englishScale(unitSpec: UnitSpec, value: number): EnglishScale {
  const { unit, unit_en } = unitOf(unitSpec);
  const known = knownUnit(unit);
  const word = (w: string) => (w ? ` ${w}` : '');
  if (!known) {
    const power = PREFIX_POWER[PREFIX.exec(unit)?.[1] ?? ''] ?? 0;
    if (unit_en === undefined) return { shift: 0, prefix: '', suffix: ` ${unit}` };
    const m = power ? magnitude(value, power, 'none', false) : { shift: 0, word: '' };
    return { shift: m.shift, prefix: '', suffix: `${word(m.word)}${word(unit_en)}` };
  }
  if (unit_en !== undefined) {
    const m = known.power ? magnitude(value, known.power, 'none', false) : { shift: 0, word: '' };
    return { shift: m.shift, prefix: '', suffix: `${word(m.word)}${word(unit_en)}` };
  }
  switch (known.kind) {
    case 'money': {
      const m = magnitude(value, known.power, known.power >= 8 ? 'million' : 'none', known.power >= 12);
      return { shift: m.shift, prefix: `${known.currency} `, suffix: word(m.word) };
    }
    case 'percent':
      return { shift: 0, prefix: '', suffix: '%' };
    case 'multiple':
      return { shift: 0, prefix: '×', suffix: '' };
    case 'count':
    case 'measure': {
      const m = known.power ? magnitude(value, known.power, 'none', false) : { shift: 0, word: '' };
      const en = known.en ? (Math.abs(value) === 1 && !m.word && !m.shift ? known.en.one : known.en.many) : '';
      return { shift: m.shift, prefix: '', suffix: `${word(m.word)}${word(en)}` };
    }
    default:
      return { shift: 0, prefix: '', suffix: word(value === 1 ? known.en!.one : known.en!.many) };
  }
}

/** Whether English has words for `unit` (a known unit, or unit_en given). */
export const hasEnglishUnit = (unit: string, unitEn?: string): boolean => unitEn !== undefined || knownUnit(unit) !== undefined;

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

const APPROX_EN = { more_than: 'over', about: 'about', nearly: 'nearly', less_than: 'under' } as const;

/** `digits` in `unit`, with the source's rounding word; `upper`: the digits of a range's upper bound, in the same scale. */
export function englishValue(digits: string, unit: UnitSpec, approx?: keyof typeof APPROX_EN, upper?: string): string {
  const s = englishScale(unit, Number(upper ?? digits));
  const negative = digits.startsWith('-');
  const n = englishNumber(shiftPoint(negative ? digits.slice(1) : digits, s.shift));
  const range = upper === undefined ? n : `${n}–${englishNumber(shiftPoint(upper, s.shift))}`;
  const text = `${negative ? '−' : ''}${s.prefix}${range}${s.suffix}`;
  return approx ? `${APPROX_EN[approx]} ${text}` : text;
}

/** 1st, 2nd, 3rd, 11th, 22nd. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "3.83 times", for sentences; figures show ×3.83. */
export function englishMultiple(digits: string): string {
  return `${englishNumber(digits)} times`;
}
