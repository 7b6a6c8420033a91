// The units the tool knows: what each measures and how English writes it.
// Any other unit text is accepted; its English comes from the data (unit_en).
// A unit may carry a Chinese multiplier in front (万人次 = 10^4 人次, 亿元 =
// 10^8 元), which English works out (2万人次 -> 20,000).

export type UnitKind = 'money' | 'count' | 'percent' | 'points' | 'multiple' | 'duration' | 'measure';

export interface KnownUnit {
  kind: UnitKind;
  /** The base unit, without its multiplier: 元 for 亿元. */
  base: string;
  /** Powers of ten the multiplier stands for: 8 for 亿元, 0 for 元. */
  power: number;
  /** English after the number, singular and plural (money: the currency code, before the number). */
  en?: { one: string; many: string };
  currency?: string;
}

const word = (one: string, many = `${one}s`) => ({ one, many });

const BASES: Record<string, Omit<KnownUnit, 'base' | 'power'>> = {
  元: { kind: 'money', currency: 'CNY' },
  美元: { kind: 'money', currency: 'USD' },
  '%': { kind: 'percent' },
  个百分点: { kind: 'points', en: word('percentage point') },
  百分点: { kind: 'points', en: word('percentage point') },
  倍: { kind: 'multiple' },
  天: { kind: 'duration', en: word('day') },
  日: { kind: 'duration', en: word('day') },
  个工作日: { kind: 'duration', en: word('working day') },
  工作日: { kind: 'duration', en: word('working day') },
  周: { kind: 'duration', en: word('week') },
  个月: { kind: 'duration', en: word('month') },
  年: { kind: 'duration', en: word('year') },
  小时: { kind: 'duration', en: word('hour') },
  分钟: { kind: 'duration', en: word('minute') },
  秒: { kind: 'duration', en: word('second') },
  亩: { kind: 'measure', en: word('mu', 'mu') },
  公顷: { kind: 'measure', en: word('hectare') },
  公里: { kind: 'measure', en: word('km', 'km') },
  千米: { kind: 'measure', en: word('km', 'km') },
  米: { kind: 'measure', en: word('m', 'm') },
  平方米: { kind: 'measure', en: word('m²', 'm²') },
  平方公里: { kind: 'measure', en: word('km²', 'km²') },
  立方米: { kind: 'measure', en: word('m³', 'm³') },
  吨: { kind: 'measure', en: word('tonne') },
  千瓦: { kind: 'measure', en: word('kW', 'kW') },
  千瓦时: { kind: 'measure', en: word('kWh', 'kWh') },
};

/** Counts: English writes the bare number, the label names what is counted. */
const COUNTS = '个 项 家 名 省 市 县 区 镇 村 人 人次 户 所 件 只 座 条 台 辆 套 次 支 篇 场 批 类 张 本 宗 起 例 种 款 处 栋 间 床 位 家次 个次 笔 份 部 期 届 名次 园 校'.split(' ');
for (const c of COUNTS) BASES[c] = { kind: 'count' };

/** Multipliers a unit may start with, longest first. */
const PREFIXES: [string, number][] = [
  ['万亿', 12],
  ['百万', 6],
  ['千万', 7],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
];

/** The unit as the tool knows it, or undefined for a unit it does not know (its English then comes from unit_en). */
export function knownUnit(unit: string): KnownUnit | undefined {
  const plain = BASES[unit];
  // 千米, 千瓦 and 百分点 are units of their own, not 千 x 米.
  if (plain) return { ...plain, base: unit, power: 0 };
  for (const [prefix, power] of PREFIXES) {
    if (!unit.startsWith(prefix)) continue;
    const base = BASES[unit.slice(prefix.length)];
    // Only amounts and counts scale: 万% or 万天 is no unit.
    if (base && (base.kind === 'money' || base.kind === 'count' || base.kind === 'measure')) return { ...base, base: unit.slice(prefix.length), power };
  }
  return undefined;
}

/** Units a figure of which cannot be below zero unless it is a change (下降2.3%). */
export const NEVER_NEGATIVE: readonly UnitKind[] = ['money', 'count', 'percent', 'multiple', 'duration', 'measure'];

/** A few of the known units, for the JSON Schema's examples and the init file. */
export const UNIT_EXAMPLES = ['亿元', '万元', '元', '%', '个', '项', '家', '名', '人次', '万人次', '户', '所', '件', '只', '倍', '天', '个月', '年', '亩', '公里', '个百分点'];
