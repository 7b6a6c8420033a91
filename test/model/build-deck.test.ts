import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { buildDeck } from '../../src/model/build-deck.js';
import { chartSpec } from '../../src/model/chart-spec.js';
import { modelContext } from '../../src/model/context.js';
import type { Block, ChartSpec, Deck, Slide } from '../../src/model/deck.js';
import { formatValue } from '../../src/model/format.js';
import type { BriefingData } from '../../src/schema/data.js';
import { loadTemplate, type LoadedTemplate } from '../../src/template/load.js';
import { DATA_FILE, TEMPLATES_DIR } from '../helpers/paths.js';

let data: BriefingData;
let template: LoadedTemplate;
let deck: Deck;

beforeAll(async () => {
  data = (await checkFile(DATA_FILE)).data;
  template = await loadTemplate('default', TEMPLATES_DIR);
  deck = buildDeck(data, template.spec);
});

type Of<T extends Block['type']> = Extract<Block, { type: T }>;
const blocks = <T extends Block['type']>(s: Slide, type: T): Of<T>[] => s.blocks.filter((b): b is Of<T> => b.type === type);
const charts = (s: Slide): ChartSpec[] => [
  ...blocks(s, 'chart').map((b) => b.chart),
  ...blocks(s, 'comparisons').flatMap((b) => b.items.flatMap((i) => (i.chart ? [i.chart] : []))),
];

