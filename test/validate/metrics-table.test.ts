// Bad and tricky metrics workbooks and CSV files, made here with exceljs: each
// problem is one line naming the file, the sheet and the cell.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';
import type { Metric } from '../../src/schema/data.js';
import { DATA_FILE } from '../helpers/paths.js';
import { referenceUsing, tableRows, writeCsv, writeWorkbook, type Row } from '../helpers/workbook.js';

let dir: string;
let metrics: Metric[];
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-bad-table-'));
  metrics = (await checkFile(DATA_FILE)).data.metrics;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The sheet row of a reference metric (row 1 is the header). */
const rowOf = (id: string) => metrics.findIndex((m) => m.id === id) + 2;

/** A data file using a workbook of the reference metrics as edited; its problems as printed, or the data. */
async function withWorkbook(edit?: (sheet: ExcelJS.Worksheet) => void, o: { rows?: Row[]; mapping?: string } = {}) {
  const name = `m${++n}`;
  await writeWorkbook(join(dir, `${name}.xlsx`), o.rows ?? tableRows(metrics), edit);
  const yaml = join(dir, `${name}.yaml`);
  await writeFile(yaml, referenceUsing(o.mapping ?? `{ file: ${name}.xlsx, sheet: 指标 }`));
  return { yaml, xlsx: `${join(dir, name)}.xlsx!指标`, ...(await outcome(yaml)) };
}

async function outcome(yaml: string): Promise<{ lines: string[]; data?: Awaited<ReturnType<typeof checkFile>>['data'] }> {
  try {
    return { lines: [], data: (await checkFile(yaml)).data };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return { lines: e.diagnostics.map(formatDiagnostic) };
  }
}

const metric = (data: { metrics: Metric[] } | undefined, id: string) => data?.metrics.find((m) => m.id === id);

