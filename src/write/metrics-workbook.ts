// A metrics workbook (.xlsx) in the layout the loader reads: a header row, one
// row per metric. Used by `init --xlsx`; exceljs is loaded only when called.
import type { BilingualData } from '../schema/data.js';

/** A metric as written: its label and scope may carry English ({ zh, en }). */
type Metric = BilingualData['metrics'][number];
const zh = (t: string | { zh: string; en?: string } | undefined) => (t === undefined ? null : typeof t === 'string' ? t : t.zh);
const en = (t: string | { zh: string; en?: string } | undefined) => (t === undefined || typeof t === 'string' ? null : (t.en ?? null));

/** The header row, in the order written (the columns of the new figure kinds last); the loader takes them in any order. */
export const WORKBOOK_HEADERS = [
  'id',
  'label',
  'value',
  'unit',
  'year',
  'scope',
  'approx',
  'decimals',
  'quote',
  'reading original',
  'reading',
  'ratio',
  'label en',
  'scope en',
  'reading en',
  'kind',
  'month',
  'text',
  'upper',
  'target by',
  'unit en',
  'reading kind',
  'text en',
  'target by en',
] as const;

/** One metric as the cells of its row, in WORKBOOK_HEADERS order (empty cells as null). */
export function metricRow(m: Metric): (string | number | null)[] {
  return [
    m.id,
    zh(m.label),
    m.value ?? null,
    m.unit,
    m.year ?? null,
    zh(m.scope),
    m.approx ?? null,
    m.decimals ?? null,
    m.quote,
    m.reading?.original ?? null,
    zh(m.reading?.reading),
    m.derived ? `${m.derived.ratio[0]} / ${m.derived.ratio[1]}` : null,
    en(m.label),
    en(m.scope),
    en(m.reading?.reading),
    m.kind ?? null,
    m.month ?? null,
    zh(m.text),
    m.upper ?? null,
    zh(m.target_by),
    m.unit_en ?? null,
    m.reading?.kind ?? null,
    en(m.text),
    en(m.target_by),
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
  // In WORKBOOK_HEADERS order.
  const widths = [28, 22, 10, 8, 8, 16, 10, 9, 60, 24, 40, 44, 32, 20, 40, 8, 7, 14, 8, 14, 16, 10, 20, 20];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
