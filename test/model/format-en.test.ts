// English figures: the same digits as the source, written the English way.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { englishNumber, shiftPoint } from '../../src/model/format-en.js';
import { formatMultiple, formatValue } from '../../src/model/format.js';
import type { BriefingData } from '../../src/schema/data.js';
import { DATA_FILE } from '../helpers/paths.js';

const en = (value: number, unit: Parameters<typeof formatValue>[0]['unit'], extra: { decimals?: number; approx?: 'more_than' | 'about' } = {}) =>
  formatValue({ value, unit, ...extra }, 'en');

describe('shiftPoint moves the decimal point in the digits, never by arithmetic', () => {
  it.each([
    ['321.70', -1, '32.170'],
    ['321.7', -1, '32.17'],
    ['84', -1, '8.4'],
    ['995', -2, '9.95'],
    ['800', -2, '8'],
    ['1000', -1, '100'],
    ['1', 4, '10000'],
    ['0.5', 2, '50'],
    ['12.345', 0, '12.345'],
    ['0.1', -1, '0.01'],
  ] as const)('%s shifted %i -> %s', (digits, k, out) => expect(shiftPoint(digits, k)).toBe(out));
});

describe('formatValue in English', () => {
  it.each([
    [() => en(321.7, '亿元', { decimals: 2 }), 'CNY 32.170 billion'],
    [() => en(84, '亿元'), 'CNY 8.4 billion'],
    [() => en(5, '亿元'), 'CNY 500 million'],
    [() => en(12345, '亿元'), 'CNY 1,234.5 billion'],
    [() => en(995, '万元'), 'CNY 9.95 million'],
    [() => en(1, '万元'), 'CNY 10,000'],
    [() => en(12.5, '万元'), 'CNY 125,000'],
    [() => en(250000, '万元'), 'CNY 2.5 billion'],
    [() => en(69.4, '%'), '69.4%'],
    [() => en(40, '%'), '40%'],
    [() => en(34463, '个'), '34,463'],
    [() => en(800, '个', { approx: 'more_than' }), 'over 800'],
    [() => en(12.4, '个', { approx: 'about' }), 'about 12.4'],
    [() => en(3100, '名', { approx: 'more_than' }), 'over 3,100'],
    [() => en(3.83, '倍'), '×3.83'],
    [() => en(20, '天'), '20 days'],
    [() => en(1, '天'), '1 day'],
    [() => en(3, '个月'), '3 months'],
    [() => en(10, '省'), '10'],
  ])('%#: %s', (f, out) => expect(f()).toBe(out));

  it('a multiple in a sentence: 3.83 times; decimals kept', () => {
    expect(formatMultiple({ value: 3.83, unit: '倍' }, 'en')).toBe('3.83 times');
    expect(formatMultiple({ value: 3.5, decimals: 2, unit: '倍' }, 'en')).toBe('3.50 times');
  });

  it('never shows a float artefact', () => {
    for (let cents = 1; cents < 2000; cents += 7) {
      const value = cents / 100;
      expect(en(value, '亿元', { decimals: 2 })).toMatch(/^CNY [\d,]+(\.\d+)? (billion|million)$/);
      expect(en(value, '亿元', { decimals: 2 })).not.toMatch(/\d{6,}/);
    }
    expect(englishNumber('1234567.891')).toBe('1,234,567.891');
  });
});

describe('the reference figures, one by one', () => {
  let data: BriefingData;
  beforeAll(async () => {
    data = (await checkFile(DATA_FILE, { lang: 'en' })).data;
  });
  const expected: Record<string, string> = {
    policy_suggestion_docs: 'over 800',
    pilot_cities_2016: '5',
    pilot_departments_2016: '11',
    pilot_projects_2016: '16',
    eval_pilot_counties_2019: '2',
    eval_pilot_cities_2019: '3',
    eval_pilot_departments_2019: '4',
    evaluated_cities_2017: '5',
    evaluated_departments_2018: '11',
    evaluated_projects_2018: '16',
    eval_pilot_provinces_2019: '10',
    purchase_amount_2015: 'CNY 8.4 billion',
    purchase_amount_2021: 'CNY 32.170 billion',
    purchase_amount_multiple: '×3.83',
    project_count_2015: '9,699',
    project_count_2021: '34,463',
    project_count_multiple: '×3.55',
    catalogue_level1_2015: '2',
    catalogue_level2_2015: '16',
    catalogue_level3_2015: '65',
    catalogue_level1_2021: '6',
    catalogue_level2_2021: '46',
    catalogue_level3_2021: '170',
    national_contact_points_2018: '12',
    zhejiang_contact_points_2021: '3',
    public_institutions_reduced: '143',
    staffing_reduced_share: '40%',
    wenzhou_service_major_items: '52',
    wenzhou_service_minor_items: '170',
    wenzhou_departments: '34',
    wenzhou_functions_transferred: '167',
    public_service_project_share_2021: '69.4%',
    wenling_elderly_served: 'over 3,100',
    wenling_satisfaction: '98.9%',
    social_orgs_2021: '72,729',
    social_orgs_national_share: '6.98%',
    social_orgs_per_10k: 'about 12.4',
    contractor_enterprise_share_2021: '81.4%',
    quzhou_approval_before: '3 months',
    quzhou_approval_after: '20 days',
    chunan_spending_2016: 'CNY 9.95 million',
    chunan_spending_2019: 'CNY 3.99 million',
  };

  it('covers every metric of the reference data', () => {
    expect(data.metrics.map((m) => m.id).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s -> %s', (id, text) => {
    const m = data.metrics.find((x) => x.id === id)!;
    expect(formatValue(m, 'en')).toBe(text);
  });
});
