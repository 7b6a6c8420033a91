import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/commands/build.js';
import { mendChartXml } from '../../src/render/finish-charts.js';
import { numberFormat } from '../../src/render/native-chart.js';
import { verifyPackage, type Parts } from '../../src/render/verify.js';
import { DATA_FILE, TEMPLATES_DIR } from '../helpers/paths.js';
import { expectSchemaValid } from '../helpers/ooxml-schema.js';

const text = (parts: Parts, name: string) => new TextDecoder().decode(parts[name]);
let parts: Parts;
let bytes: Buffer;
const buildNative = async () => {
  const out = await mkdtemp(join(tmpdir(), 'briefing-native-'));
  await build({ files: [DATA_FILE], template: 'default', templatesDir: TEMPLATES_DIR, outDir: out, dataDir: 'data', jobs: 1, charts: 'native' });
  return readFile(join(out, 'zhejiang-2023.pptx'));
};
beforeAll(async () => {
  bytes = await buildNative();
  parts = unzipSync(new Uint8Array(bytes));
});

describe('--charts native', () => {
  it('writes the seven charts as native chart parts with their data sheets, typed, and passes the package check', () => {
    const charts = Object.keys(parts).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).sort();
    expect(charts).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `ppt/charts/chart${i}.xml`));
    const types = text(parts, '[Content_Types].xml');
    for (const c of charts) expect(types).toContain(`PartName="/${c}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`);
    expect(Object.keys(parts).filter((n) => n.endsWith('.xlsx'))).toHaveLength(7);
    expect(Object.keys(parts).filter((n) => n.endsWith('.png') && n.includes('media/image-') && !n.includes('-100'))).toEqual([]);
    expect(verifyPackage(parts)).toEqual([]);
  });

  it('passes the ECMA-376 schemas, the charts\' embedded workbooks included', async () => {
    await expectSchemaValid(new Uint8Array(bytes), 'the deck with native charts');
  });

  it('gives chart texts the East Asian face and Chinese, two axis ids per bar chart, units in the data labels', () => {
    const xml = text(parts, 'ppt/charts/chart1.xml');
    expect(xml).toContain('<a:ea typeface="Microsoft YaHei"/>');
    expect(xml).toContain('lang="zh-CN"');
    expect(xml).not.toContain('lang="en-US"');
    expect(xml.match(/<c:barChart>[\s\S]*?<\/c:barChart>/)![0].match(/<c:axId /g)).toHaveLength(2);
    expect(xml).toContain('<c:v>2015年</c:v>');
    expect(xml).toMatch(/formatCode="General&quot;亿元&quot;"/);
    const slide3 = text(parts, 'ppt/slides/slide3.xml');
    expect(slide3).toContain('较2015年 ×3.83');
  });

  it('is the same bytes when built again in the same process (chart parts numbered per deck)', async () => {
    expect(Buffer.compare(await buildNative(), bytes)).toBe(0);
  });

  it('formats figures as the source writes them', () => {
    const spec = (numbers: string[], unit: string) => ({ unit, series: [{ numbers }] }) as never;
    expect(numberFormat(spec(['69.4', '98.9'], '%'))).toBe('0.0"%"');
    expect(numberFormat(spec(['9699', '34463'], '个'))).toBe('0"个"');
    expect(numberFormat(spec(['84', '321.70'], '亿元'))).toBe('General"亿元"');
  });

  it('mends the chart XML pptxgenjs writes', () => {
    const xml = '<c:lang val="en-US"/><a:rPr lang="en-US"/><c:barChart><c:axId val="1"/><c:axId val="2"/><c:axId val="3"/></c:barChart><a:latin typeface="Arial"/>';
    expect(mendChartXml(xml, 'Microsoft YaHei')).toBe('<c:lang val="zh-CN"/><a:rPr lang="zh-CN"/><c:barChart><c:axId val="1"/><c:axId val="2"/></c:barChart><a:latin typeface="Arial"/><a:ea typeface="Microsoft YaHei"/>');
  });
});
