// The reference decks other than Zhejiang's: real reports of other shapes.
// Each validates without a warning (English complete, every quote holding its
// figure) and makes the slides its shape calls for.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { buildDeck } from '../../src/model/build-deck.js';
import type { Block, Deck } from '../../src/model/deck.js';
import { ROOT } from '../helpers/paths.js';

const file = (name: string) => join(ROOT, 'data', `${name}.yaml`);
const deckOf = async (name: string, lang: 'zh' | 'en' = 'zh'): Promise<Deck> => buildDeck((await checkFile(file(name), { lang })).data, {}, lang);
const blocks = (d: Deck, type: Block['type']) => d.slides.flatMap((s) => s.blocks.filter((b) => b.type === type));

describe.each(['shandong-ppp-2016', 'pingxiang-livelihood-2019', 'gansu-toilets-2019-2021'])('%s', (name) => {
  it('validates in Chinese and English with no warning, even with --strict and --require-translation', async () => {
    expect((await checkFile(file(name), { strict: true })).warnings).toEqual([]);
    expect((await checkFile(file(name), { lang: 'en', strict: true, requireTranslation: true })).warnings).toEqual([]);
  });

  it('has its own footer, and no slide says 基期', async () => {
    const deck = await deckOf(name);
    expect(deck.slides.every((s) => s.footer.text !== '政府购买服务改革 · 情况汇报')).toBe(true);
    expect(JSON.stringify(deck)).not.toContain('基期');
  });
});

describe('the shapes they call for', () => {
  it('Shandong: two stages compared (推介 → 签约) under a title without years; a target tagged; inferred readings', async () => {
    const deck = await deckOf('shandong-ppp-2016');
    const opening = deck.slides.find((s) => s.kind === 'headline')!;
    expect(opening.title).toBe('总体成效');
    const card = opening.blocks.flatMap((b) => (b.type === 'comparisons' ? b.items : []))[0]!;
    expect([card.from.context, card.to.context]).toEqual(['推介项目', '签约落地']);
    expect(blocks(deck, 'figures').flatMap((b) => (b.type === 'figures' ? b.items : [])).filter((f) => f.tag).map((f) => `${f.tag} ${f.value}`)).toContain('目标 1200亿元');
    expect(opening.footer.note).toContain('推断');
    expect(deck.slides.some((s) => s.kind === 'closing')).toBe(false);
  });

  it('Pingxiang: key figures only, no then-and-now pair; changes with their sign', async () => {
    const deck = await deckOf('pingxiang-livelihood-2019');
    const opening = deck.slides.find((s) => s.kind === 'headline')!;
    expect(opening.blocks.map((b) => b.type)).toEqual(['figures']);
    const values = opening.blocks.flatMap((b) => (b.type === 'figures' ? b.items.map((f) => f.value) : []));
    expect(values).toEqual(expect.arrayContaining(['226.3亿元', '+14.2%', '+1.7个百分点']));
  });

  it('Gansu: a trend over years with its change computed, and a line with its average annual growth', async () => {
    const deck = await deckOf('gansu-toilets-2019-2021');
    const charts = blocks(deck, 'chart').flatMap((b) => (b.type === 'chart' ? [b.chart] : []));
    expect(charts.find((c) => c.id === 'toilets_upgraded_by_year')).toMatchObject({ categories: ['2019年', '2020年', '2021年'], highlight: 2, badge: '较2019年 −10.2%' });
    expect(charts.find((c) => c.id === 'household_toilets_trend')).toMatchObject({ kind: 'line', categories: ['2018年', '2021年'], badge: '年均增长63.1%' });
    expect(deck.slides.find((s) => s.kind === 'headline')!.title).toBe('总体成效：2021年与2018年对比');
  });
});
