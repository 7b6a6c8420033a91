import { describe, expect, it } from 'vitest';
import { caseFigures } from '../../src/model/slides/parts.js';
import type { Metric } from '../../src/schema/data.js';

const metric = (m: Partial<Metric> & Pick<Metric, 'id' | 'label' | 'value' | 'unit'>): Metric => ({ quote: 'q', ...m });

describe('caseFigures', () => {
  it('reads figures of one measure over years as a change', () => {
    const before = metric({ id: 'a', label: '湖面垃圾打捞财政支出', value: 995, unit: '万元', year: 2016, scope: '淳安县' });
    const after = metric({ id: 'b', label: '湖面垃圾打捞财政支出', value: 399, unit: '万元', year: 2019, scope: '淳安县' });
    expect(caseFigures([before, after], '支出逐年下降')).toEqual(['湖面垃圾打捞财政支出：2016年995万元 → 2019年399万元']);
  });

  it('uses the scope when the years do not differ, and keeps a change whole even when the title names one end', () => {
    const before = metric({ id: 'a', label: '审批平均用时', value: 3, unit: '个月', scope: '之前' });
    const after = metric({ id: 'b', label: '审批平均用时', value: 20, unit: '天', scope: '当前' });
    expect(caseFigures([before, after], '建房审批缩至20天')).toEqual(['审批平均用时：之前3个月 → 当前20天']);
  });

  it('lists unrelated figures with their labels, leaving out those the title states', () => {
    const people = metric({ id: 'a', label: '居家养老服务老人', value: 3100, unit: '名', approx: 'more_than' });
    const share = metric({ id: 'b', label: '满意度', value: 98.9, unit: '%' });
    expect(caseFigures([people, share], '老人满意度达98.9%')).toEqual(['居家养老服务老人 3100多名']);
  });
});
