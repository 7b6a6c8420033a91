// The deck says what each kind of figure is, in Chinese and English, and
// shows what the data has (and nothing it lacks).
import { describe, expect, it } from 'vitest';
import { slideTexts } from '../../src/model/compare.js';
import type { Block, Slide } from '../../src/model/deck.js';
import { formatValue } from '../../src/model/format.js';
import { WORDS } from '../../src/model/words.js';
import { deckOf, slideOf, smallData, type Data } from '../helpers/small-data.js';

type Of<T extends Block['type']> = Extract<Block, { type: T }>;
const block = <T extends Block['type']>(s: Slide, type: T): Of<T> => s.blocks.find((b): b is Of<T> => b.type === type)!;

describe('figures of each kind, worded', () => {
  it.each([
    [{ value: -2.3, unit: '%', kind: 'change' }, '−2.3%', '−2.3%'],
    [{ value: 120, unit: '%', kind: 'change' }, '+120%', '+120%'],
    [{ value: 2, unit: '位', kind: 'rank' }, '第2位', '2nd'],
    [{ value: 1, unit: '位', kind: 'rank' }, '第1位', '1st'],
    [{ value: 2, upper: 3, unit: '年' }, '2～3年', '2–3 years'],
    [{ value: 50, unit: '%', approx: 'nearly' }, '近50%', 'nearly 50%'],
    [{ value: 1, unit: '年', approx: 'less_than' }, '不到1年', 'under 1 year'],
    [{ value: 1, unit: '年', approx: 'more_than' }, '1年多', 'over 1 year'],
    [{ value: 2, unit: '万人次', approx: 'more_than' }, '2万多人次', 'over 20,000'],
    [{ value: 15, unit: '万人', approx: 'more_than' }, '15万多人', 'over 150,000'],
    [{ value: 12, unit: '个', approx: 'more_than' }, '超过12个', 'over 12'],
    [{ value: 6000, unit: '亿元', approx: 'more_than' }, '6000多亿元', 'over CNY 600 billion'],
    [{ value: 3, unit: '个月', approx: 'more_than' }, '3个多月', 'over 3 months'],
    [{ value: 1200, unit: '亩' }, '1200亩', '1,200 mu'],
    [{ value: 3.5, unit: '万亩' }, '3.5万亩', '35,000 mu'],
    [{ value: 12, unit: '只' }, '12只', '12'],
    [{ value: 500, unit: '元' }, '500元', 'CNY 500'],
    [{ value: 2.5, unit: '万亿元' }, '2.5万亿元', 'CNY 2.5 trillion'],
    [{ value: 1.5, unit: '个百分点', kind: 'change' }, '+1.5个百分点', '+1.5 percentage points'],
    [{ value: 3, unit: '万头', unit_en: 'head' }, '3万头', '30,000 head'],
    [{ value: 3, unit: '头' }, '3头', '3 头'],
    [{ text: '几十家', unit: '家' }, '几十家', '几十家'],
  ] as const)('%j: %s, %s', (m, zh, en) => {
    expect(formatValue(m as Parameters<typeof formatValue>[0], 'zh')).toBe(zh);
    expect(formatValue(m as Parameters<typeof formatValue>[0], 'en')).toBe(en);
  });
});

