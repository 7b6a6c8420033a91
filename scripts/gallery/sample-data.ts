// Briefing data of any shape, for the gallery and the layout's property test:
// given the counts (parts, sections, points, key figures, charts, cases,
// milestones, recognitions, readings) and the length of each kind of text,
// a valid data file about an invented programme (rural water and elderly
// care), in Chinese. Deterministic: the same spec gives the same data.

export interface SectionSpec {
  points: number;
  figures: number;
  /** One chart of each kind listed. */
  charts: ('bar' | 'hbar' | 'rings')[];
  cases: number;
}

/** Characters of each kind of text (a text is cut or grown to its length). */
export interface Lengths {
  title: number;
  headline: number;
  label: number;
  point: number;
  place: number;
  caseTitle: number;
  milestone: number;
  recognition: number;
  by: number;
  reading: number;
  note: number;
  category: number;
}

export interface DeckSpec {
  /** Then-and-now comparisons on the headline slide (1-4), and whether each has a chart. */
  comparisons: number;
  comparisonCharts: boolean;
  parts: SectionSpec[][];
  milestones: number;
  recognitions: number;
  readings: number;
  notes: number;
  lengths: Lengths;
  /** Varies the words, not the shape. */
  seed: number;
}

export const USUAL_LENGTHS: Lengths = { title: 4, headline: 9, label: 10, point: 30, place: 3, caseTitle: 16, milestone: 18, recognition: 24, by: 5, reading: 30, note: 18, category: 4 };

// Words of the invented programme's reports; any order reads as plausible Chinese.
const WORDS = [
  '城乡供水', '一体化', '农村饮水', '安全工程', '管网延伸', '水质监测', '实时预警', '养老服务', '社区食堂', '上门照护',
  '财政补助', '资金拨付', '绩效评价', '第三方机构', '政策落实', '群众满意度', '试点地区', '经验推广', '公共服务', '均等化',
  '项目储备', '动态管理', '专项债券', '使用效率', '预算执行', '明显加快', '民生实事', '持续推进', '标准体系', '逐步完善',
  '服务质量', '全面提升', '乡镇街道', '全部纳入', '监测平台', '数字化改造', '运行维护', '长效机制', '考核办法', '督促检查',
];
const PLACES = ['丽水市', '衢州市', '舟山市', '台州市', '金华市', '嘉兴市', '绍兴市', '湖州市', '温州市', '宁波市'];
const UNITS_BY_KIND = { amount: ['亿元', '万元'], count: ['个', '项', '家', '名'], share: ['%'] } as const;
const MINISTRIES = ['水利部', '民政部', '财政部', '国家卫生健康委', '住房和城乡建设部', '农业农村部'];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text of exactly `length` characters: words, now and then a figure with its unit, commas between phrases. */
export function sampleText(length: number, seed: number, end = ''): string {
  const r = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  let s = '';
  let phrase = 0;
  while ([...s].length < length + 4) {
    const roll = r();
    const word = roll < 0.12 ? `${2015 + Math.floor(r() * 9)}年` : roll < 0.22 ? `${Math.floor(r() * 900) + 10}${pick(['个', '项', '万元', '天', '%'])}` : pick(WORDS);
    s += word;
    phrase += word.length;
    if (phrase > 8 + r() * 8) {
      s += '，';
      phrase = 0;
    }
  }
  const chars = [...s].slice(0, Math.max(1, length - [...end].length));
  // No comma at the end.
  while (chars.length > 1 && chars[chars.length - 1] === '，') chars.pop();
  return chars.join('') + end;
}

