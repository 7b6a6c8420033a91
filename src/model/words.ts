// The words the tool itself writes on slides, in notes and in alt text, in
// each deck language. Data texts come from the data file; these do not.
import { knownUnit } from '../schema/units.js';
import { englishScale, type UnitSpec } from './format-en.js';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const chineseOrdinal = (i: number): string => CHINESE_ORDINALS[i] ?? String(i + 1);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface Words {
  /** The language tag of every run and note. */
  tag: 'zh-CN' | 'en-US';
  /** Marks a figure read from a corrupted source. */
  mark: string;
  titles: { agenda: string; headline: string; recognitions: string; sources: string };
  date(iso: string): string;
  year(y: number): string;
  /** A year with its month when given: 2021年4月, April 2021. */
  yearMonth(y: number, m?: number): string;
  /** The numbered heading of the i-th (0-based) section: （一）, (1). */
  section(i: number): string;
  /** The label of the i-th (0-based) part; the headline figures count as part one. */
  part(i: number): string;
  /** A list of names in running text: 、 or ", ". */
  list(items: string[]): string;
  colon: string;
  comma: string;
  semicolon: string;
  period: string;
  /** Notes as running text: 甲；乙。 or "A. B." */
  sentences(items: string[]): string;
  /** Puts `inner` in brackets after `outer`: 标签（2021年）, Label (2021). */
  aside(outer: string, inner: string): string;
  /** Between a slide title and its subtitle on one line. */
  titleJoin: string;
  /** Between the parts of the footer. */
  footerJoin: string;
  /** Between the current and the base figures of a headline card. */
  contextJoin: string;
  /** The footer's citation; the title stands in for an unknown publisher. */
  footerSource(publisher: string | undefined, date: string | undefined, title?: string): string;
  interpretedNote: string;
  interpretedShort: string;
  inferredShort: string;
  /** The footer note of a slide whose marked figures are all inferred, or of both kinds. */
  inferredNote: string;
  readingNoteBoth: string;
  /** The tags shown with the value of a target and of a plan. */
  target: string;
  plan: string;
  unknownPublisher: string;
  unknownDate: string;
  sourceLabel: string;
  keyPoints: string;
  original: string;
  headlineTitle(now: number, then: number): string;
  timelineTitle(first: number, last: number): string;
  timelineTitleUndated: string;
  agendaSourcesDetail(publisher: string, date: string, readings: 'none' | 'corrupted' | 'inferred' | 'both'): string;
  /** The address of the copy used, as a sentence of the sources slide. */
  address(url: string): string;
  readingBadge: string;
  inferredBadge: string;
  readingHeading(original: string): string;
  readingsHeading: string;
  readingsNotes: string;
  /** The same, when some or all of the figures are inferred rather than read from a damaged text. */
  inferredHeading: { inferred: string; both: string };
  sourceLead(publisher: string, title: string, date: string, via?: string): string;
  caption(organisation: string, date: string): string;
  dividerItem(i: number, title: string, headline?: string): string;
  cases: string;
  continued: string;
  baseYear: string;
  /** The multiple under a headline figure: 是2015年的3.83倍, 3.83 times the 2015 figure. */
  multipleOf(base: string, multiple: string): string;
  /** The sentence of the notes saying the same. */
  multipleSentence(now: string, base: string, multiple: string): string;
  chartKind: Record<'bar' | 'hbar' | 'rings' | 'line', string>;
  /** The unit as a chart title or alt text names it. */
  chartUnit(unit: UnitSpec, max: number): string;
  /** The average annual growth of a trend, as its badge says it: 年均增长8.1%. */
  cagrBadge(percent: string, fell: boolean): string;
  cagrSentence(first: string, last: string, badge: string): string;
  chartAltUnit(unit: string): string;
  /** The change badge of a then-and-now chart: 较2015年 ×3.83, ×3.83 vs 2015. */
  changeBadge(first: string, change: string): string;
  changeSentence(last: string, first: string, change: string): string;
  chartLabel: string;
  /** A case's figures as a change: 之前3个月 → 当前20天. */
  when(year: number | undefined, scope: string | undefined): string;
}

