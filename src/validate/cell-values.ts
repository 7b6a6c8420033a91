// One spreadsheet cell to the value of a metric field, or a one-line reason
// why not. Figures are taken as the cell shows them: a percentage cell holding
// 0.637 shown as 63.7% is 63.7 (unit %), a cell showing 321.70 keeps its two
// decimals, and a cell that shows fewer digits than it holds is refused.
import type { CellValue } from '../load/table.js';
import { decimalsOf } from './rules.js';

export type Converted<T> = { ok: true; value: T; decimals?: number; percent?: boolean } | { ok: false; message: string; hint?: string };

const fail = (message: string, hint?: string): { ok: false; message: string; hint?: string } => ({ ok: false, message, hint });

/** What no field can take: Excel errors and formulas never calculated. */
function unusable(v: CellValue): { ok: false; message: string; hint?: string } | undefined {
  if (v.kind === 'error') return fail(`the cell shows the error ${v.text}`, 'correct the formula or type the figure');
  if (v.kind === 'uncalculated') {
    return fail(`the formula =${v.formula} has no saved result`, 'open the workbook in Excel (or WPS) and save it, so that the results are stored');
  }
  return undefined;
}

const quoteText = (t: string) => `"${t.length > 40 ? `${t.slice(0, 40)}…` : t}"`;
const describe = (v: CellValue) =>
  v.kind === 'text' ? `the text ${quoteText(v.text)}` : v.kind === 'date' ? `a date (${v.date.toISOString().slice(0, 10)})` : v.kind === 'boolean' ? `${v.value ? 'TRUE' : 'FALSE'}` : 'nothing';

export function toText(v: CellValue, key = false): Converted<string> {
  const bad = unusable(v);
  if (bad) return bad;
  if (v.kind === 'text') return { ok: true, value: key ? v.text.normalize('NFKC').trim() : v.text };
  if (v.kind === 'number') return { ok: true, value: String(v.value) };
  return fail(`expected text, got ${describe(v)}`);
}

/** A figure: a number cell, or text such as "321.70", "３４,４６３" or "63.7%". */
export function toNumber(v: CellValue): Converted<number> {
  const bad = unusable(v);
  if (bad) return bad;
  if (v.kind === 'number') return fromNumberCell(v.value, v.format);
  if (v.kind !== 'text') return fail(`expected a number, got ${describe(v)}`, v.kind === 'date' ? 'the cell is formatted as a date: format it as a number (常规 or 数值)' : undefined);
  // NFKC turns full-width digits, ，．％ and － into their ASCII forms.
  const t = v.text.normalize('NFKC').trim();
  const percent = t.endsWith('%');
  const body = (percent ? t.slice(0, -1) : t).trim();
  const m = /^-?(\d{1,3}(,\d{3})+|\d+)(\.(\d+))?$/.exec(body);
  if (!m) return fail(`expected a number, got ${describe(v)}`, hintForText(body));
  const value = Number(body.replace(/,/g, ''));
  const written = m[4]?.length ?? 0;
  return { ok: true, value, percent, ...(written > decimalsOf(value) ? { decimals: written } : {}) };
}

function hintForText(t: string): string | undefined {
  if (/[多余约近超不]/.test(t)) return 'type the number alone (800), and more_than, about, nearly or less_than in the approx column';
  if (/^[-\d.,\s]+$/.test(t)) return 'write digits with at most one decimal point; commas only between groups of three digits';
  if (/[一二三四五六七八九十百千万亿]/.test(t)) return 'write the figure in digits';
  return undefined;
}

function fromNumberCell(raw: number, format?: string): Converted<number> {
  const shown = parseFormat(format);
  // 15 significant digits, Excel's own precision: drops the float noise of a
  // formula's result (0.1+0.2) and of ×100, which Excel never shows.
  const value = Number((shown.percent ? raw * 100 : raw).toPrecision(15));
  if (shown.decimals === undefined) return { ok: true, value, percent: shown.percent };
  const rounded = Number(value.toFixed(shown.decimals));
  if (Math.abs(rounded - value) > 1e-9 * Math.max(1, Math.abs(value))) {
    const sign = shown.percent ? '%' : '';
    return fail(`the cell shows ${rounded.toFixed(shown.decimals)}${sign} but holds ${value}${sign}`, 'round it in the cell (=ROUND(...)) or type the figure as shown, so the deck shows what the sheet shows');
  }
  return { ok: true, value, percent: shown.percent, ...(shown.decimals > decimalsOf(value) ? { decimals: shown.decimals } : {}) };
}