describe('bad workbooks: one line per problem, at the cell', () => {
  it('warns of a hidden row, which is read all the same (staff may hide a row meaning to drop it)', async () => {
    const row = rowOf('pilot_cities_2016');
    const r = await withWorkbook((sheet) => (sheet.getRow(row).hidden = true));
    expect(r.lines).toEqual([]);
    expect(metric(r.data, 'pilot_cities_2016')?.value).toBe(5);
    const warnings = (await checkFile(r.yaml)).warnings.map(formatDiagnostic);
    expect(warnings).toEqual([`${r.xlsx}!A${row}: warning: row ${row} is hidden in the workbook but is read: its metric is in the deck (hint: delete the row to leave the metric out, or unhide it (取消隐藏))`]);
  });

  it('text where a number belongs', async () => {
    const r = await withWorkbook((s) => (s.getCell('C7').value = '三百'));
    expect(r.lines).toEqual([`${r.xlsx}!C7: value: expected a number, got the text "三百" (hint: write the figure in digits)`]);
  });

  it('an empty required cell', async () => {
    const r = await withWorkbook((s) => (s.getCell('D5').value = null));
    expect(r.lines).toEqual([`${r.xlsx}!D5: unit: required, but the cell is empty`]);
  });

  it('a unit with the figure in it', async () => {
    const r = await withWorkbook((s) => (s.getCell('D5').value = '3米'));
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(new RegExp(`^${escape(r.xlsx)}!D5: unit: a unit has no digits`));
  });

  it('a duplicate id', async () => {
    const r = await withWorkbook((s) => (s.getCell('A8').value = metrics[5]!.id));
    expect(r.lines).toEqual([`${r.xlsx}!A8: id: duplicate id "${metrics[5]!.id}" (hint: ids must be unique)`]);
  });

  it('a formula without a saved result, and one with', async () => {
    const row = rowOf('pilot_cities_2016');
    const r = await withWorkbook((s) => (s.getCell(`C${row}`).value = { formula: 'C2-795' } as ExcelJS.CellFormulaValue));
    expect(r.lines).toEqual([`${r.xlsx}!C${row}: value: the formula =C2-795 has no saved result (hint: open the workbook in Excel (or WPS) and save it, so that the results are stored)`]);
    const ok = await withWorkbook((s) => (s.getCell(`C${row}`).value = { formula: 'C2-795', result: 5 } as ExcelJS.CellFormulaValue));
    expect(ok.lines).toEqual([]);
    expect(metric(ok.data, 'pilot_cities_2016')?.value).toBe(5);
  });

  it('merged cells, with their range', async () => {
    const r = await withWorkbook((s) => s.mergeCells('I7:I8'));
    expect(r.lines).toEqual([`${r.xlsx}!I7:I8: cells I7:I8 are merged (hint: unmerge them (取消合并) and type the value in every row)`]);
  });

  it('a header missing a required column, and an unknown column', async () => {
    const rows = tableRows(metrics);
    rows[0]![3] = 'units';
    const r = await withWorkbook(undefined, { rows });
    expect(r.lines).toEqual([
      `${r.xlsx}!A1: the header row has no "unit" column (hint: required columns: id, label, value, unit, quote (Chinese: 编号、指标、数值、单位、原文))`,
      `${r.xlsx}!D1: unknown column "units" (hint: did you mean "unit"?)`,
    ]);
  });

  it('a missing file, at the line that names it', async () => {
    const r = await withWorkbook(undefined, { mapping: '{ file: nope.xlsx }' });
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(new RegExp(`^${escape(r.yaml)}:\\d+:\\d+: metrics.file: ${escape(join(dir, 'nope.xlsx'))}: no such file \\(hint: the path is relative to the data file\\)$`));
  });

  it('a missing sheet, listing the sheets there are', async () => {
    const r = await withWorkbook(undefined, { mapping: `{ file: m${n + 1}.xlsx, sheet: 数据 }` });
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/:\d+:\d+: metrics\.sheet: .*\.xlsx has no sheet named "数据" \(hint: its sheets are: "指标"\)$/);
  });

  it('a file that is not a workbook (an old .xls, a CSV renamed), at the line that names it', async () => {
    await writeFile(join(dir, 'old.xlsx'), 'id,label\r\n');
    const r = await withWorkbook(undefined, { mapping: '{ file: old.xlsx }' });
    expect(r.lines).toEqual([expect.stringMatching(/:\d+:\d+: metrics\.file: .*old\.xlsx is not an Excel workbook \(\.xlsx\) that can be read \(hint: in Excel: Save As "Excel Workbook \(\*\.xlsx\)", without a password\)$/)]);
  });

  it('a figure that breaks a rule (a stated multiple) is shown at its cell', async () => {
    const r = await withWorkbook((s) => (s.getCell(`C${rowOf('purchase_amount_2021')}`).value = 331.7));
    expect(r.lines).toEqual([expect.stringMatching(new RegExp(`^${escape(r.xlsx)}!C${rowOf('purchase_amount_multiple')}: value: stated 3.83 倍 but 331.7 / 84 = `))]);
  });

  it('a cell that shows fewer digits than it holds', async () => {
    const row = rowOf('purchase_amount_multiple');
    const r = await withWorkbook((s) => {
      s.getCell(`C${row}`).value = 321.7 / 84;
      s.getCell(`C${row}`).numFmt = '0.00';
    });
    expect(r.lines).toEqual([expect.stringContaining(`!C${row}: value: the cell shows 3.83 but holds 3.8297619047619`)]);
  });
});

describe('the metrics mapping in the data file', () => {
  it('is checked at its YAML lines: unknown keys with a correction, and the kind of file', async () => {
    const misspelt = await withWorkbook(undefined, { mapping: `{ file: m${n + 1}.xlsx, sheeet: 指标 }` });
    expect(misspelt.lines).toEqual([expect.stringMatching(/:\d+:\d+: metrics\.sheeet: unknown key "sheeet" \(hint: did you mean "sheet"\?\)$/)]);
    const wrongKind = await withWorkbook(undefined, { mapping: '{ file: metrics.xls }' });
    expect(wrongKind.lines).toEqual([expect.stringMatching(/:\d+:\d+: metrics\.file: expected an \.xlsx workbook or a \.csv file, e\.g\. metrics\.xlsx$/)]);
  });

  it('a 备注 column is kept out of the deck; cells of spaces are empty', async () => {
    const rows = tableRows(metrics).map((r, i) => [...r, i === 0 ? '备注' : '核对过']);
    rows[3]![5] = '   ';
    const r = await withWorkbook(undefined, { rows });
    expect(r.lines).toEqual([]);
    expect(r.data?.metrics).toEqual(metrics);
  });
});