describe('a deck of another shape than the reference', () => {
  const deck = deckOf(smallData());

  it('no then-and-now pair: the opening slide shows the key figures, titled without years', () => {
    const opening = slideOf(deck, 'headline');
    expect(opening.title).toBe('总体成效');
    expect(opening.blocks.map((b) => b.type)).toEqual(['figures']);
    expect(block(opening, 'figures').items.map((f) => f.value)).toEqual(['2万多人次', '1200亿元', '第2位']);
  });

  it('a target is tagged 目标 wherever it is shown, and its deadline is its context', () => {
    const target = block(slideOf(deck, 'headline'), 'figures').items[1]!;
    expect(target).toMatchObject({ tag: '目标', context: '2～3年内', label: '基金目标规模' });
    const area = slideOf(deck, 'area');
    expect(block(area, 'figures').items.find((f) => f.value === '1200亿元')?.tag).toBe('目标');
    expect(slideTexts(area)).toContain('基金目标规模（2～3年内）：目标：1200亿元');
  });

  it('a figure in words is its words; a fall has its sign', () => {
    const values = block(slideOf(deck, 'area'), 'figures').items.map((f) => f.value);
    expect(values).toEqual(['400亿元', '1200亿元', '−2.3%', '几十家']);
  });

  it("the footer's words are the data's; a template's old footer stands in only without them, else the title", () => {
    expect(deck.slides.every((s) => s.footer.text === '示例改革')).toBe(true);
    const d = smallData();
    delete (d.meta as Record<string, unknown>).footer;
    expect(deckOf(d, 'zh', { footer: '旧页脚' }).slides[0]!.footer.text).toBe('旧页脚');
    expect(deckOf(d).slides[0]!.footer.text).toBe('示例改革成效');
    expect(deckOf(smallData(), 'en').slides[0]!.footer.text).toBe('A Reform');
  });

  it('an unknown publisher and date: the footer cites the title; no sources slide when there is nothing to explain; no closing slide', () => {
    expect(deck.slides[0]!.footer.source).toBe('来源：《示例改革取得成效》');
    expect(deck.slides.map((s) => s.kind)).toEqual(['title', 'agenda', 'headline', 'divider', 'area', 'measure', 'timeline', 'recognitions']);
    expect(block(slideOf(deck, 'agenda'), 'agenda').items.map((i) => i.title)).toEqual(['总体成效', '主要成效', '国家层面的认可']);
  });

  it('with notes to explain, the sources slide says publisher and date unknown', () => {
    const d = smallData();
    (d.source as Record<string, unknown>).notes = ['整理说明'];
    const sources = slideOf(deckOf(d), 'sources');
    expect(block(sources, 'paragraph').text).toBe('发布单位不详：《示例改革取得成效》，日期不详');
    expect(slideOf(deckOf(d, 'en'), 'sources').blocks[0]).toMatchObject({ text: 'Publisher unknown: "示例改革取得成效", date unknown' });
  });

  it('milestones without years keep their order, unlabelled, under a title without years; a recognition without a year has no badge', () => {
    const timeline = slideOf(deck, 'timeline');
    expect(timeline.title).toBe('改革历程');
    expect(block(timeline, 'timeline').items).toEqual([
      { label: '', text: '设立基金', year: undefined },
      { label: '', text: '首期募集到位', year: undefined },
    ]);
    expect(block(slideOf(deck, 'recognitions'), 'list').items[0]).toMatchObject({ badge: '', heading: '' });
  });

  it('a section without a sub-headline: no subtitle, and its divider line has no trailing comma', () => {
    expect(slideOf(deck, 'area').subtitle).toBeUndefined();
    expect(block(slideOf(deck, 'divider'), 'bullets').items[0]).toBe('（一）基金壮大');
  });
});

describe('the opening comparisons say what their figures are', () => {
  const withPair = (edit: (d: Data) => void) => {
    const d = smallData();
    d.metrics.push(
      { id: 'promoted', label: '推介项目', value: 375, unit: '个', quote: '375个' },
      { id: 'signed', label: '签约项目', value: 161, unit: '个', quote: '161个' },
      { id: 'fund_2015', label: '基金规模', value: 84, unit: '亿元', year: 2015, quote: '84亿元' },
    );
    d.key_figures = [];
    edit(d);
    return slideOf(deckOf(d), 'headline');
  };

  it('two stages of no year: the data\'s labels, never 基期; the title names no years', () => {
    const s = withPair((d) => (d.headline = [{ label: '重点项目', from: 'promoted', to: 'signed', from_label: '推介项目', to_label: '签约落地' }]));
    const card = block(s, 'comparisons').items[0]!;
    expect([card.from.context, card.to.context]).toEqual(['推介项目', '签约落地']);
    expect(JSON.stringify(s)).not.toContain(WORDS.zh.baseYear);
    expect(s.title).toBe('总体成效');
  });

  it('without labels: the figures\' own labels when no years tell them apart', () => {
    const s = withPair((d) => (d.headline = [{ label: '重点项目', from: 'promoted', to: 'signed' }]));
    const card = block(s, 'comparisons').items[0]!;
    expect([card.from.context, card.to.context]).toEqual(['推介项目', '签约项目']);
  });

  it('two years: captioned by year, and the title says them only when every comparison compares those two', () => {
    const years = withPair((d) => (d.headline = [{ label: '基金', from: 'fund_2015', to: 'fund_2021' }]));
    expect(years.title).toBe('总体成效：2021年与2015年对比');
    expect(block(years, 'comparisons').items[0]!.from.context).toBe('2015年');
    const mixed = withPair(
      (d) =>
        (d.headline = [
          { label: '基金', from: 'fund_2015', to: 'fund_2021' },
          { label: '重点项目', from: 'promoted', to: 'signed' },
        ]),
    );
    expect(mixed.title).toBe('总体成效');
    const titled = withPair((d) => {
      d.headline = [{ label: '基金', from: 'fund_2015', to: 'fund_2021' }];
      d.headline_title = '基金六年';
    });
    expect(titled.title).toBe('基金六年');
  });

  it('no comparisons and no key figures: no opening figures slide and no agenda item for it', () => {
    const d = smallData();
    d.key_figures = [];
    const deck = deckOf(d);
    expect(deck.slides.some((s) => s.kind === 'headline')).toBe(false);
    expect(block(slideOf(deck, 'agenda'), 'agenda').items[0]!.title).toBe('主要成效');
  });
});

