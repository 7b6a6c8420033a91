// Lookups shared by the slide builders.
import type { BriefingData, Case, Chart, Metric } from '../schema/data.js';
import type { Figure } from './deck.js';
import { formatValue } from './format.js';

export interface ModelContext {
  data: BriefingData;
  metric(id: string): Metric;
  chart(id: string): Chart;
  case(id: string): Case;
}

export function modelContext(data: BriefingData): ModelContext {
  const metrics = new Map(data.metrics.map((m) => [m.id, m]));
  const charts = new Map(data.charts.map((c) => [c.id, c]));
  const cases = new Map(data.cases.map((c) => [c.id, c]));
  // Validation has resolved every reference; a miss here is a bug, not bad input.
  const get = <T>(table: Map<string, T>, kind: string, id: string): T => {
    const found = table.get(id);
    if (!found) throw new Error(`internal: unresolved ${kind} "${id}" after validation`);
    return found;
  };
  return {
    data,
    metric: (id) => get(metrics, 'metric', id),
    chart: (id) => get(charts, 'chart', id),
    case: (id) => get(cases, 'case', id),
  };
}

/** When and where a figure holds, e.g. "2021年" or "截至2021年底 · 温州市". */
export function contextOf(m: Metric): string | undefined {
  const parts = [m.year !== undefined && !m.scope?.includes(String(m.year)) ? `${m.year}年` : undefined, m.scope];
  const text = parts.filter(Boolean).join(' · ');
  return text || undefined;
}

export function figureOf(m: Metric): Figure {
  return { value: formatValue(m), label: m.label, context: contextOf(m), interpreted: m.reading !== undefined };
}

/** Slide titles the agenda names too: one spelling for both. */
export const TITLES = { headline: '总体成效', recognitions: '国家层面的认可', sources: '资料来源与数据说明' } as const;

/** Marks a figure read from a corrupted source, explained on the sources slide. */
export const INTERPRETED_MARK = '＊';

export const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export const ordinal = (i: number): string => CHINESE_ORDINALS[i] ?? String(i + 1);

/** "2023-03-10" -> "2023年3月10日" */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