/** Valid briefing data of the given shape. */
export function sampleData(spec: DeckSpec): Record<string, unknown> {
  const L = spec.lengths;
  let n = spec.seed * 1000;
  const text = (length: number, end = '') => sampleText(length, n++, end);
  const r = random(spec.seed + 7);
  const metrics: Record<string, unknown>[] = [];
  const charts: Record<string, unknown>[] = [];
  const cases: Record<string, unknown>[] = [];
  const metric = (kind: keyof typeof UNITS_BY_KIND, extra: Record<string, unknown> = {}): string => {
    const id = `m${metrics.length}`;
    const unit = UNITS_BY_KIND[kind][metrics.length % UNITS_BY_KIND[kind].length]!;
    const value = kind === 'share' ? Math.round(r() * 900) / 10 : unit === '亿元' ? Math.round(r() * 50000) / 100 : Math.floor(r() * 50000) + 1;
    metrics.push({ id, label: text(L.label), value, unit, year: 2016 + (metrics.length % 7), quote: text(40, '。'), ...extra });
    return id;
  };
  const chart = (kind: 'bar' | 'hbar' | 'rings'): string => {
    const id = `c${charts.length}`;
    const count = kind === 'rings' ? 2 : 3;
    // A category that reads as a year (2017) makes the chart one over years, with rules of its own: these are not.
    const categories = Array.from({ length: count }, () => text(L.category).replace(/^\d/, '类'));
    const series = [{ name: text(4), metrics: categories.map(() => metric(kind === 'rings' ? 'share' : 'amount')) }];
    // Amount metrics of one chart must share a unit: the generator alternates units, so set them here.
    for (const m of series[0]!.metrics) (metrics.find((x) => x.id === m)!.unit as unknown) = kind === 'rings' ? '%' : '万元';
    charts.push({ id, kind, title: text(L.label), unit: kind === 'rings' ? '%' : '万元', categories, series });
    return id;
  };

  const headline = Array.from({ length: spec.comparisons }, (_, i) => {
    const from = metric('count', { year: 2015 });
    const to = metric('count', { year: 2022 });
    (metrics.find((m) => m.id === to)!.unit as unknown) = metrics.find((m) => m.id === from)!.unit;
    let chartId: string | undefined;
    if (spec.comparisonCharts) {
      chartId = `c${charts.length}`;
      const unit = metrics.find((m) => m.id === from)!.unit;
      charts.push({ id: chartId, kind: 'bar', title: text(L.label), unit, categories: ['2015年', '2022年'], series: [{ name: text(4), metrics: [from, to] }] });
    }
    return { label: text(L.label + 2 * (i % 2)), from, to, ...(chartId ? { chart: chartId } : {}) };
  });

  const parts = spec.parts.map((sections, p) => ({
    id: `part${p}`,
    title: text(L.title + 6),
    sections: sections.map((s, i) => ({
      id: `s${p}_${i}`,
      title: text(L.title),
      headline: text(L.headline),
      points: Array.from({ length: s.points }, () => text(L.point)),
      summary: text(120, '。'),
      metrics: Array.from({ length: s.figures }, (_, k) => metric(k % 3 === 2 ? 'share' : k % 2 ? 'count' : 'amount')),
      charts: s.charts.map(chart),
      cases: Array.from({ length: s.cases }, (_, k) => {
        const id = `case${cases.length}`;
        const figures = Array.from({ length: k % 3 }, () => metric('count'));
        cases.push({ id, place: PLACES[(cases.length + k) % PLACES.length]!.slice(0, Math.max(1, L.place)) + (L.place > 3 ? text(L.place - 3) : ''), title: text(L.caseTitle), text: text(90, '。'), metrics: figures });
        return id;
      }),
    })),
  }));

  for (let i = 0; i < spec.readings; i++) metric('count', { reading: { original: `${2000 + i}${text(3)}`, reading: text(L.reading, '。') } });
  return {
    meta: { title: text(L.title + 8), subtitle: text(L.headline + 6), organisation: '某省财政厅', date: '2024-03-01' },
    source: { title: text(24), publisher: '某省财政厅', date: '2024-03-01', notes: Array.from({ length: spec.notes }, () => text(L.note)) },
    summary: text(160, '。'),
    headline,
    metrics,
    charts,
    cases,
    parts,
    milestones: Array.from({ length: spec.milestones }, (_, i) => ({ year: 2000 + Math.floor((i * 24) / Math.max(1, spec.milestones)), text: text(L.milestone), quote: text(30, '。') })),
    recognitions: Array.from({ length: spec.recognitions }, (_, i) => ({ year: 2010 + (i % 14), by: MINISTRIES[i % MINISTRIES.length]!.slice(0, L.by) + (L.by > 8 ? text(L.by - 8) : ''), text: text(L.recognition), quote: text(30, '。') })),
    closing: { title: '谢谢', text: text(24) },
  };
}