describe('cells read as they show', () => {
  it('numbers typed as text keep their decimals; full-width digits and thousands separators are read', async () => {
    const r = await withWorkbook((s) => {
      s.getCell(`C${rowOf('purchase_amount_2021')}`).value = '３２１．７０';
      s.getCell(`H${rowOf('purchase_amount_2021')}`).value = null;
      s.getCell(`C${rowOf('project_count_2021')}`).value = '34,463';
    });
    expect(r.lines).toEqual([]);
    expect(metric(r.data, 'purchase_amount_2021')).toMatchObject({ value: 321.7, decimals: 2 });
    expect(metric(r.data, 'project_count_2021')?.value).toBe(34463);
    const bad = await withWorkbook((s) => (s.getCell(`C${rowOf('project_count_2021')}`).value = '344,63'));
    expect(bad.lines).toEqual([expect.stringContaining(`!C${rowOf('project_count_2021')}: value: expected a number, got the text "344,63" (hint: write digits`)]);
  });

  it('a 0.00 number format shows trailing zeros: they count as decimals', async () => {
    const row = rowOf('purchase_amount_2021');
    const r = await withWorkbook((s) => {
      s.getCell(`H${row}`).value = null;
      s.getCell(`C${row}`).numFmt = '#,##0.00_ ';
    });
    expect(metric(r.data, 'purchase_amount_2021')).toMatchObject({ value: 321.7, decimals: 2 });
  });

  it('a percentage cell (0.0%) holding 0.637 is 63.7 when the unit is %, and refused otherwise', async () => {
    const share = metrics.find((m) => m.unit === '%')!;
    const row = rowOf(share.id);
    const asFraction = (s: ExcelJS.Worksheet) => {
      s.getCell(`C${row}`).value = share.value! / 100;
      s.getCell(`C${row}`).numFmt = '0.0%';
    };
    const r = await withWorkbook(asFraction);
    expect(r.lines).toEqual([]);
    expect(metric(r.data, share.id)?.value).toBe(share.value);
    const wrongUnit = await withWorkbook((s) => (asFraction(s), (s.getCell(`D${row}`).value = '个')));
    expect(wrongUnit.lines).toEqual([`${wrongUnit.xlsx}!C${row}: value: the cell is a percentage (${share.value}%) but the unit is 个 (hint: set the unit to %, or format the cell as a number)`]);
  });

  it('a date in the year column gives its year; 2021 typed into a date-formatted cell is refused', async () => {
    const row = rowOf('pilot_cities_2016');
    const r = await withWorkbook((s) => (s.getCell(`E${row}`).value = new Date(Date.UTC(2016, 5, 30))));
    expect(metric(r.data, 'pilot_cities_2016')?.year).toBe(2016);
    const serial = await withWorkbook((s) => (s.getCell(`E${row}`).value = new Date(Date.UTC(1905, 6, 13))));
    expect(serial.lines).toEqual([`${serial.xlsx}!E${row}: year: the cell is formatted as a date and shows 1905-07-13 (hint: format the year column as a number (常规) and type the year, e.g. 2021)`]);
  });

  it('an Excel error value is refused', async () => {
    const r = await withWorkbook((s) => (s.getCell('C3').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue));
    expect(r.lines).toEqual([`${r.xlsx}!C3: value: the cell shows the error #DIV/0! (hint: correct the formula or type the figure)`]);
  });
});

