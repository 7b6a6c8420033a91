// Trends over years: the categories are the years, the annotation is computed
// from the data (change first to last, or average annual growth), and a target
// is drawn as a target: never highlighted, never counted as achieved.
import { describe, expect, it } from 'vitest';
import { cagrOf } from '../../src/model/chart-spec.js';
import type { ChartSpec } from '../../src/model/deck.js';
import { deckOf, smallData, type Data } from '../helpers/small-data.js';

const chartOf = (d: Data, lang: 'zh' | 'en' = 'zh'): ChartSpec =>
  deckOf(d, lang)
    .slides.flatMap((s) => s.blocks)
    .flatMap((b) => (b.type === 'chart' ? [b.chart] : []))[0]!;

describe('a line chart over years', () => {
  it('takes its categories from the years, highlights the last, and marks the change first to last', () => {
    const c = chartOf(smallData());
    expect(c).toMatchObject({ kind: 'line', categories: ['2017年', '2019年', '2021年'], highlight: 2, change: '×3.33', badge: '较2017年 ×3.33' });
    expect(c.series[0]!.values).toEqual([120, 180, 400]);
    expect(c.alt).toBe('折线图：基金规模（单位：亿元）。2017年：120亿元；2019年：180亿元；2021年：400亿元。2021年较2017年：×3.33。');
    const en = chartOf(smallData(), 'en');
    expect(en).toMatchObject({ categories: ['2017', '2019', '2021'], badge: '×3.33 vs 2017', unit: 'CNY billion' });
  });

  it('annotate: cagr gives the average annual growth, computed', () => {
    const d = smallData();
    d.charts[0]!.annotate = 'cagr';
    const c = chartOf(d);
    const rate = ((400 / 120) ** (1 / 4) - 1) * 100;
    expect(cagrOf(120, 400, 2017, 2021)).toBeCloseTo(rate, 10);
    expect(c.badge).toBe(`年均增长${rate.toFixed(1)}%`);
    expect(c.change).toBeUndefined();
    expect(c.alt).toContain(`2017年至2021年年均增长${rate.toFixed(1)}%。`);
    expect(chartOf(d, 'en').badge).toBe(`+${rate.toFixed(1)}% a year on average`);
  });

  it('a fall is a fall: −, and 年均下降', () => {
    const d = smallData();
    d.metrics.find((m) => m.id === 'fund_2021')!.value = 100;
    d.metrics.find((m) => m.id === 'fund_2021')!.quote = '2021年基金规模100亿元';
    expect(chartOf(d).badge).toBe('较2017年 −16.7%');
    d.charts[0]!.annotate = 'cagr';
    expect(chartOf(d).badge).toMatch(/^年均下降4\.5%$/);
    d.charts[0]!.annotate = 'none';
    expect(chartOf(d)).toMatchObject({ highlight: 2, badge: undefined, change: undefined });
  });

  it('a target at the end: tagged, drawn as a target, and neither the current value nor part of the change', () => {
    const d = smallData();
    d.metrics.push({ id: 'fund_2025', label: '基金规模', value: 1200, unit: '亿元', year: 2025, kind: 'target', quote: '2025年达到1200亿元' });
    (d.charts[0]!.series as { metrics: string[] }[])[0]!.metrics.push('fund_2025');
    const c = chartOf(d);
    expect(c.series[0]!.tags).toEqual(['', '', '', '目标']);
    expect(c.series[0]!.labels.at(-1)).toBe('目标1200亿元');
    expect(c).toMatchObject({ highlight: 2, change: '×3.33', badge: '较2017年 ×3.33' });
    expect(c.alt).toContain('2025年：目标1200亿元');
  });

  it('bars over years follow the same rules (the reference charts keep their change)', () => {
    const d = smallData();
    Object.assign(d.charts[0]!, { kind: 'bar', categories: ['2017年', '2019年', '2021年'] });
    expect(chartOf(d)).toMatchObject({ kind: 'bar', highlight: 2, badge: '较2017年 ×3.33' });
  });
});