const zh: Words = {
  tag: 'zh-CN',
  mark: '＊',
  titles: { agenda: '汇报提纲', headline: '总体成效', recognitions: '国家层面的认可', sources: '资料来源与数据说明' },
  date(iso) {
    const [y, m, d] = iso.split('-').map(Number);
    return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
  },
  year: (y) => `${y}年`,
  yearMonth: (y, m) => `${y}年${m !== undefined ? `${m}月` : ''}`,
  section: (i) => `（${chineseOrdinal(i)}）`,
  part: (i) => `第${chineseOrdinal(i + 1)}部分`,
  list: (items) => items.join('、'),
  colon: '：',
  comma: '，',
  semicolon: '；',
  period: '。',
  sentences: (items) => `${items.join('；')}。`,
  aside: (outer, inner) => `${outer}（${inner}）`,
  titleJoin: '　',
  footerJoin: '　|　',
  contextJoin: '　｜　',
  footerSource: (publisher, date, title) => `来源：${[publisher ?? `《${title}》`, date].filter(Boolean).join('，')}`,
  interpretedNote: '＊据受损原文解读，见“资料来源与数据说明”',
  interpretedShort: '＊据受损原文解读',
  inferredShort: '＊据原文推断',
  inferredNote: '＊据原文推断，见“资料来源与数据说明”',
  readingNoteBoth: '＊据受损原文解读或据原文推断，见“资料来源与数据说明”',
  target: '目标',
  plan: '计划',
  unknownPublisher: '发布单位不详',
  unknownDate: '日期不详',
  sourceLabel: '出处（据原文整理）：',
  keyPoints: '要点：',
  original: '原文：',
  headlineTitle: (now, then) => `总体成效：${now}年与${then}年对比`,
  timelineTitle: (first, last) => (first === last ? `改革历程（${first}年）` : `改革历程（${first}—${last}年）`),
  timelineTitleUndated: '改革历程',
  agendaSourcesDetail: (publisher, date, readings) => `${publisher}，${date}${{ none: '', corrupted: '；数据解读说明', inferred: '；数据推断说明', both: '；数据解读与推断说明' }[readings]}`,
  address: (url) => `网址：${url}`,
  readingBadge: '解读',
  inferredBadge: '推断',
  readingHeading: (original) => `原文“${original}”`,
  readingsHeading: '以下数字系对受损原文的解读',
  readingsNotes: '以下数字为对受损原文的解读：',
  inferredHeading: { inferred: '以下数字系据原文推断', both: '以下数字系对受损原文的解读或据原文推断' },
  sourceLead: (publisher, title, date, via) => `${publisher}：《${title}》，${date}${via ? `（${via}）` : ''}`,
  caption: (organisation, date) => `${organisation}　${date}`,
  dividerItem: (i, title, headline) => `（${chineseOrdinal(i)}）${title}${headline ? `，${headline}` : ''}`,
  cases: '典型案例',
  continued: '（续）',
  baseYear: '基期',
  multipleOf: (base, multiple) => `是${base}的${multiple}`,
  multipleSentence: (now, base, multiple) => `；${now}为${base}的${multiple}。`,
  chartKind: { bar: '柱状图', hbar: '条形图', rings: '环形图', line: '折线图' },
  chartUnit: (unit) => (typeof unit === 'string' ? unit : unit.unit),
  cagrBadge: (percent, fell) => `年均${fell ? '下降' : '增长'}${percent}%`,
  cagrSentence: (first, last, badge) => `${first}至${last}${badge}。`,
  chartAltUnit: (unit) => `（单位：${unit}）`,
  changeBadge: (first, change) => `较${first} ${change}`,
  changeSentence: (last, first, change) => `${last}较${first}：${change}。`,
  chartLabel: '图：',
  when: (year, scope) => (year !== undefined ? `${year}年` : (scope ?? '')),
};

/** The unit as an English chart names it: CNY billion, %, days; counts are a number. */
function englishChartUnit(spec: UnitSpec, max: number): string {
  const unit = typeof spec === 'string' ? spec : spec.unit;
  const known = knownUnit(unit);
  if (known?.kind === 'percent') return '%';
  if (known?.kind === 'multiple') return 'times';
  if (known?.kind === 'duration' || known?.kind === 'points') return known.en!.many;
  const s = englishScale(spec, max);
  if (s.prefix) return `${s.prefix}${s.suffix.trim()}`.trim();
  return s.suffix.trim() || 'number';
}

