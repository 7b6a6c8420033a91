// The done-when test of issue 7: the reference deck built from a workbook (and
// from a CSV file) holding its 42 metrics is the deck built from the YAML.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { buildOne } from '../../src/commands/build-one.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';
import { loadYamlFile } from '../../src/load/yaml-file.js';
import { validateData } from '../../src/validate/index.js';
import { modelAndLayout } from '../../src/pipeline.js';
import { loadTemplate, type LoadedTemplate } from '../../src/template/load.js';
import { DATA_FILE, TEMPLATES_DIR, bilingualReferenceText } from '../helpers/paths.js';
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

  it('with English columns, gives the same English deck as the YAML, and lists a missing English label at its cell', async () => {
    // The metrics as written, { zh, en } texts included.
    const written = validateData(await loadYamlFile(DATA_FILE)).value!.metrics;
    const rows = tableRows(written as never);
    await writeWorkbook(join(dir, 'metrics-en.xlsx'), rows);
    await writeFile(join(dir, 'deck-en.yaml'), referenceUsing('{ file: metrics-en.xlsx }', bilingualReferenceText()));
    const [fromWorkbook, reference] = await Promise.all([checkFile(join(dir, 'deck-en.yaml'), { lang: 'en' }), checkFile(DATA_FILE, { lang: 'en' })]);
    expect(fromWorkbook.warnings).toEqual([]);
    expect(fromWorkbook.data.metrics[0]!.label).toBe(reference.data.metrics[0]!.label);
    expect(modelAndLayout(fromWorkbook.data, template, 'en').deck).toEqual(modelAndLayout(reference.data, template, 'en').deck);

    const labelEn = rows[0]!.indexOf('label en');
    const withoutOne = rows.map((r, i) => (i === 3 ? r.map((c, j) => (j === labelEn ? null : c)) : r));
    await writeWorkbook(join(dir, 'metrics-en.xlsx'), withoutOne);
    const missing = await checkFile(join(dir, 'deck-en.yaml'), { lang: 'en' });
    expect(missing.warnings.map(formatDiagnostic)[0]).toBe(`${join(dir, 'metrics-en.xlsx')}!指标!B4: warning: metrics[2].label: no English text; the Chinese is used`);
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
    const chinese = ['编号', '名称', '数值', '单位', '年份', '范围', '约数', '小数位数', '原文', '原始写法', '解读', '比值', '英文名称', '英文范围', '英文解读', '类型', '月份', '文字表述', '上限', '目标期限', '英文单位', '解读类型', '英文文字表述', '英文目标期限'];
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
