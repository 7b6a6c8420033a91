// Trend lines and targets, in the picture and as native charts.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildOne } from '../../src/commands/build-one.js';
import type { ChartSpec } from '../../src/model/deck.js';
import { chartConfig, renderChartPng, type ChartStyle } from '../../src/render/chart-png.js';
import { verifyPackage } from '../../src/render/verify.js';
import { loadTemplate, type LoadedTemplate } from '../../src/template/load.js';
import { decodePng, pixelsOfColour } from '../helpers/png.js';
import { TEMPLATES_DIR } from '../helpers/paths.js';
import { smallData } from '../helpers/small-data.js';

let template: LoadedTemplate;
let style: ChartStyle;
beforeAll(async () => {
  template = await loadTemplate('default', TEMPLATES_DIR);
  style = { family: template.spec.fonts.family, fontPath: template.fontPath, colors: template.spec.colors };
});

const trend: ChartSpec = {
  id: 'fund_trend',
  kind: 'line',
  title: '基金规模',
  unit: '亿元',
  categories: ['2017年', '2019年', '2021年', '2025年'],
  series: [{ name: '规模', values: [120, 180, 400, 1200], labels: ['120亿元', '180亿元', '400亿元', '目标1200亿元'], numbers: ['120', '180', '400', '目标1200'], tags: ['', '', '', '目标'] }],
  highlight: 2,
  change: '×3.33',
  badge: '较2017年 ×3.33',
  alt: '',
};

describe('a trend line in the picture', () => {
  it('is a Chart.js line: the current year in the accent colour, the target hollow, the way to it dashed, labelled with its tag', () => {
    const config = chartConfig(trend, style);
    expect(config.type).toBe('line');
    const ds = config.data.datasets[0] as unknown as { pointBackgroundColor: string[]; pointBorderColor: string[]; segment: { borderDash: (c: { p1DataIndex: number }) => number[] | undefined } };
    expect(ds.pointBackgroundColor).toEqual([`#${style.colors.chart[0]}`, `#${style.colors.chart[0]}`, `#${style.colors.accent}`, '#FFFFFF']);
    expect(ds.pointBorderColor[3]).toBe(`#${style.colors.accent}`);
    expect(ds.segment.borderDash({ p1DataIndex: 3 })).toEqual([8, 6]);
    expect(ds.segment.borderDash({ p1DataIndex: 2 })).toBeUndefined();
    expect((config.options!.plugins as { valueLabels: { labels: string[][]; change: { text: string } } }).valueLabels).toMatchObject({ labels: [trend.series[0]!.numbers], change: { text: '较2017年 ×3.33' } });
  });

  it('draws: the line and the current point in their colours', async () => {
    const pixels = await decodePng(await renderChartPng(trend, 400, 240, style));
    expect(pixelsOfColour(pixels, style.colors.chart[0]!)).toBeGreaterThan(300);
    expect(pixelsOfColour(pixels, style.colors.accent)).toBeGreaterThan(100);
  });

  it('a target bar is outlined, not filled: far fewer accent pixels than a filled bar of its height', async () => {
    const bars: ChartSpec = { ...trend, kind: 'bar', highlight: undefined, badge: undefined };
    const filled: ChartSpec = { ...bars, series: [{ ...bars.series[0]!, tags: undefined }], highlight: 3 };
    const outlined = await decodePng(await renderChartPng(bars, 400, 240, style));
    const solid = await decodePng(await renderChartPng(filled, 400, 240, style));
    expect(pixelsOfColour(outlined, style.colors.accent)).toBeGreaterThan(200);
    expect(pixelsOfColour(outlined, style.colors.accent) * 3).toBeLessThan(pixelsOfColour(solid, style.colors.accent));
  });
});

describe('a trend as a native chart', () => {
  it('is a line chart with its years, the target named on its category, the badge over it, and a package that passes the check', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefing-trend-'));
    const d = smallData();
    d.metrics.push({ id: 'fund_2025', label: '基金规模', value: 1200, unit: '亿元', year: 2025, kind: 'target', quote: '2025年达到1200亿元' });
    (d.charts[0]!.series as { metrics: string[] }[])[0]!.metrics.push('fund_2025');
    await writeFile(join(dir, 'small.yaml'), stringify(d));
    const built = await buildOne(join(dir, 'small.yaml'), { template, outDir: dir, charts: 'native' });
    const parts = unzipSync(new Uint8Array(await readFile(built.out)));
    const xml = new TextDecoder().decode(parts['ppt/charts/chart1.xml']);
    expect(xml).toContain('<c:lineChart><c:grouping val="standard"/>');
    expect(xml).toContain('<c:v>2025年（目标）</c:v>');
    expect(xml).not.toMatch(/<c:lineChart>[\s\S]*<c:invertIfNegative/);
    const slide = Object.entries(parts).find(([n, b]) => /^ppt\/slides\/slide\d+\.xml$/.test(n) && new TextDecoder().decode(b).includes('较2017年 ×3.33'));
    expect(slide, 'the change badge on the slide').toBeDefined();
    expect(verifyPackage(parts)).toEqual([]);
  });
});