const en: Words = {
  tag: 'en-US',
  mark: '*',
  titles: { agenda: 'Agenda', headline: 'Overall Results', recognitions: 'National Recognition', sources: 'Sources and Notes on the Data' },
  date(iso) {
    const [y, m, d] = iso.split('-').map(Number);
    return [d, m ? MONTHS[m - 1] : undefined, y].filter(Boolean).join(' ');
  },
  year: (y) => String(y),
  yearMonth: (y, m) => (m !== undefined ? `${MONTHS[m - 1]} ${y}` : String(y)),
  section: (i) => `(${i + 1})`,
  part: (i) => `Part ${i + 2}`,
  list: (items) => items.join(', '),
  colon: ': ',
  comma: ', ',
  semicolon: '; ',
  period: '.',
  sentences: (items) => items.map((t) => (/[.!?]$/.test(t) ? t : `${t}.`)).join(' '),
  aside: (outer, inner) => `${outer} (${inner})`,
  titleJoin: ': ',
  footerJoin: '  |  ',
  contextJoin: '  |  ',
  footerSource: (publisher, date, title) => `Source: ${[publisher ?? `"${title}"`, date].filter(Boolean).join(', ')}`,
  interpretedNote: '* Read from a damaged source text; see "Sources and Notes on the Data"',
  interpretedShort: '* Read from a damaged source text',
  inferredShort: '* Inferred from the source text',
  inferredNote: '* Inferred from the source text; see "Sources and Notes on the Data"',
  readingNoteBoth: '* Read from a damaged source text or inferred from it; see "Sources and Notes on the Data"',
  target: 'Target',
  plan: 'Planned',
  unknownPublisher: 'Publisher unknown',
  unknownDate: 'date unknown',
  sourceLabel: 'Source sentences (the cleaned Chinese text of the source, quoted as evidence):',
  keyPoints: 'Key points:',
  original: 'Source (Chinese): ',
  headlineTitle: (now, then) => `Overall Results: ${now} Compared with ${then}`,
  timelineTitle: (first, last) => (first === last ? `Milestones of the Reform (${first})` : `Milestones of the Reform (${first}–${last})`),
  timelineTitleUndated: 'Milestones of the Reform',
  agendaSourcesDetail: (publisher, date, readings) =>
    `${publisher}, ${date}${{ none: '', corrupted: '; how damaged figures were read', inferred: '; how figures were inferred', both: '; how figures were read or inferred' }[readings]}`,
  address: (url) => `Address: ${url}`,
  readingBadge: 'Reading',
  inferredBadge: 'Inferred',
  readingHeading: (original) => `Source text “${original}”`, // the quoted text is Chinese
  readingsHeading: 'These figures are readings of a damaged source text',
  readingsNotes: 'These figures are readings of a damaged source text:',
  inferredHeading: { inferred: 'These figures are inferred from the source text', both: 'These figures are readings of a damaged source text, or inferred from it' },
  sourceLead: (publisher, title, date, via) => `${publisher}: "${title}", ${date}${via ? ` (${via})` : ''}`,
  caption: (organisation, date) => `${organisation}  ·  ${date}`,
  dividerItem: (i, title, headline) => `(${i + 1}) ${title}${headline ? `: ${headline}` : ''}`,
  cases: 'Local Cases',
  continued: ' (cont.)',
  baseYear: 'Base year',
  multipleOf: (base, multiple) => `${multiple} the ${base} figure`,
  multipleSentence: (now, base, multiple) => `; the ${now} figure is ${multiple} the ${base} figure.`,
  chartKind: { bar: 'Column chart', hbar: 'Bar chart', rings: 'Ring chart', line: 'Line chart' },
  chartUnit: englishChartUnit,
  cagrBadge: (percent, fell) => `${fell ? '−' : '+'}${percent}% a year on average`,
  cagrSentence: (first, last, badge) => `${first} to ${last}: ${badge}.`,
  chartAltUnit: (unit) => ` (unit: ${unit})`,
  changeBadge: (first, change) => `${change} vs ${first}`,
  changeSentence: (last, first, change) => `${last} against ${first}: ${change}.`,
  chartLabel: 'Chart: ',
  when: (year, scope) => (year !== undefined ? `${year}` : (scope ?? '')),
};

export const WORDS: Record<Lang, Words> = { zh, en };

/** The words of a deck, by its language tag (Deck.lang). */
export const wordsForTag = (tag: Words['tag']): Words => (tag === 'en-US' ? en : zh);
