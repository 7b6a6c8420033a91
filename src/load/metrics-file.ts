// Load: the file that `metrics: { file, sheet }` names, as raw cells.
import { loadCsv } from './csv.js';
import { TableFileError, type RawSheet } from './table.js';

export async function loadMetricsFile(file: string, sheet?: string): Promise<RawSheet> {
  if (/\.csv$/i.test(file)) {
    if (sheet !== undefined) throw new TableFileError(`${file} is a CSV file: it has no sheets`, 'sheet', 'remove sheet, or name an .xlsx workbook');
    return loadCsv(file);
  }
  // exceljs and its dependencies load only for a data file that names a workbook.
  const { loadWorkbookSheet } = await import('./workbook.js');
  return loadWorkbookSheet(file, sheet);
}
