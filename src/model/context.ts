// Lookups shared by the slide builders, and the deck language's words.
import type { BriefingData, Case, Chart, Metric } from '../schema/data.js';
import type { Figure } from './deck.js';
import { kindOf } from '../schema/kinds.js';
import { formatValue } from './format.js';
import { WORDS, type Lang, type Words } from './words.js';

export interface ModelContext {
  data: BriefingData;
  lang: Lang;
  words: Words;
  metric(id: string): Metric;
  chart(id: string): Chart;
  case(id: string): Case;
}

export function modelContext(data: BriefingData, lang: Lang = 'zh'): ModelContext {
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
    lang,
    words: WORDS[lang],
    metric: (id) => get(metrics, 'metric', id),
    chart: (id) => get(charts, 'chart', id),
    case: (id) => get(cases, 'case', id),
  };
}

/** When and where a figure holds, e.g. "2021年" or "截至2021年底 · 温州市"; for a target, by when (2～3年内). */
export function contextOf(m: Metric, words: Words = WORDS.zh): string | undefined {
  const parts = [m.target_by, m.year !== undefined && !m.scope?.includes(String(m.year)) ? words.yearMonth(m.year, m.month) : undefined, m.scope];
  const text = parts.filter(Boolean).join(' · ');
  return text || undefined;
}

export function figureOf(m: Metric, ctx: Pick<ModelContext, 'lang' | 'words'>): Figure {
  const figure: Figure = { value: formatValue(m, ctx.lang), label: m.label, context: contextOf(m, ctx.words), interpreted: m.reading !== undefined };
  if (m.reading?.kind === 'inferred') figure.inferred = true;
  const tag = tagOf(m, ctx.words);
  if (tag) figure.tag = tag;
  return figure;
}

/** 目标 on a target, 计划 on a plan: the figure is not achieved. */
export function tagOf(m: Pick<Metric, 'kind' | 'unit'>, w: Words): string | undefined {
  const kind = kindOf(m);
  return kind === 'target' ? w.target : kind === 'plan' ? w.plan : undefined;
}

/** A figure in running text (case lines, notes): a target says so (目标1200亿元). */
export function statedValue(m: Metric, ctx: Pick<ModelContext, 'lang' | 'words'>): string {
  const value = formatValue(m, ctx.lang);
  const tag = tagOf(m, ctx.words);
  return tag ? `${tag}${ctx.lang === 'en' ? ': ' : ''}${value}` : value;
}

/** Marks a figure read from a corrupted source in a Chinese deck (words.ts has each language's). */
export const INTERPRETED_MARK = WORDS.zh.mark;