describe('bad CSV files', () => {
  async function withCsv(bytes: string | Uint8Array, mapping?: string) {
    const name = `c${++n}`;
    await writeFile(join(dir, `${name}.csv`), bytes);
    await writeFile(join(dir, `${name}.yaml`), referenceUsing(mapping ?? `{ file: ${name}.csv }`));
    return { csv: join(dir, `${name}.csv`), ...(await outcome(join(dir, `${name}.yaml`))) };
  }

  it('a cell problem is at its cell, without a sheet', async () => {
    const rows = tableRows(metrics);
    rows[5]![2] = '约12';
    const name = `c${++n}`;
    await writeCsv(join(dir, `${name}.csv`), rows);
    await writeFile(join(dir, `${name}.yaml`), referenceUsing(`{ file: ${name}.csv }`));
    const r = await outcome(join(dir, `${name}.yaml`));
    expect(r.lines).toEqual([`${join(dir, name)}.csv!C6: value: expected a number, got the text "约12" (hint: type the number alone (800), and more_than, about, nearly or less_than in the approx column)`]);
  });

  it('GBK bytes (Excel\'s plain CSV on Chinese Windows) are refused with how to save as UTF-8', async () => {
    const r = await withCsv(new Uint8Array([0x69, 0x64, 0x2c, 0xd6, 0xb8, 0xb1, 0xea, 0x0d, 0x0a]));
    // 0xD6 0xB8 happens to be valid UTF-8; 0xB1 is not.
    expect(r.lines).toEqual([`${r.csv}:1:5: the file is not UTF-8 text (another encoding, such as GBK?) (hint: in Excel: Save As "CSV UTF-8 (逗号分隔)(*.csv)")`]);
  });

  it('an unclosed quote, and a sheet named for a CSV file', async () => {
    const r = await withCsv('id,label\r\na,"open\r\n');
    expect(r.lines).toEqual([expect.stringMatching(/\.csv:2:3: a quoted field is never closed/)]);
    const s = await withCsv('id\r\n', `{ file: c${n + 1}.csv, sheet: 指标 }`);
    expect(s.lines).toEqual([expect.stringMatching(/:\d+:\d+: metrics\.sheet: .*\.csv is a CSV file: it has no sheets/)]);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the columns of the new kinds of figure (after the first fifteen)', () => {
  it('Chinese words in the kind, approx and reading kind columns; a month as 4月', async () => {
    const r = await withWorkbook((s) => {
      s.getCell(`P${rowOf('chunan_spending_2019')}`).value = '计划';
      s.getCell(`Q${rowOf('social_orgs_2021')}`).value = '4月';
      s.getCell(`G${rowOf('wenling_satisfaction')}`).value = '接近';
      s.getCell(`V${rowOf('purchase_amount_2015')}`).value = '推断';
    });
    expect(r.lines).toEqual([]);
    expect(metric(r.data, 'chunan_spending_2019')?.kind).toBe('plan');
    expect(metric(r.data, 'social_orgs_2021')?.month).toBe(4);
    expect(metric(r.data, 'wenling_satisfaction')?.approx).toBe('nearly');
    expect(metric(r.data, 'purchase_amount_2015')?.reading?.kind).toBe('inferred');
  });

  it('a figure in words: no value, its words in the text column', async () => {
    const row = rowOf('wenzhou_departments');
    const r = await withWorkbook((s) => {
      s.getCell(`C${row}`).value = null;
      s.getCell(`R${row}`).value = '几十家';
    });
    expect(r.lines).toEqual([]);
    expect(metric(r.data, 'wenzhou_departments')).toMatchObject({ text: '几十家' });
    expect(metric(r.data, 'wenzhou_departments')?.value).toBeUndefined();
  });

  it('neither a value nor words: said at the value cell', async () => {
    const row = rowOf('wenzhou_departments');
    const r = await withWorkbook((s) => (s.getCell(`C${row}`).value = null));
    expect(r.lines).toEqual([`${r.xlsx}!C${row}: value: required field is missing (expected number) (hint: or, for a figure the source gives only in words (几十家), text: 几十家)`]);
  });

  it('an unknown kind word, at its cell, with what each kind means', async () => {
    const row = rowOf('pilot_cities_2016');
    const r = await withWorkbook((s) => (s.getCell(`P${row}`).value = '目的'));
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(new RegExp(`^${escape(r.xlsx)}!P${row}: kind: expected one of "amount"[^(]*\\(hint: amount \\(the default\\)`));
  });
});
