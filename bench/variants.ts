// Generated variants of the reference data: another organisation, and figures
// that no stated multiple depends on moved a little, so every deck differs.
import { readFileSync } from 'node:fs';

const CITIES = ['杭州', '宁波', '温州', '嘉兴', '湖州', '绍兴', '金华', '衢州', '舟山', '台州', '丽水'];

export function variantText(reference: string, i: number): string {
  let text = reference.replace('organisation: 浙江省财政厅', `organisation: ${CITIES[i % CITIES.length]}市财政局（样例${i + 1}）`);
  // The 淳安县 spending (a chart of its own) and the 温岭 satisfaction share (a ring).
  text = text.replace('    value: 399\n', `    value: ${300 + i}\n`);
  text = text.replace('    value: 98.9\n', `    value: ${(90 + (i % 90) / 10).toFixed(1)}\n`);
  return text;
}

export function referenceData(root: string): string {
  return readFileSync(`${root}/data/zhejiang-2023.yaml`, 'utf8');
}
