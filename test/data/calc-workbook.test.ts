// Workbooks written by a spreadsheet program, not by the library the tool
// reads them with: LibreOffice Calc opens workbooks the tests write (and a CSV
// file) and saves them as .xlsx, calculating their formulas, keeping the
// formats. The tool must read from them the same data as the YAML holds, and
// place a bad cell where it is. Needs LibreOffice (CI installs
// libreoffice-calc): skipped with a notice elsewhere, failed in CI without it.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';
import type { BriefingData } from '../../src/schema/data.js';
import { inCI } from '../helpers/ci.js';
import { DATA_FILE } from '../helpers/paths.js';
import { referenceUsing, tableRows, writeCsv, writeWorkbook, type Row } from '../helpers/workbook.js';

const available = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
if (!available && !inCI) console.warn('NOTICE: LibreOffice (soffice) is not installed: the tests of workbooks saved by LibreOffice Calc are skipped. Install: apt-get install -y libreoffice-calc');

/** LibreOffice saves each file as .xlsx into `out` (one start for all: it is slow to start). */
function saveWithCalc(files: string[], out: string, profile: string, inFilter?: string): void {
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', ...(inFilter ? [`--infilter=${inFilter}`] : []), '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, ...files],
    { encoding: 'utf8', timeout: 240_000 },
  );
  if (r.status !== 0) throw new Error(`LibreOffice did not convert ${files.join(', ')}: ${r.error ?? ''} ${r.stderr}`);
}

const ID = 0;
const VALUE = 2;
const YEAR = 4;
const DECIMALS = 7;

describe.skipIf(!available && !inCI)('workbooks saved by LibreOffice Calc', () => {
  let dir: string;
  let reference: BriefingData;
  let rows: Row[];
  /** The sheet's row (1-based) of a metric. */
  const rowOf = (id: string) => rows.findIndex((r) => r[ID] === id) + 1;

  beforeAll(async () => {
    expect(available, 'LibreOffice (soffice) must be installed: apt-get install -y libreoffice-calc').toBe(true);
    dir = await mkdtemp(join(tmpdir(), 'briefing-calc-'));
    const written = join(dir, 'written');
    await mkdir(written);
    reference = (await checkFile(DATA_FILE)).data;
    rows = tableRows(reference.metrics);

    // The reference metrics, as a person would keep them in a spreadsheet: the multiple as a
    // formula (no result yet: Calc calculates it), a share as a percentage (0.694 shown 69.4%),
    // a year as a date, and 321.70's two decimals in the cell's format instead of the column.
    await writeWorkbook(join(written, 'metrics.xlsx'), rows, (sheet) => {
      const cell = (id: string, col: number) => sheet.getCell(rowOf(id), col + 1);
      cell('purchase_amount_multiple', VALUE).value = { formula: `ROUND(C${rowOf('purchase_amount_2021')}/C${rowOf('purchase_amount_2015')},2)` } as never;
      cell('public_service_project_share_2021', VALUE).value = 0.694;
      cell('public_service_project_share_2021', VALUE).numFmt = '0.0%';
      cell('purchase_amount_2015', YEAR).value = new Date(Date.UTC(2015, 11, 31));
      cell('purchase_amount_2015', YEAR).numFmt = 'yyyy-mm-dd';
      cell('purchase_amount_2021', DECIMALS).value = null;
      cell('purchase_amount_2021', VALUE).numFmt = '0.00';
    });
    // The same with two bad cells: a figure typed in words, and a formula dividing by zero.
    await writeWorkbook(join(written, 'bad.xlsx'), rows, (sheet) => {
      sheet.getCell(rowOf('project_count_2021'), VALUE + 1).value = '三万四千';
      sheet.getCell(rowOf('chunan_spending_2019'), VALUE + 1).value = { formula: `C${rowOf('chunan_spending_2016')}/0` } as never;
    });
    await writeCsv(join(written, 'table.csv'), rows);

    const saved = join(dir, 'saved');
    saveWithCalc([join(written, 'metrics.xlsx'), join(written, 'bad.xlsx')], saved, join(dir, 'profile'));
    // CSV: comma-separated, quoted with ", UTF-8 (76), from line 1.
    saveWithCalc([join(written, 'table.csv')], saved, join(dir, 'profile'), 'CSV:44,34,76,1');
    for (const name of ['metrics', 'bad', 'table']) await writeFile(join(saved, `${name}.yaml`), referenceUsing(`{ file: ${name}.xlsx }`));
  }, 300_000);

  it('are LibreOffice\'s own files: the formula saved with its result, the percentage and date formats kept', async () => {
    const parts = unzipSync(new Uint8Array(await readFile(join(dir, 'saved', 'metrics.xlsx'))));
    expect(strFromU8(parts['docProps/app.xml']!)).toMatch(/<Application>LibreOffice/);
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    expect(sheet).toMatch(new RegExp(`<c r="C${rowOf('purchase_amount_multiple')}"[^>]*><f[^>]*>ROUND\\(C\\d+/C\\d+,2\\)</f><v>3.83</v>`));
    const styles = strFromU8(parts['xl/styles.xml']!);
    expect(styles).toContain('formatCode="0.0%"');
    expect(styles).toMatch(/formatCode="yyyy\\?-mm\\?-dd"/);
    // The year is a date serial number (2015-12-31 is 42369), not 2015.
    expect(sheet).toMatch(new RegExp(`<c r="E${rowOf('purchase_amount_2015')}"[^>]*><v>42369</v>`));
    const csv = unzipSync(new Uint8Array(await readFile(join(dir, 'saved', 'table.xlsx'))));
    expect(strFromU8(csv['docProps/app.xml']!)).toMatch(/<Application>LibreOffice/);
  });

  it('a workbook with a formula, a percentage and a date: the same data as the YAML', async () => {
    const fromCalc = await checkFile(join(dir, 'saved', 'metrics.yaml'));
    expect(fromCalc.warnings).toEqual([]);
    expect(fromCalc.data).toEqual(reference);
  });

  it('a CSV file opened and saved as a workbook: the same data as the YAML', async () => {
    const fromCalc = await checkFile(join(dir, 'saved', 'table.yaml'));
    expect(fromCalc.data).toEqual(reference);
  });

  it('bad cells are reported at their cells, with the sheet and the column', async () => {
    const e = await checkFile(join(dir, 'saved', 'bad.yaml')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UserError);
    const file = join(dir, 'saved', 'bad.xlsx');
    expect((e as UserError).diagnostics.map(formatDiagnostic)).toEqual([
      `${file}!指标!C${rowOf('project_count_2021')}: value: expected a number, got the text "三万四千" (hint: write the figure in digits)`,
      `${file}!指标!C${rowOf('chunan_spending_2019')}: value: the cell shows the error #DIV/0! (hint: correct the formula or type the figure)`,
    ]);
  });
});
