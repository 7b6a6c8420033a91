// The figures of the reference data file, as the source states them.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { formatNumber } from '../../src/model/format.js';
import type { BriefingData, Metric } from '../../src/schema/data.js';
import { DATA_FILE } from '../helpers/paths.js';
import { checkRules } from '../../src/validate/rules.js';
import { formatPath } from '../../src/validate/paths.js';

let data: BriefingData;
const metric = (id: string): Metric => {
  const m = data.metrics.find((x) => x.id === id);
  if (!m) throw new Error(`no metric ${id} in the reference data`);
  return m;
};

beforeAll(async () => {
  const checked = await checkFile(DATA_FILE);
  expect(checked.warnings).toEqual([]);
  data = checked.data;
});

describe('headline figures', () => {
  it('purchase amount: 84 亿元 in 2015, 321.70 亿元 in 2021, 3.83 times', () => {
    expect(metric('purchase_amount_2021')).toMatchObject({ value: 321.7, decimals: 2, unit: '亿元', year: 2021 });
    expect(metric('purchase_amount_2015')).toMatchObject({ value: 84, unit: '亿元', year: 2015 });
    expect(metric('purchase_amount_multiple')).toMatchObject({ value: 3.83, unit: '倍', derived: { ratio: ['purchase_amount_2021', 'purchase_amount_2015'] } });
    expect(metric('purchase_amount_2015').reading?.original).toBe('是201584億元');
  });

  it('projects: 9699 in 2015, 34463 in 2021, 3.55 times', () => {
    expect(metric('project_count_2021')).toMatchObject({ value: 34463, unit: '个', year: 2021 });
    expect(metric('project_count_2015')).toMatchObject({ value: 9699, unit: '个', year: 2015 });
    expect(metric('project_count_multiple')).toMatchObject({ value: 3.55, unit: '倍', derived: { ratio: ['project_count_2021', 'project_count_2015'] } });
    expect(metric('project_count_2015').reading?.original).toBe('是20159699個');
  });

  it('the stated multiples pass the project\'s own check, which refuses them a hundredth off or with another input', () => {
    // The check that runs on every build (validate/rules.ts), on the data as it is: no problem.
    expect(checkRules(data)).toEqual([]);
    const problems = (edit: (d: BriefingData) => void) => {
      const d = structuredClone(data);
      edit(d);
      return checkRules(d).map((p) => `${formatPath(p.path)}: ${p.message}`);
    };
    const at = (id: string) => data.metrics.findIndex((m) => m.id === id);
    // 3.83 = 321.70 / 84 to two decimals: 3.84 is refused, and so is a changed input.
    expect(problems((d) => (d.metrics[at('purchase_amount_multiple')]!.value = 3.84))).toEqual([
      `metrics[${at('purchase_amount_multiple')}].value: stated 3.84 倍 but 321.7 / 84 = 3.8298 (3.83 to 2 decimals)`,
    ]);
    expect(problems((d) => (d.metrics[at('project_count_2015')]!.value = 9690))).toEqual([
      `metrics[${at('project_count_multiple')}].value: stated 3.55 倍 but 34463 / 9690 = 3.5566 (3.56 to 2 decimals)`,
    ]);
  });

  it('catalogue levels 6/46/170 (2021) and 2/16/65 (2015), each carrying its reading', () => {
    const levels = (year: number) => [1, 2, 3].map((l) => metric(`catalogue_level${l}_${year}`));
    expect(levels(2021).map((m) => m.value)).toEqual([6, 46, 170]);
    expect(levels(2015).map((m) => m.value)).toEqual([2, 16, 65]);
    for (const m of levels(2021)) expect(m).toMatchObject({ unit: '项', year: 2021, reading: { original: '646170項' } });
    for (const m of levels(2015)) expect(m).toMatchObject({ unit: '项', year: 2015, reading: { original: '21665項' } });
    // The reading spells out the split it made.
    for (const m of levels(2021)) expect(m.reading!.reading).toMatch(/6项.*46项.*170项/);
    for (const m of levels(2015)) expect(m.reading!.reading).toMatch(/2项.*16项.*65项/);
    // The split is the only reading of the digit string.
    expect(levels(2021).map((m) => m.value).join('')).toBe('646170');
    expect(levels(2015).map((m) => m.value).join('')).toBe('21665');
  });
});