/** The digits after the point a number format shows (undefined for General and the like), and whether it is a percentage. */
export function parseFormat(format: string | undefined): { decimals?: number; percent: boolean } {
  if (!format) return { percent: false };
  // The positive section, without literal text ("倍", \x), padding (_x), fills (*x) and [colours].
  const section = format.split(';')[0]!.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, '').trim();
  const percent = section.includes('%');
  const m = /^[#,0]*0(\.(0+)#*)?%?$/.exec(section);
  return { percent, ...(m ? { decimals: m[2]?.length ?? 0 } : {}) };
}

export function toInteger(v: CellValue): Converted<number> {
  const n = toNumber(v);
  if (n.ok && (!Number.isInteger(n.value) || n.percent)) return fail(`expected a whole number, got ${n.value}`);
  return n.ok ? { ok: true, value: n.value } : n;
}

/** A year: 2021, "2021", "2021年", or a date cell (its year). */
export function toYear(v: CellValue): Converted<number> {
  if (v.kind === 'date') {
    const year = v.date.getUTCFullYear();
    // 2021 typed into a cell formatted as a date shows as 1905-07-13.
    if (year < 1949) return fail(`the cell is formatted as a date and shows ${v.date.toISOString().slice(0, 10)}`, 'format the year column as a number (常规) and type the year, e.g. 2021');
    return { ok: true, value: year };
  }
  if (v.kind === 'text') {
    const m = /^(\d{4})\s*年?$/.exec(v.text.normalize('NFKC').trim());
    if (m) return { ok: true, value: Number(m[1]) };
    return fail(`expected a year such as 2021, got ${describe(v)}`, /\d{4}.*月/.test(v.text) ? 'put the year alone here, and 截至…月 in the scope column' : undefined);
  }
  return toInteger(v);
}

/** The words a cell may hold for a field's fixed values (Chinese ones too); anything else is checked as written. */
const WORDS: Record<string, Record<string, string>> = {
  approx: { 多: 'more_than', 余: 'more_than', 以上: 'more_than', 超过: 'more_than', 约: 'about', 左右: 'about', 近: 'nearly', 接近: 'nearly', 将近: 'nearly', 不到: 'less_than', 不足: 'less_than' },
  kind: { 数量: 'amount', 金额: 'amount', 占比: 'share', 比重: 'share', 变化: 'change', 增速: 'change', 增长率: 'change', 增幅: 'change', 排名: 'rank', 位次: 'rank', 目标: 'target', 计划: 'plan', 拟: 'plan' },
  reading: { 受损: 'corrupted', 损坏: 'corrupted', 推断: 'inferred', 推定: 'inferred' },
};

/** A word of a fixed list (approx, kind, reading kind): the YAML word, or its Chinese. */
export function toWord(v: CellValue, list: keyof typeof WORDS): Converted<string> {
  const t = toText(v, true);
  return t.ok ? { ok: true, value: WORDS[list]![t.value] ?? t.value } : t;
}

/** A month: 4, "4", "4月". */
export function toMonth(v: CellValue): Converted<number> {
  if (v.kind === 'text') {
    const m = /^(\d{1,2})\s*月?$/.exec(v.text.normalize('NFKC').trim());
    if (m) return { ok: true, value: Number(m[1]) };
    return fail(`expected a month such as 4, got ${describe(v)}`);
  }
  return toInteger(v);
}

/** "purchase_amount_2021 / purchase_amount_2015" -> the two ids. */
export function toRatio(v: CellValue): Converted<[string, string]> {
  const t = toText(v, true);
  if (!t.ok) return t;
  const parts = t.value.split(/[/÷]/).map((s) => s.trim());
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    return fail(`expected numerator / denominator, got ${quoteText(t.value)}`, 'two metric ids with / between them, e.g. purchase_amount_2021 / purchase_amount_2015');
  }
  return { ok: true, value: [parts[0], parts[1]] };
}
