// The English deck model: the same slides, charts and figures as the Chinese
// one, in English words.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { buildDeck } from '../../src/model/build-deck.js';
import type { ChartSpec, Deck } from '../../src/model/deck.js';
import { slideTexts } from '../../src/model/compare.js';
import { WORDS } from '../../src/model/words.js';
import { loadTemplate } from '../../src/template/load.js';
import { DATA_FILE, TEMPLATES_DIR } from '../helpers/paths.js';

let zh: Deck;
let en: Deck;
const charts = (d: Deck): ChartSpec[] =>
  d.slides.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'chart' ? [b.chart] : b.type === 'comparisons' ? b.items.flatMap((c) => (c.chart ? [c.chart] : [])) : [])));
const CJK = /[\p{Script=Han}，。：；（）、《》]/u;

beforeAll(async () => {
  const template = await loadTemplate('default', TEMPLATES_DIR);
  zh = buildDeck((await checkFile(DATA_FILE)).data, template.spec, 'zh');
  en = buildDeck((await checkFile(DATA_FILE, { lang: 'en' })).data, template.spec, 'en');
});

describe('English deck model', () => {
  it('has the same slides, in the same order, tagged en-US', () => {
    expect(en.lang).toBe('en-US');
    expect(en.slides.map((s) => s.kind)).toEqual(zh.slides.map((s) => s.kind));
  });

  it('has the same charts with the same values, highlights and changes', () => {
    const strip = (c: ChartSpec) => ({ id: c.id, kind: c.kind, values: c.series.map((s) => s.values), highlight: c.highlight, change: c.change, max: c.max, n: c.categories.length });
    expect(charts(en).map(strip)).toEqual(charts(zh).map(strip));
  });

  it('shows English numbers: CNY 32.170 billion, axis in billions, 34,463', () => {
    const amount = charts(en).find((c) => c.id === 'purchase_amount')!;
    expect(amount).toMatchObject({ unit: 'CNY billion', shift: -1, categories: ['2015', '2021'], change: '×3.83' });
    expect(amount.series[0]!.labels).toEqual(['CNY 8.4 billion', 'CNY 32.170 billion']);
    expect(amount.series[0]!.numbers).toEqual(['8.4', '32.170']);
    expect(charts(en).find((c) => c.id === 'project_count')!.series[0]!.labels).toEqual(['9,699', '34,463']);
    const headline = en.slides.find((s) => s.kind === 'headline')!;
    expect(slideTexts(headline, WORDS.en).join('\n')).toContain('3.83 times');
  });

  it('shows no Chinese but the quoted source strings of the readings and source notes', () => {
    for (const s of en.slides) {
      const texts = [...slideTexts(s, WORDS.en), s.footer.text, s.footer.source, s.footer.note ?? ''];
      for (const t of texts) {
        const allowed = s.kind === 'sources' && /“[^”]*[\p{Script=Han}][^”]*”|年|为/u.test(t);
        if (!allowed) expect(t, `slide ${s.number}`).not.toMatch(CJK);
      }
    }
  });

  it('uses the English fixed texts', () => {
    expect(en.slides[1]!.title).toBe('Agenda');
    expect(en.slides.find((s) => s.kind === 'sources')!.title).toBe('Sources and Notes on the Data');
    expect(en.slides.find((s) => s.kind === 'divider')!.subtitle).toBe('Part 2');
    expect(en.slides[0]!.footer.source).toBe('Source: Zhejiang Provincial Department of Finance, 10 March 2023');
  });

  it('keeps the quotes Chinese in the notes, labelled as the source text', () => {
    const area = en.slides.find((s) => s.kind === 'area')!;
    expect(area.notes).toContain(WORDS.en.sourceLabel);
    expect(area.notes).toMatch(/· .*[\p{Script=Han}]/u);
  });
});
