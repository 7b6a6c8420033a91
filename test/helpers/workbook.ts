// Metrics workbooks and CSV files made in tests, and the reference data file
// rewritten to take its metrics from them.
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Metric } from '../../src/schema/data.js';
import { WORKBOOK_HEADERS, metricRow } from '../../src/write/metrics-workbook.js';
import { referenceText } from './paths.js';

/** The reference data (its Chinese only, unless given) with its metrics list replaced by `metrics: <mapping>` (YAML flow text). */
export function referenceUsing(mapping: string, text = referenceText()): string {
  const start = text.indexOf('\nmetrics:\n');
  const end = text.indexOf('\ncharts:\n');
  return `${text.slice(0, start)}\nmetrics: ${mapping}\n${text.slice(end)}`;
}

export type Row = (string | number | boolean | Date | ExcelJS.CellValue | null)[];

/** The header row and a row per metric, as the workbook writer lays them out. */
export const tableRows = (metrics: readonly Metric[]): Row[] => [[...WORKBOOK_HEADERS], ...metrics.map(metricRow)];

/** Writes rows to a sheet; `edit` may change cells (formats, merges, formulas) before saving. */
export async function writeWorkbook(file: string, rows: Row[], edit?: (sheet: ExcelJS.Worksheet) => void, sheetName = '指标'): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  edit?.(sheet);
  await workbook.xlsx.writeFile(file);
}

/** CSV as Excel writes it (CRLF, every field quoted where needed), UTF-8 with a BOM. */
export async function writeCsv(file: string, rows: Row[]): Promise<void> {
  const field = (c: unknown) => (c === null || c === undefined ? '' : /[",\r\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c));
  await writeFile(file, `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`);
}
