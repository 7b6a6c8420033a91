// The format says what real reports say: each new kind of figure, chart and
// optional field validates, and each misuse is refused at its line.
import { describe, expect, it } from 'vitest';
import { check, smallData, type Data } from '../helpers/small-data.js';

const metric = (d: Data, id: string) => d.metrics.find((m) => m.id === id)!;
const only = (d: Data): string => {
  const r = check(d);
  expect(r.errors, r.errors.join('\n')).toHaveLength(1);
  return r.errors[0]!;
};

describe('new kinds validate', () => {
  it('the small file of another shape: no errors, no warnings', () => {
    const r = check(smallData());
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('any unit text; a change of any sign, past 100 %; a range; nearly and less_than; a month', () => {
    const d = smallData();
    d.metrics.push(
      { id: 'growth', label: '增长', value: 120, unit: '%', kind: 'change', quote: '增长120%' },
      { id: 'span', label: '用时', value: 2, upper: 3, unit: '年', quote: '2～3年' },
      { id: 'half', label: '落地比例', value: 50, unit: '%', approx: 'nearly', quote: '接近一半的项目已经落地' },
      { id: 'under', label: '用时', value: 1, unit: '年', approx: 'less_than', quote: '不到一年' },
      { id: 'orgs', label: '社会组织', value: 72729, unit: '家', year: 2021, month: 4, quote: '截至2021年4月，共72729家' },
      { id: 'heads', label: '牲畜', value: 3, unit: '万头', unit_en: 'head', quote: '3万头' },
      { id: 'planned', label: '拟投资', value: 131.5, unit: '亿元', kind: 'plan', quote: '拟投资金额131.5亿元' },
    );
    expect(check(d).errors).toEqual([]);
  });

  it('optional where real reports have none: headline, section sub-headline, years, publisher and date, closing', () => {
    const d = smallData();
    expect(d.headline).toBeUndefined();
    expect(d.closing).toBeUndefined();
    expect((d.source as Record<string, unknown>).publisher).toBeUndefined();
    expect((d.milestones as unknown[])[0]).not.toHaveProperty('year');
    expect(check(d).errors).toEqual([]);
  });

  it('a comparison of two stages of one year, labelled by the data', () => {
    const d = smallData();
    d.metrics.push({ id: 'promoted', label: '推介项目', value: 375, unit: '个', quote: '推介375个项目' }, { id: 'signed', label: '签约项目', value: 161, unit: '个', quote: '161个项目签约' });
    d.headline = [{ label: '重点项目', from: 'promoted', to: 'signed', from_label: '推介项目', to_label: '签约落地' }];
    expect(check(d).errors).toEqual([]);
  });
});

describe('refusals, each at its line', () => {
  it('a share outside 0-100 %, with the kind that says a change', () => {
    const d = smallData();
    d.metrics.push({ id: 'share', label: '占比', value: 120, unit: '%', quote: '120%' });
    expect(only(d)).toMatch(/^data\/small\.yaml:\d+:\d+: metrics\[8\]\.value: a share must be between 0 and 100 %, got 120 \(hint: a change or growth rate .* is kind: change\)$/);
  });

  it('a target as the achieved figure of a comparison', () => {
    const d = smallData();
    d.headline = [{ label: '基金', from: 'fund_2021', to: 'fund_target' }];
    expect(only(d)).toMatch(/headline\[0\]\.to: "fund_target" is a target \(kind: target\), not an achieved figure/);
  });

  it('a comparison of a figure with itself', () => {
    const d = smallData();
    d.headline = [{ label: '基金', from: 'fund_2021', to: 'fund_2021' }];
    expect(only(d)).toMatch(/headline\[0\]\.to: compares "fund_2021" with itself/);
  });

  it('a trend with a year twice, or out of order', () => {
    const twice = smallData();
    metric(twice, 'fund_2019').year = 2017;
    expect(only(twice)).toMatch(/charts\[0\]\.series\[0\]\.metrics\[1\]: year 2017 twice in one trend/);
    const backwards = smallData();
    metric(backwards, 'fund_2019').year = 2022;
    expect(only(backwards)).toMatch(/charts\[0\]\.series\[0\]\.metrics\[2\]: years out of order: 2021 \("fund_2021"\) after 2022/);
  });

  it('units mixed in one chart', () => {
    const d = smallData();
    (d.charts[0]!.series as { metrics: string[] }[])[0]!.metrics[1] = 'visits';
    const e = check(d).errors;
    expect(e[0]).toMatch(/charts\[0\]\.series\[0\]\.metrics\[1\]: metric "visits" is in 万人次 but the chart is in 亿元/);
  });

  it('an unknown approximation word', () => {
    const d = smallData();
    metric(d, 'visits').approx = 'roughly';
    expect(only(d)).toMatch(/metrics\[0\]\.approx: expected one of "more_than"\|"about"\|"nearly"\|"less_than" \(hint: 800多: more_than/);
  });

  it('a figure in words with a number field; in a chart; in a comparison', () => {
    const d = smallData();
    metric(d, 'dozens').approx = 'about';
    expect(only(d)).toMatch(/metrics\[7\]\.approx: approx describes a number, but the figure is given in words/);
    const charted = smallData();
    metric(charted, 'dozens').unit = '亿元';
    (charted.charts[0]!.series as { metrics: string[] }[])[0]!.metrics = ['fund_2017', 'dozens'];
    expect(check(charted).errors.join('\n')).toMatch(/metric "dozens" is given in words \(text\): it has no value to draw/);
  });

  it('neither value nor text', () => {
    const d = smallData();
    delete metric(d, 'dozens').text;
    expect(only(d)).toMatch(/metrics\[7\]\.value: required field is missing \(expected number\) \(hint: or, for a figure the source gives only in words/);
  });

  it('a range in a chart, a rank of 2.5, a change drawn as a ring', () => {
    const d = smallData();
    metric(d, 'fund_2019').upper = 200;
    expect(only(d)).toMatch(/metric "fund_2019" is a range \(180 to 200\): a chart cannot draw it as one value/);
    const rank = smallData();
    metric(rank, 'rank').value = 2.5;
    expect(check(rank).errors.join('\n')).toMatch(/metrics\[5\]\.value: a rank is a position of 1 or more, got 2\.5/);
    const ring = smallData();
    ring.charts.push({ id: 'ring', kind: 'rings', title: '降幅', unit: '%', categories: ['支出'], series: [{ name: '降幅', metrics: ['fall'] }] });
    expect(only(ring)).toMatch(/charts\[1\]\.series\[0\]\.metrics\[0\]: metric "fall" is a change \(kind: change\), not a share: rings show shares/);
  });

  it('a line chart without categories is fine; a bar chart must name them', () => {
    const d = smallData();
    d.charts[0]!.kind = 'bar';
    expect(only(d)).toMatch(/charts\[0\]\.categories: required field is missing \(expected array\) \(hint: only a line chart takes its categories/);
  });

  it('a milestone month without its year', () => {
    const d = smallData();
    (d.milestones as Record<string, unknown>[])[0]!.month = 4;
    expect(only(d)).toMatch(/milestones\[0\]\.month: a month needs its year/);
  });

  it('a source address that is no web address', () => {
    const d = smallData();
    (d.source as Record<string, unknown>).url = 'www.example.org';
    expect(only(d)).toMatch(/source\.url: expected a web address starting http:\/\/ or https:\/\//);
  });
});
