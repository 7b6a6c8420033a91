// The done-when test of issue 7: the reference deck built from a workbook (and
// from a CSV file) holding its 42 metrics is the deck built from the YAML.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { buildOne } from '../../src/commands/build-one.js';
import { UserError } from '../../src/errors.js';
import { modelAndLayout } from '../../src/pipeline.js';
import { loadTemplate, type LoadedTemplate } from '../../src/template/load.js';
import { DATA_FILE, TEMPLATES_DIR } from '../helpers/paths.js';
import { referenceUsing, tableRows, writeCsv, writeWorkbook, type Row } from '../helpers/workbook.js';

let dir: string;
let template: LoadedTemplate;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-table-'));
  template = await loadTemplate('default', TEMPLATES_DIR);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('metrics from a table', () => {
  it('a workbook holding the 42 reference metrics gives the same data and the same deck as the YAML', async () => {
    const reference = await checkFile(DATA_FILE);
    expect(reference.data.metrics).toHaveLength(42);
    await writeWorkbook(join(dir, 'metrics.xlsx'), tableRows(reference.data.metrics));
    await writeFile(join(dir, 'deck.yaml'), referenceUsing('{ file: metrics.xlsx, sheet: 指标 }'));
    const fromWorkbook = await checkFile(join(dir, 'deck.yaml'));
    expect(fromWorkbook.data).toEqual(reference.data);
    expect(modelAndLayout(fromWorkbook.data, template).deck).toEqual(modelAndLayout(reference.data, template).deck);
  });

  it('a CSV file holding them does too', async () => {
    const reference = await checkFile(DATA_FILE);
    await writeCsv(join(dir, 'metrics.csv'), tableRows(reference.data.metrics));
    await writeFile(join(dir, 'deck-csv.yaml'), referenceUsing('{ file: metrics.csv }'));
    const fromCsv = await checkFile(join(dir, 'deck-csv.yaml'));
    expect(fromCsv.data).toEqual(reference.data);
    expect(modelAndLayout(fromCsv.data, template).deck).toEqual(modelAndLayout(reference.data, template).deck);
  });

  it('reads Chinese headers, columns in any order, title rows above the header, and skips empty rows', async () => {
    const reference = await checkFile(DATA_FILE);
    const [header, ...rows] = tableRows(reference.data.metrics);
    const chinese = ['编号', '名称', '数值', '单位', '年份', '范围', '约数', '小数位数', '原文', '原始写法', '解读', '比值'];
    expect(chinese).toHaveLength(header!.length);
    const reversed = (r: Row) => [...r].reverse();
    const withGaps = rows.flatMap((r, i) => (i % 10 === 0 ? [[], reversed(r)] : [reversed(r)]));
    await writeWorkbook(join(dir, 'zh.xlsx'), [['浙江省政府购买服务指标'], [], reversed(chinese), ...withGaps]);
    await writeFile(join(dir, 'zh.yaml'), referenceUsing('{ file: zh.xlsx }'));
    expect((await checkFile(join(dir, 'zh.yaml'))).data).toEqual(reference.data);
  });

  it('a bad save of the workbook leaves the deck built before byte for byte', async () => {
    const reference = await checkFile(DATA_FILE);
    const file = join(dir, 'kept.yaml');
    await writeWorkbook(join(dir, 'kept.xlsx'), tableRows(reference.data.metrics));
    await writeFile(file, referenceUsing('{ file: kept.xlsx }'));
    const built = await buildOne(file, { template, outDir: join(dir, 'out') });
    const before = await readFile(built.out);
    await writeWorkbook(join(dir, 'kept.xlsx'), tableRows(reference.data.metrics), (s) => (s.getCell('C2').value = '八百'));
    await expect(buildOne(file, { template, outDir: join(dir, 'out') })).rejects.toThrow(UserError);
    expect(Buffer.compare(await readFile(built.out), before)).toBe(0);
  });
});
