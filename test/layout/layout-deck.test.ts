import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { createMeasurer, WIDTH_SAFETY } from '../../src/layout/measure.js';
import type { Box, Element } from '../../src/layout/placed.js';
import { modelAndLayout, type Laid } from '../../src/pipeline.js';
import type { BriefingData } from '../../src/schema/data.js';
import { loadTemplate, type LoadedTemplate } from '../../src/template/load.js';
import { DATA_FILE, TEMPLATES_DIR } from '../helpers/paths.js';

const EPS = 1e-6;
const overlap = (a: Box, b: Box): number => {
  const x = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const y = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return x > EPS && y > EPS ? x * y : 0;
};

let data: BriefingData;
beforeAll(async () => {
  data = (await checkFile(DATA_FILE)).data;
});

describe('the measurer', () => {
  let template: LoadedTemplate;
  beforeAll(async () => {
    template = await loadTemplate('default', TEMPLATES_DIR);
  });

  it('measures CJK text with the template font: one em per character, plus the safety margin', () => {
    const m = createMeasurer(template.fontPath, template.spec.fonts.family);
    expect(m.width('政府购买服务', 10)).toBeCloseTo(6 * 10 * WIDTH_SAFETY, 0);
    // Digits are narrower than CJK characters.
    expect(m.width('321.70', 10)).toBeLessThan(m.width('政府购买服务', 10));
    expect(m.width('政府购买服务', 20)).toBeCloseTo(2 * m.width('政府购买服务', 10), 6);
  });

  it('wraps to the width in points', () => {
    const m = createMeasurer(template.fontPath, template.spec.fonts.family);
    const lines = m.wrap('政府购买服务金额大幅增长，全省政府购买服务决算金额321.70亿元', 100, 10);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(m.width(l, 10)).toBeLessThanOrEqual(100 + 10 * WIDTH_SAFETY);
  });
});

describe('fitText with balance', () => {
  it('breaks a title into lines of even length, as soft breaks inside one paragraph', async () => {
    const template = await loadTemplate('default', TEMPLATES_DIR);
    const m = createMeasurer(template.fontPath, template.spec.fonts.family);
    const { box, fitText, LINE_BREAK } = await import('../../src/layout/fit.js');
    const text = '不断深化政府购买服务改革';
    // 9 characters per line at 34 pt: a plain wrap (between words) leaves 4 on the second line.
    const b = box(0, 0, (9.5 * 34 * WIDTH_SAFETY) / 72, 2);
    const plain = fitText(m, 't', b, text, { max: 34, min: 34, color: '000000' });
    const even = fitText(m, 't', b, text, { max: 34, min: 34, color: '000000', balance: true });
    // Every text is written as the lines it was measured in, with soft breaks.
    expect(plain.paragraphs).toEqual([`不断深化政府购买${LINE_BREAK}服务改革`]);
    expect(even.paragraphs).toHaveLength(1);
    expect(even.paragraphs[0]!.split(LINE_BREAK)).toEqual(['不断深化政府', '购买服务改革']);
    expect(even.measured.lines).toBe(plain.measured.lines);
  });
});

describe.each(['default', 'plain'])('layout of the reference deck with the %s template', (name) => {
  let laid: Laid;
  let template: LoadedTemplate;
  beforeAll(async () => {
    template = await loadTemplate(name, TEMPLATES_DIR);
    laid = modelAndLayout(data, template);
  });

  it('places 17 slides of the template size', () => {
    expect(laid.placed.slides).toHaveLength(17);
    expect(laid.placed.widthIn).toBe(template.spec.slide.width_in);
    expect(laid.placed.heightIn).toBe(template.spec.slide.height_in);
  });

  it('has no text that overflows its box', () => {
    expect(laid.overflows).toEqual([]);
    for (const s of laid.placed.slides) {
      for (const e of s.elements) {
        if (e.kind === 'text') expect(e.measured.height, `slide ${s.source.number} ${e.name}`).toBeLessThanOrEqual(e.box.h + EPS);
      }
    }
  });

  it('puts every element inside the slide', () => {
    const { widthIn: W, heightIn: H } = laid.placed;
    const outside: string[] = [];
    for (const s of laid.placed.slides) {
      for (const e of s.elements) {
        const b = e.box;
        if (!(b.w > 0 && b.h > 0) || b.x < -EPS || b.y < -EPS || b.x + b.w > W + EPS || b.y + b.h > H + EPS) {
          outside.push(`slide ${s.source.number} ${e.name}: x ${b.x.toFixed(3)} y ${b.y.toFixed(3)} w ${b.w.toFixed(3)} h ${b.h.toFixed(3)}`);
        }
      }
    }
    expect(outside).toEqual([]);
  });

  it('never lays two texts over each other', () => {
    const overlaps: string[] = [];
    for (const s of laid.placed.slides) {
      const texts = s.elements.filter((e): e is Extract<Element, { kind: 'text' }> => e.kind === 'text');
      texts.forEach((a, i) =>
        texts.slice(i + 1).forEach((b) => {
          const area = overlap(a.box, b.box);
          if (area > 0) overlaps.push(`slide ${s.source.number} (${s.source.kind}): ${a.name} / ${b.name}: ${area.toFixed(3)} sq in`);
        }),
      );
    }
    expect(overlaps).toEqual([]);
  });

  it('does not lay a chart over a text', () => {
    const overlaps: string[] = [];
    for (const s of laid.placed.slides) {
      for (const c of s.elements.filter((e) => e.kind === 'chart')) {
        for (const t of s.elements.filter((e) => e.kind === 'text')) if (overlap(c.box, t.box) > 0) overlaps.push(`slide ${s.source.number}: ${c.name} / ${t.name}`);
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('draws badge texts exactly on their badges', () => {
    let badges = 0;
    for (const s of laid.placed.slides) {
      for (const t of s.elements) {
        const m = t.kind === 'text' ? /^(?:badge-text|number)-(\d+)$/.exec(t.name) : null;
        if (!m) continue;
        const rect = s.elements.find((e) => e.kind === 'rect' && e.name === `badge-${m[1]}`);
        expect(rect?.box, `slide ${s.source.number} ${t.name}`).toEqual(t.box);
        badges++;
      }
    }
    expect(badges).toBeGreaterThan(10);
  });

  it('sets text between its smallest and largest size, with names unique on each slide', () => {
    for (const s of laid.placed.slides) {
      const names = s.elements.map((e) => e.name);
      expect(new Set(names).size, `slide ${s.source.number}`).toBe(names.length);
      for (const e of s.elements) if (e.kind === 'text') expect(e.style.size).toBeGreaterThanOrEqual(8);
    }
  });

  it('gives every slide its page number and places the charts of the model', () => {
    laid.placed.slides.forEach((s, i) => {
      const page = s.elements.find((e) => e.kind === 'text' && e.name === 'page');
      expect(page && page.kind === 'text' ? page.paragraphs : undefined).toEqual([`${i + 1} / 17`]);
    });
    const placedCharts = laid.placed.slides.flatMap((s) => s.elements.flatMap((e) => (e.kind === 'chart' ? [e.chart.id] : [])));
    expect(placedCharts).toEqual(['purchase_amount', 'project_count', 'catalogue_levels', 'staffing_cuts', 'public_service_shares', 'market_shares', 'chunan_spending']);
  });
});
