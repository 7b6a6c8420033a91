import { createCanvas } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerFont } from '../../src/layout/measure.js';
import type { ChartSpec } from '../../src/model/deck.js';
import { PIXELS_PER_POINT, chartConfig, renderChartPng, type ChartStyle } from '../../src/render/chart-png.js';
import { loadTemplate } from '../../src/template/load.js';
import { decodePng, paintedPixels, pixelsOfColour, pngSize } from '../helpers/png.js';
import { TEMPLATES_DIR } from '../helpers/paths.js';
import { amounts } from '../helpers/chart-specs.js';

let style: ChartStyle;
beforeAll(async () => {
  const t = await loadTemplate('default', TEMPLATES_DIR);
  style = { family: t.spec.fonts.family, fontPath: t.fontPath, colors: t.spec.colors };
});

const shares = (categories: string[]): ChartSpec => ({
  id: 'shares',
  kind: 'hbar',
  title: '占比',
  unit: '%',
  categories,
  series: [{ name: '占比', values: [81.4, 6.98], labels: ['81.4%', '6.98%'], numbers: ['81.4', '6.98'] }],
  max: 100,
  alt: '',
});

describe('renderChartPng', () => {
  it('is a PNG of 3 pixels per point', async () => {
    expect(PIXELS_PER_POINT).toBe(3);
    const png = await renderChartPng(amounts, 504, 234, style);
    expect(pngSize(png)).toEqual({ width: 504 * 3, height: 234 * 3 });
  });

  it('keeps the size within a pixel-per-point step for fractional sizes', async () => {
    const png = await renderChartPng(amounts, 255.192, 194.4, style);
    const { width, height } = pngSize(png);
    expect(Math.abs(width - 255.192 * 3)).toBeLessThanOrEqual(3);
    expect(Math.abs(height - 194.4 * 3)).toBeLessThanOrEqual(3);
  });

  it('is not blank: bars in the template colours, the current value in the accent colour', async () => {
    const pixels = await decodePng(await renderChartPng(amounts, 300, 200, style));
    const total = pixels.width * pixels.height;
    const painted = paintedPixels(pixels);
    expect(painted).toBeGreaterThan(total * 0.05);
    expect(painted).toBeLessThan(total);
    // The 2015 bar in the first series colour, the 2021 bar (highlighted) in the accent.
    expect(pixelsOfColour(pixels, style.colors.chart[0]!)).toBeGreaterThan(500);
    expect(pixelsOfColour(pixels, style.colors.accent)).toBeGreaterThan(500);
    // The 2021 bar is taller: 321.7 against 84.
    expect(pixelsOfColour(pixels, style.colors.accent)).toBeGreaterThan(2 * pixelsOfColour(pixels, style.colors.chart[0]!));
  });

  it('draws Chinese labels as glyphs: different labels give different pictures', async () => {
    // Missing glyphs are drawn as identical boxes: the two charts would be the same.
    const a = await renderChartPng(shares(['政府购买服务', '社会组织']), 400, 160, style);
    const b = await renderChartPng(shares(['公共服务项目', '市场主体']), 400, 160, style);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('is the same bytes for the same chart', async () => {
    const a = await renderChartPng(amounts, 300, 200, style);
    const b = await renderChartPng(amounts, 300, 200, style);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe('chartConfig', () => {
  it('draws with the template font, labels every bar and caps % at 100', () => {
    const config = chartConfig(shares(['a', 'b']), style);
    expect(config.options?.indexAxis).toBe('y');
    const plugins = config.options?.plugins as Record<string, { labels?: string[][]; font?: string }>;
    expect(plugins.valueLabels?.labels).toEqual([['81.4%', '6.98%']]);
    expect(plugins.valueLabels?.font).toContain(style.family);
    const x = config.options?.scales?.x as { max?: number };
    expect(x.max).toBe(100);
  });

  it('colours the highlighted category with the accent and the others with the first chart colour', () => {
    const config = chartConfig(amounts, style);
    expect(config.data.datasets[0]!.backgroundColor).toEqual([`#${style.colors.chart[0]}`, `#${style.colors.accent}`]);
  });
});

describe('the template font', () => {
  beforeAll(() => registerFont(style.fontPath, style.family));

  it('has the Chinese glyphs: 政府购买服务 is 6 em wide', () => {
    const ctx = createCanvas(10, 10).getContext('2d');
    ctx.font = `100px "${style.family}"`;
    expect(ctx.measureText('政府购买服务').width).toBeGreaterThan(590);
    expect(ctx.measureText('政府购买服务').width).toBeLessThan(610);
  });

  it('draws two different characters differently (boxes would be alike)', () => {
    const draw = (ch: string) => {
      const canvas = createCanvas(64, 64);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#000';
      ctx.font = `48px "${style.family}"`;
      ctx.textBaseline = 'top';
      ctx.fillText(ch, 8, 8);
      return ctx.getImageData(0, 0, 64, 64).data;
    };
    const a = draw('政');
    const b = draw('服');
    const inked = (d: Uint8ClampedArray) => d.filter((_, i) => i % 4 === 3 && d[i]! > 0).length;
    expect(inked(a)).toBeGreaterThan(100);
    expect(inked(b)).toBeGreaterThan(100);
    let differing = 0;
    for (let i = 3; i < a.length; i += 4) if ((a[i]! > 127) !== (b[i]! > 127)) differing++;
    expect(differing).toBeGreaterThan(100);
  });
});

describe('renderChartPng: rings', () => {
  const rings: ChartSpec = {
    id: 'market_shares',
    kind: 'rings',
    title: '市场主体与社会组织',
    unit: '%',
    categories: ['企业及社会机构占承接主体', '社会组织占全国总数'],
    series: [{ name: '占比', values: [81.4, 6.98], labels: ['81.4%', '6.98%'], numbers: ['81.4', '6.98'] }],
    max: 100,
    alt: '',
  };

  it('is a PNG of 3 pixels per point, filled in proportion to each share', async () => {
    const png = await renderChartPng(rings, 400, 250, style);
    expect(pngSize(png)).toEqual({ width: 1200, height: 750 });
    const pixels = await decodePng(png);
    const filled = pixelsOfColour(pixels, style.colors.chart[0]!);
    expect(filled).toBeGreaterThan(1000);
    // 81.4 % of one ring and 6.98 % of the other: about 88 % of one ring's worth, far less than two.
    const one = await decodePng(await renderChartPng({ ...rings, categories: ['甲'], series: [{ ...rings.series[0]!, values: [100], labels: ['100%'], numbers: ['100'] }] }, 200, 250, style));
    const full = pixelsOfColour(one, style.colors.chart[0]!);
    expect(filled / full).toBeGreaterThan(0.75);
    expect(filled / full).toBeLessThan(1.0);
  });

  it('draws the value in the middle: another value gives another picture', async () => {
    const a = await renderChartPng(rings, 400, 250, style);
    const b = await renderChartPng({ ...rings, series: [{ ...rings.series[0]!, labels: ['81.5%', '6.98%'] }] }, 400, 250, style);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});
