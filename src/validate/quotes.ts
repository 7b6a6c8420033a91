// Does each figure's quote still hold it? After an edit of 321.70 to 330.50
// the quote still says 321.70亿元: a warning at the figure (an error with
// --strict). The quote may write the figure its own way: 34,463, 3.4463万,
// full-width digits, Chinese numerals (两万, 十二, 第二位), 一半, 八成.
import type { BilingualData } from '../schema/data.js';
import type { RuleProblem } from './rules.js';

type Metric = BilingualData['metrics'][number];

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** 两万 -> 20000, 十二 -> 12, 三万五千 -> 35000, 二〇二一 -> 2021. */
export function chineseNumber(s: string): number {
  let total = 0;
  let section = 0;
  let num = 0;
  let lastDigit = false;
  for (const c of s) {
    if (c in DIGIT) {
      num = lastDigit ? num * 10 + DIGIT[c]! : DIGIT[c]!;
      lastDigit = true;
      continue;
    }
    lastDigit = false;
    if (c in SMALL) {
      section += (num || 1) * SMALL[c]!;
    } else if (c === '亿') {
      total = (total + section + num) * 1e8;
      section = 0;
    } else if (c === '万') {
      total += (section + num || 1) * 1e4;
      section = 0;
    }
    num = 0;
  }
  return total + section + num;
}

const MULTIPLIERS = /^(万亿|亿|万|千|百)/;
const power = (m: string) => ({ 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3, 百: 1e2 })[m] ?? 1;

/** Every number a quote states, as written and with its 万 or 亿 worked out. */
export function quoteNumbers(quote: string): { values: number[]; shown: string[] } {
  const t = quote
    .replace(/[０-９．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1');
  const values: number[] = [];
  const shown: string[] = [];
  for (const m of t.matchAll(/\d+(?:\.\d+)?/g)) {
    const n = Number(m[0]);
    const after = MULTIPLIERS.exec(t.slice(m.index + m[0].length))?.[1];
    values.push(n);
    if (after) values.push(n * power(after));
    shown.push(m[0]);
  }
  for (const m of t.matchAll(/[零〇一二两三四五六七八九十百千万亿]+/g)) {
    const n = chineseNumber(m[0]);
    values.push(n);
    const big = /[万亿]$/.exec(m[0]);
    if (big) values.push(chineseNumber(m[0].slice(0, -1)) || 1);
    // 八成 is 80 %.
    if (t[m.index + m[0].length] === '成') values.push(n * 10);
  }
  if (/一半|半数|过半|多半/.test(t)) values.push(50);
  if (/首[位家个批次]/.test(t)) values.push(1);
  if (/翻了?一番|翻番/.test(t)) values.push(2);
  if (/翻了?两番/.test(t)) values.push(4);
  return { values, shown: [...new Set(shown)] };
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const UNIT_POWER = /^(万亿|亿|万|千|百)/;

/** Whether the quote states `value` (of `unit`) in any of its ways. */
export function quoteHolds(quote: string, value: number, unit: string): boolean {
  const { values } = quoteNumbers(quote);
  const v = Math.abs(value);
  const scaled = v * power(UNIT_POWER.exec(unit)?.[1] ?? '');
  return values.some((n) => same(n, v) || same(n, scaled));
}

const zhText = (t: string | { zh: string }) => (typeof t === 'string' ? t : t.zh);
const compact = (s: string) => s.replace(/\s+/g, '');

/** One warning per figure its quote does not hold (errors when `strict`). */
export function checkQuotes(data: BilingualData, strict = false): RuleProblem[] {
  const severity = strict ? 'error' : 'warning';
  const out: RuleProblem[] = [];
  data.metrics.forEach((m: Metric, i) => {
    if (m.value === undefined) {
      // Neither value nor text: the rules say so.
      if (m.text === undefined) return;
      const words = zhText(m.text);
      if (!compact(m.quote).includes(compact(words))) {
        out.push({ path: ['metrics', i, 'text'], message: `the quote does not contain "${words}"`, hint: 'correct the text or the quote', severity });
      }
      return;
    }
    for (const [field, n] of [['value', m.value], ['upper', m.upper]] as const) {
      if (n === undefined || quoteHolds(m.quote, n, m.unit)) continue;
      const figure = `${m.decimals !== undefined ? n.toFixed(m.decimals) : n}${m.unit}`;
      const has = quoteNumbers(m.quote).shown;
      out.push({
        path: ['metrics', i, field],
        message: `the quote does not hold the figure ${figure}`,
        hint: `${has.length ? `the quote's figures: ${has.slice(0, 8).join(', ')}${has.length > 8 ? ' …' : ''}; ` : ''}correct the ${field} or the quote${strict ? '' : ' (--strict makes this an error)'}`,
        severity,
      });
    }
  });
  return out;
}
