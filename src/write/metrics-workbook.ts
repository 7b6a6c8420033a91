// A metrics workbook (.xlsx) in the layout the loader reads: a header row, one
// row per metric. Used by `init --xlsx`; exceljs is loaded only when called.
import type { Metric } from '../schema/data.js';

/** The header row, in the order written; the loader takes them in any order. */
export const WORKBOOK_HEADERS = ['id', 'label', 'value', 'unit', 'year', 'scope', 'approx', 'decimals', 'quote', 'reading original', 'reading', 'ratio'] as const;

/** One metric as the cells of its row, in WORKBOOK_HEADERS order (empty cells as null). */
export function metricRow(m: Metric): (string | number | null)[] {
  return [
    m.id,
    m.label,
    m.value,
    m.unit,
    m.year ?? null,
    m.scope ?? null,
    m.approx ?? null,
    m.decimals ?? null,
    m.quote,
    m.reading?.original ?? null,
    m.reading?.reading ?? null,
    m.derived ? `${m.derived.ratio[0]} / ${m.derived.ratio[1]}` : null,
  ];
}

export async function metricsWorkbook(metrics: readonly Metric[], sheetName = '指标'): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // A fixed date, so that the same metrics give the same bytes.
  workbook.created = workbook.modified = new Date('2020-01-01T00:00:00Z');
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...WORKBOOK_HEADERS]).font = { bold: true };
  metrics.forEach((m, i) => {
    sheet.addRow(metricRow(m));
    // The sheet shows the figure as the deck will (321.70).
    if (m.decimals) sheet.getCell(i + 2, 3).numFmt = `0.${'0'.repeat(m.decimals)}`;
  });
  const widths = [28, 22, 10, 8, 8, 16, 10, 9, 60, 24, 40, 44];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