describe('inferred readings are marked like readings of a damaged text, and said to be inferred', () => {
  const inferred = () => {
    const d = smallData();
    d.metrics[0]!.reading = { kind: 'inferred', original: '今年', reading: '按发布年份读作2021年' };
    (d.milestones as Record<string, unknown>[])[0]!.year = 2016;
    (d.milestones as Record<string, unknown>[])[0]!.reading = { kind: 'inferred', original: '今年', reading: '读作2016年' };
    (d.milestones as Record<string, unknown>[])[1]!.year = 2017;
    return d;
  };

  it('the asterisk on the figure and on the milestone year, the footer note and the sources slide say inferred', () => {
    const deck = deckOf(inferred());
    const opening = slideOf(deck, 'headline');
    expect(block(opening, 'figures').items[0]).toMatchObject({ interpreted: true, inferred: true });
    expect(opening.footer.note).toBe(WORDS.zh.inferredNote);
    const timeline = slideOf(deck, 'timeline');
    expect(block(timeline, 'timeline').items[0]!.label).toBe('2016年＊');
    expect(timeline.title).toBe('改革历程（2016—2017年）');
    expect(timeline.footer.note).toBe(WORDS.zh.inferredNote);
    const sources = slideOf(deck, 'sources');
    const list = block(sources, 'list');
    expect(list.heading).toBe('以下数字系据原文推断');
    expect(list.items.map((i) => i.badge)).toEqual(['推断']);
    expect(block(slideOf(deck, 'agenda'), 'agenda').items.at(-1)!.detail).toBe('发布单位不详，日期不详；数据推断说明');
  });
});

describe('briefing diff sees the new fields', () => {
  it('a figure turned into a target, a milestone given a year: each slide that changed, with the texts', async () => {
    const { diffDecks } = await import('../../src/model/compare.js');
    const before = smallData();
    const after = smallData();
    after.metrics.find((m) => m.id === 'fund_2021')!.kind = 'plan';
    (after.milestones as Record<string, unknown>[])[0]!.year = 2016;
    const diff = diffDecks(deckOf(before), deckOf(after));
    const area = diff.find((d) => d.title === '（一）基金壮大')!;
    expect(area.removed).toContain('基金规模（2021年）：400亿元');
    expect(area.added).toContain('基金规模（2021年）：计划：400亿元');
    const timeline = diff.find((d) => d.added.includes('2016年：设立基金'))!;
    expect(timeline.removed).toContain('设立基金');
  });
});

describe('parts are numbered as the agenda lists them', () => {
  it('after the opening figures, the first part is part two; without them, part one', () => {
    expect(slideOf(deckOf(smallData()), 'divider').subtitle).toBe('第二部分');
    const d = smallData();
    d.key_figures = [];
    expect(slideOf(deckOf(d), 'divider').subtitle).toBe('第一部分');
    expect(slideOf(deckOf(d, 'en'), 'divider').subtitle).toBe('Part 1');
  });
});
