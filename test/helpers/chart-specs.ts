// A chart spec as the model makes it, for tests that draw one.
import type { ChartSpec } from '../../src/model/deck.js';

/** The reference deck's purchase amounts, 2015 against 2021. */
export const amounts: ChartSpec = {
  id: 'purchase_amount',
  kind: 'bar',
  title: '政府购买服务决算金额',
  unit: '亿元',
  categories: ['2015年', '2021年'],
  series: [{ name: '决算金额', values: [84, 321.7], labels: ['84亿元', '321.70亿元'], numbers: ['84', '321.70'] }],
  highlight: 1,
  alt: '柱状图：政府购买服务决算金额（单位：亿元）。2015年：84亿元；2021年：321.70亿元。',
};