describe('buildDeck: the slides', () => {
  it('has 17 slides in the expected order', () => {
    expect(deck.slides.map((s) => s.kind)).toEqual([
      'title',
      'agenda',
      'headline',
      'divider',
      'measure',
      'measure',
      'measure',
      'measure',
      'timeline',
      'divider',
      'area',
      'area',
      'area',
      'area',
      'recognitions',
      'sources',
      'closing',
    ]);
    expect(deck.slides.map((s) => s.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  it('the deck carries the document properties of the data', () => {
    expect(deck).toMatchObject({ title: '深化政府购买服务改革 推进浙江省域社会治理能力现代化', author: '浙江省财政厅', date: '2023-03-10', lang: 'zh-CN' });
  });

  it('every slide has a title, notes, a footer with its page "n / 17" and the source', () => {
    for (const s of deck.slides) {
      expect(s.title.trim(), `slide ${s.number}`).not.toBe('');
      expect(s.notes.trim(), `slide ${s.number}`).not.toBe('');
      expect(s.footer.page).toBe(`${s.number} / 17`);
      expect(s.footer.source).toBe('来源：浙江省财政厅，2023年3月10日');
      expect(s.footer.text).toBe('政府购买服务改革 · 情况汇报');
    }
  });

  it('the title slide shows the title and subtitle; its notes are the opening paragraph', () => {
    const s = deck.slides[0]!;
    expect(s).toMatchObject({ title: '深化政府购买服务改革', subtitle: '推进浙江省域社会治理能力现代化', notes: data.summary });
  });

  it('the headline slide compares 2021 with 2015, with the multiples', () => {
    const s = deck.slides[2]!;
    expect(s.title).toBe('总体成效：2021年与2015年对比');
    const items = blocks(s, 'comparisons')[0]!.items;
    expect(items.map((i) => [i.to.value, i.from.value, i.multiple])).toEqual([
      ['321.70亿元', '84亿元', '3.83倍'],
      ['34463个', '9699个', '3.55倍'],
      ['170项', '65项', undefined],
    ]);
    expect(items.every((i) => i.chart)).toBe(true);
  });

  it('measure slides show the section points, and their notes are the section summary', () => {
    const sections = data.parts[0]!.sections;
    const measures = deck.slides.filter((s) => s.kind === 'measure');
    expect(measures).toHaveLength(sections.length);
    measures.forEach((s, i) => {
      const section = sections[i]!;
      expect(s.title).toContain(section.title);
      expect(s.subtitle).toBe(section.headline);
      expect(s.notes.startsWith(section.summary)).toBe(true);
      expect(blocks(s, 'bullets')[0]?.items).toEqual(section.points);
    });
  });

  it('each area slide has figures, at least one chart and cases; its notes hold the summary', () => {
    const sections = data.parts[1]!.sections;
    const areas = deck.slides.filter((s) => s.kind === 'area');
    expect(areas).toHaveLength(4);
    areas.forEach((s, i) => {
      const section = sections[i]!;
      expect(s.title).toContain(section.title);
      expect(blocks(s, 'figures')[0]?.items.length ?? 0).toBeGreaterThan(0);
      expect(blocks(s, 'chart').length).toBeGreaterThanOrEqual(1);
      expect(blocks(s, 'cases')[0]?.items.length ?? 0).toBeGreaterThan(0);
      expect(s.notes).toContain(section.summary);
      // The points, not shown on the slide, are in the notes.
      for (const p of section.points) expect(s.notes).toContain(p);
    });
  });

  it('the figures shown on area slides are the section metrics, formatted', () => {
    const s = deck.slides.find((x) => x.kind === 'area' && x.title.includes('市场活力'))!;
    expect(blocks(s, 'figures')[0]!.items.map((f) => f.value)).toEqual(['72729家', '约12.4个', '81.4%']);
  });

  it('the timeline lists the milestones in year order', () => {
    const s = deck.slides.find((x) => x.kind === 'timeline')!;
    const labels = blocks(s, 'timeline')[0]!.items.map((i) => i.label);
    expect(labels).toEqual(['2014年', '2015年', '2016年', '2017年', '2018年', '2019年', '2021年']);
    expect(s.title).toBe('改革历程（2014—2021年）');
  });

  it('a timeline of one year names that year once, not a range from it to itself', () => {
    const one = structuredClone(data);
    one.milestones = one.milestones.filter((m) => m.year === one.milestones[0]!.year);
    const s = buildDeck(one, template.spec).slides.find((x) => x.kind === 'timeline')!;
    expect(s.title).toBe(`改革历程（${one.milestones[0]!.year}年）`);
  });

  it('the sources slide lists every reading of a corrupted figure, once per original string', () => {
    const s = deck.slides.find((x) => x.kind === 'sources')!;
    const items = blocks(s, 'list')[0]!.items;
    const originals = [...new Set(data.metrics.flatMap((m) => (m.reading ? [m.reading.original] : [])))];
    expect(originals).toEqual(expect.arrayContaining(['是201584億元', '是20159699個', '21665項', '646170項', '截至20214月']));
    expect(items.map((i) => i.heading)).toEqual(originals.map((o) => `原文“${o}”`));
    for (const o of originals) expect(s.notes).toContain(o);
    // The notes say which figures each reading gave.
    expect(s.notes).toContain('指导性目录一级目录、指导性目录二级目录、指导性目录三级目录');
  });

  it('the recognitions slide lists the recognitions by year', () => {
    const s = deck.slides.find((x) => x.kind === 'recognitions')!;
    expect(blocks(s, 'list')[0]!.items.map((i) => i.badge)).toEqual(['2015', '2018', '2018', '2019', '2021']);
  });

  it('leaves out the timeline and recognitions when the data has none', () => {
    const small = buildDeck({ ...data, milestones: [], recognitions: [] }, template.spec);
    expect(small.slides.map((s) => s.kind)).not.toContain('timeline');
    expect(small.slides.map((s) => s.kind)).not.toContain('recognitions');
    expect(small.slides.at(-1)!.footer.page).toBe('15 / 15');
  });
});

describe('buildDeck: the charts', () => {
  const allCharts = () => deck.slides.flatMap(charts);

  it('draws each chart of the headline and the area sections', () => {
    const ids = allCharts().map((c) => c.id);
    expect(ids).toEqual(['purchase_amount', 'project_count', 'catalogue_levels', 'staffing_cuts', 'public_service_shares', 'market_shares', 'chunan_spending']);
  });

  it('only contains values of metrics, each with the label of that metric', () => {
    const metricValues = new Map(data.metrics.map((m) => [formatValue(m), m.value]));
    for (const c of allCharts()) {
      for (const s of c.series) {
        expect(s.values).toHaveLength(c.categories.length);
        s.values.forEach((v, i) => {
          const label = s.labels[i]!;
          expect(metricValues.has(label), `${c.id}: ${label}`).toBe(true);
          expect(metricValues.get(label), `${c.id}: ${label}`).toBe(v);
        });
      }
    }
  });

  it('the values of a chart are those of the metrics it names, in order', () => {
    for (const chart of data.charts) {
      const spec = allCharts().find((c) => c.id === chart.id)!;
      chart.series.forEach((s, j) => {
        expect(spec.series[j]!.values).toEqual(s.metrics.map((id) => data.metrics.find((m) => m.id === id)!.value));
      });
    }
  });

  it('the alt text states every category and every value label', () => {
    for (const c of allCharts()) {
      expect(c.alt).toContain(c.title);
      for (const cat of c.categories) expect(c.alt, c.id).toContain(cat);
      for (const s of c.series) for (const l of s.labels) expect(c.alt, c.id).toContain(l);
    }
    expect(allCharts().find((c) => c.id === 'purchase_amount')!.alt).toBe('柱状图：政府购买服务决算金额（单位：亿元）。2015年：84亿元；2021年：321.70亿元。2021年较2015年：×3.83。');
  });

  it('highlights the current year of a then-and-now chart, and caps % charts at 100', () => {
    const byId = new Map(allCharts().map((c) => [c.id, c]));
    expect(byId.get('purchase_amount')!.highlight).toBe(1);
    expect(byId.get('catalogue_levels')!.highlight).toBeUndefined();
    expect(byId.get('market_shares')!.max).toBe(100);
    expect(byId.get('chunan_spending')!.max).toBeUndefined();
  });

  it('chartSpec names both series in the alt text of a two-series chart', () => {
    const spec = chartSpec(data.charts.find((c) => c.id === 'catalogue_levels')!, modelContext(data));
    expect(spec.alt).toContain('一级目录：2015年2项，2021年6项');
  });
});

describe('buildDeck: interpreted figures', () => {
  it('marks figures read from the corrupted source and explains the mark in the footer of that slide only', () => {
    const headline = deck.slides.find((s) => s.kind === 'headline')!;
    const catalogue = blocks(headline, 'comparisons')[0]!.items.find((i) => i.label.includes('目录'))!;
    expect(catalogue.to.interpreted).toBe(true);
    expect(headline.footer.note).toContain('解读');
    const measure = deck.slides.find((s) => s.kind === 'measure')!;
    expect(measure.footer.note).toBeUndefined();
  });

  it('numbers the parts as the agenda does, and names slides as the agenda does', () => {
    const agenda = blocks(deck.slides[1]!, 'agenda')[0]!.items;
    const dividers = deck.slides.filter((s) => s.kind === 'divider');
    expect(dividers.map((d) => d.subtitle)).toEqual(['第二部分', '第三部分']);
    expect(agenda[1]!.title).toBe(dividers[0]!.title);
    for (const kind of ['recognitions', 'sources'] as const) {
      expect(agenda.map((a) => a.title)).toContain(deck.slides.find((s) => s.kind === kind)!.title);
    }
  });
});
