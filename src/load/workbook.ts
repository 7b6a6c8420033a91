// Load: one sheet of an .xlsx workbook as raw cells. exceljs is imported here
// only, on first use, so that data files without a workbook do not pay for it.
import type { Cell, CellValue as ExcelValue, Worksheet } from 'exceljs';
import { unzipSync } from 'fflate';
import { TableFileError, readTableFile, type CellValue, type RawCell, type RawSheet } from './table.js';

export async function loadWorkbookSheet(file: string, sheetName?: string): Promise<RawSheet> {
  const bytes = await readTableFile(file);
  checkSize(file, bytes);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    // An old .xls, a CSV renamed to .xlsx, or a password-protected workbook.
    throw NOT_A_WORKBOOK(file);
  }
  const names = workbook.worksheets.map((w) => w.name);
  // Excel takes sheet names without regard to case (指标 and Sheet1 = sheet1).
  const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.worksheets.find((w) => w.name.toLowerCase() === sheetName.toLowerCase());
  if (!sheet) {
    throw new TableFileError(`${file} has no sheet named "${sheetName ?? ''}"`, 'sheet', `its sheets are: ${names.map((n) => `"${n}"`).join(', ') || 'none'}`);
  }
  return { file, sheet: sheet.name, rows: rowsOf(sheet), merges: [...((sheet.model as { merges?: string[] }).merges ?? [])] };
}

/** A metrics sheet is kilobytes; refuse a file whose parts would unpack to more than this (a zip bomb). */
const MAX_UNPACKED = 200 * 1024 * 1024;
const NOT_A_WORKBOOK = (file: string) => new TableFileError(`${file} is not an Excel workbook (.xlsx) that can be read`, 'file', 'in Excel: Save As "Excel Workbook (*.xlsx)", without a password');

function checkSize(file: string, bytes: Uint8Array): void {
  let unpacked = 0;
  try {
    // The filter sees each part's declared size and unpacks nothing.
    unzipSync(bytes, { filter: (f) => ((unpacked += f.originalSize), false) });
  } catch {
    throw NOT_A_WORKBOOK(file);
  }
  if (unpacked > MAX_UNPACKED) throw new TableFileError(`${file} would unpack to ${Math.round(unpacked / 2 ** 20)} MB: too large for a metrics workbook`, 'file', 'keep the metrics in a workbook of their own');
}

function rowsOf(sheet: Worksheet): RawSheet['rows'] {
  const rows: RawSheet['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // The covered cells of a merge repeat the first one's value: the merge itself is reported.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const value = valueOf(cell.value, cell);
      // A cell holding only spaces looks empty, and is.
      if (value.kind !== 'empty' && !(value.kind === 'text' && value.text.trim() === '')) cells.push({ ref: cell.address, row: number, col, value });
    });
    // A hidden row is read like any other: staff may hide a row meaning to drop it (warned in validate/).
    if (cells.length) rows.push({ row: number, cells, ...(row.hidden ? { hidden: true } : {}) });
  });
  return rows;
}

function valueOf(v: ExcelValue, cell: Cell): CellValue {
  const format = cell.numFmt || undefined;
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') return { kind: 'number', value: v, format };
  if (typeof v === 'string') return { kind: 'text', text: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v instanceof Date) return { kind: 'date', date: v, format };
  if ('richText' in v) return { kind: 'text', text: v.richText.map((r) => r.text).join('') };
  if ('hyperlink' in v) return { kind: 'text', text: String(v.text ?? '') };
  if ('error' in v) return { kind: 'error', text: String(v.error) };
  if ('formula' in v || 'sharedFormula' in v) {
    const f = v as { formula?: string; sharedFormula?: string; result?: unknown };
    // Excel stores each formula's last result; a workbook written by a program may have none.
    if (f.result === undefined) return { kind: 'uncalculated', formula: f.formula ?? f.sharedFormula ?? '' };
    return valueOf(f.result as ExcelValue, cell);
  }
  return { kind: 'text', text: String(v) };
}