describe('other key figures', () => {
  it('shares: 69.4 % public services, 81.4 % enterprises, 6.98 % of the nation, 40 % fewer posts, 98.9 % satisfied', () => {
    expect(metric('public_service_project_share_2021')).toMatchObject({ value: 69.4, unit: '%' });
    expect(metric('contractor_enterprise_share_2021')).toMatchObject({ value: 81.4, unit: '%' });
    expect(metric('social_orgs_national_share')).toMatchObject({ value: 6.98, unit: '%' });
    expect(metric('staffing_reduced_share')).toMatchObject({ value: 40, unit: '%' });
    expect(metric('wenling_satisfaction')).toMatchObject({ value: 98.9, unit: '%' });
  });

  it('social organisations: 72729, about 12.4 per 10 000 people', () => {
    expect(metric('social_orgs_2021')).toMatchObject({ value: 72729, unit: '家', reading: { original: '截至20214月' } });
    expect(metric('social_orgs_per_10k')).toMatchObject({ value: 12.4, unit: '个', approx: 'about' });
  });

  it('143 public institutions fewer; 800多 policy suggestions; 3100多 elderly', () => {
    expect(metric('public_institutions_reduced')).toMatchObject({ value: 143, unit: '家' });
    expect(metric('policy_suggestion_docs')).toMatchObject({ value: 800, unit: '个', approx: 'more_than' });
    expect(metric('wenling_elderly_served')).toMatchObject({ value: 3100, unit: '名', approx: 'more_than' });
  });

  it('Chun\'an spending from 995 to 399 万元', () => {
    expect(metric('chunan_spending_2016')).toMatchObject({ value: 995, unit: '万元', year: 2016 });
    expect(metric('chunan_spending_2019')).toMatchObject({ value: 399, unit: '万元', year: 2019 });
  });

  it('Quzhou approval from 3 months to 20 days', () => {
    expect(metric('quzhou_approval_before')).toMatchObject({ value: 3, unit: '个月' });
    expect(metric('quzhou_approval_after')).toMatchObject({ value: 20, unit: '天' });
  });
});

describe('every figure is in its quote', () => {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  it('each quote contains the number as written (with its decimals), not as part of a longer number', () => {
    const missing: string[] = [];
    for (const m of data.metrics) {
      const n = formatNumber(m.value!, m.decimals);
      const written = m.approx === 'more_than' ? `${escape(n)}多` : m.approx === 'about' ? `约${escape(n)}` : escape(n);
      const re = new RegExp(`(?<![0-9.])${written}(?![0-9]|\\.[0-9])`);
      if (!re.test(m.quote)) missing.push(`${m.id}: ${n} not in "${m.quote.slice(0, 40)}…"`);
    }
    expect(missing).toEqual([]);
  });

  it('321.70 keeps its trailing zero', () => {
    const m = metric('purchase_amount_2021');
    expect(formatNumber(m.value!, m.decimals)).toBe('321.70');
    expect(m.quote).toContain('321.70亿元');
  });

  it('milestones and recognitions quote a sentence naming their year', () => {
    for (const m of data.milestones) expect(m.quote, `${m.year}`).toContain(`${m.year}年`);
    for (const r of data.recognitions) expect(r.quote, `${r.year}`).toContain(`${r.year}年`);
  });
});

describe('the cleaned text', () => {
  /** Every string of the data, with its path; reading.original excluded. */
  function strings(value: unknown, path = ''): { path: string; text: string }[] {
    if (typeof value === 'string') return [{ path, text: value }];
    if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
    if (value && typeof value === 'object') {
      return Object.entries(value).flatMap(([k, v]) => (k === 'original' && path.endsWith('.reading') ? [] : strings(v, path ? `${path}.${k}` : k)));
    }
    return [];
  }
  const TRADITIONAL = [...'們個億項為數與會說這務購買財廳績評價發網絡級區縣單編減'];

  it('finds traditional characters where they are (the readings keep the corrupted original)', () => {
    const originals = data.metrics.flatMap((m) => (m.reading ? [m.reading.original] : []));
    expect(originals.join('')).toMatch(new RegExp(`[${TRADITIONAL.join('')}]`));
  });

  it('has no traditional characters outside reading.original', () => {
    const all = strings(data);
    expect(all.length).toBeGreaterThan(300);
    const found = all.flatMap(({ path, text }) => TRADITIONAL.filter((c) => text.includes(c)).map((c) => `${path}: ${c}`));
    expect(found).toEqual([]);
  });

  it('has no pinyin in brackets', () => {
    const pinyin = /[（(]\s*[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+(?:\s+[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+)*\s*[）)]/;
    expect(pinyin.test('政府（zhèng fǔ）')).toBe(true);
    const found = strings(data).filter(({ text }) => pinyin.test(text));
    expect(found).toEqual([]);
  });

  it('uses full-width punctuation in Chinese text', () => {
    const found = strings(data).filter(({ path, text }) => !path.endsWith('.id') && /[\u4e00-\u9fff][,;:]|[,;:][\u4e00-\u9fff]/.test(text));
    expect(found).toEqual([]);
  });
});
