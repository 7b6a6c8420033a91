// A small data file that is not the reference: other units, other counts, a
// trend, a target, no then-and-now pair. Tests change it and validate or build it.
import { stringify } from 'yaml';
import type { Diagnostic } from '../../src/errors.js';
import { formatDiagnostic } from '../../src/errors.js';
import { parseYamlText } from '../../src/load/yaml-file.js';
import { buildDeck } from '../../src/model/build-deck.js';
import type { Deck, Slide } from '../../src/model/deck.js';
import { localize } from '../../src/model/localize.js';
import type { Lang } from '../../src/model/words.js';
import { validateData, type ValidateOptions } from '../../src/validate/index.js';

export type Data = Record<string, unknown> & { metrics: Record<string, unknown>[]; charts: Record<string, unknown>[] };

const quote = (s: string) => `示例原文：${s}。`;

/** A valid data file of another shape than the reference: a trend, a target, a rank, key figures and no comparisons. */
export function smallData(): Data {
  return {
    meta: { title: '示例改革成效', organisation: '示例市财政局', date: '2022-06-01', footer: { zh: '示例改革', en: 'A Reform' } },
    source: { title: '示例改革取得成效', notes: [] },
    summary: '示例概述。',
    key_figures: ['visits', 'fund_target', 'rank'],
    metrics: [
      { id: 'visits', label: '服务人次', value: 2, unit: '万人次', approx: 'more_than', year: 2021, quote: quote('全年服务超过两万人次') },
      { id: 'fund_2017', label: '基金规模', value: 120, unit: '亿元', year: 2017, quote: quote('2017年基金规模120亿元') },
      { id: 'fund_2019', label: '基金规模', value: 180, unit: '亿元', year: 2019, quote: quote('2019年基金规模180亿元') },
      { id: 'fund_2021', label: '基金规模', value: 400, unit: '亿元', year: 2021, quote: quote('2021年基金规模400亿元') },
      { id: 'fund_target', label: '基金目标规模', value: 1200, unit: '亿元', kind: 'target', target_by: '2～3年内', quote: quote('争取用2～3年时间达到1200亿元规模') },
      { id: 'rank', label: '项目数全国排名', value: 2, unit: '位', kind: 'rank', scope: '全国', quote: quote('项目数居全国第二位') },
      { id: 'fall', label: '支出降幅', value: -2.3, unit: '%', kind: 'change', year: 2021, quote: quote('支出下降2.3%') },
      { id: 'dozens', label: '合作金融机构', text: '几十家', unit: '家', quote: quote('几十家金融机构深入洽谈') },
    ],
    charts: [{ id: 'fund_trend', kind: 'line', title: '基金规模', unit: '亿元', series: [{ name: '规模', metrics: ['fund_2017', 'fund_2019', 'fund_2021'] }] }],
    parts: [
      {
        id: 'results',
        title: '主要成效',
        sections: [
          { id: 'fund', title: '基金壮大', points: ['基金规模逐年增长'], summary: '基金规模逐年增长。', metrics: ['fund_2021', 'fund_target', 'fall', 'dozens'], charts: ['fund_trend'] },
          { id: 'people', title: '服务群众', points: ['服务超过两万人次'], summary: '服务超过两万人次。', metrics: ['visits'] },
        ],
      },
    ],
    milestones: [{ text: '设立基金', quote: quote('设立基金') }, { text: '首期募集到位', quote: quote('首期募集到位') }],
    recognitions: [{ text: '入选示范', quote: quote('入选示范') }],
  };
}

export const FILE = 'data/small.yaml';
export const loaded = (data: unknown) => parseYamlText(FILE, stringify(data, { lineWidth: 0 }));

export interface Checked {
  errors: string[];
  warnings: string[];
  diagnostics: Diagnostic[];
}

/** Validates `data` (as its YAML text), one formatted line per problem. */
export function check(data: unknown, o: ValidateOptions = {}): Checked {
  const r = validateData(loaded(data), undefined, o);
  return { errors: r.errors.map(formatDiagnostic), warnings: r.warnings.map(formatDiagnostic), diagnostics: [...r.errors, ...r.warnings] };
}

/** The deck of `data`, which must be valid. */
export function deckOf(data: unknown, lang: Lang = 'zh', template: { footer?: string | { zh: string; en?: string } } = {}): Deck {
  const r = validateData(loaded(data));
  if (!r.value) throw new Error(`test setup: invalid data:\n${r.errors.map(formatDiagnostic).join('\n')}`);
  return buildDeck(localize(r.value, lang).data, template, lang);
}

export const slideOf = (deck: Deck, kind: Slide['kind'], n = 0): Slide => {
  const found = deck.slides.filter((s) => s.kind === kind)[n];
  if (!found) throw new Error(`no ${kind} slide ${n} in ${deck.slides.map((s) => s.kind).join(', ')}`);
  return found;
};
