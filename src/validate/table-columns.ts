// The columns of a metrics sheet: the header names each may have (English as
// in the YAML, or Chinese) and what kind of value its cells hold.

export type ColumnKind = 'id' | 'text' | 'number' | 'integer' | 'year' | 'approx' | 'ratio' | 'ignored';

export interface Column {
  /** The metric field it fills; dotted for nested fields. */
  field: string;
  names: string[];
  kind: ColumnKind;
  required?: boolean;
}

export const COLUMNS: Column[] = [
  { field: 'id', names: ['id', '编号'], kind: 'id', required: true },
  { field: 'label', names: ['label', '名称', '指标'], kind: 'text', required: true },
  { field: 'value', names: ['value', '数值'], kind: 'number', required: true },
  { field: 'unit', names: ['unit', '单位'], kind: 'id', required: true },
  { field: 'year', names: ['year', '年份'], kind: 'year' },
  { field: 'scope', names: ['scope', '范围'], kind: 'text' },
  // The English of the texts shown on slides, for --lang en: { zh, en } in YAML.
  { field: 'label@en', names: ['label en', 'english label', '英文名称'], kind: 'text' },
  { field: 'scope@en', names: ['scope en', 'english scope', '英文范围'], kind: 'text' },
  { field: 'reading.reading@en', names: ['reading en', 'english reading', '英文解读'], kind: 'text' },
  { field: 'approx', names: ['approx', '约数'], kind: 'approx' },
  { field: 'decimals', names: ['decimals', '小数位数'], kind: 'integer' },
  { field: 'quote', names: ['quote', 'source', '原文'], kind: 'text', required: true },
  { field: 'reading.original', names: ['reading original', 'original', '原始写法'], kind: 'text' },
  { field: 'reading.reading', names: ['reading', '解读'], kind: 'text' },
  { field: 'derived.ratio', names: ['derived ratio', 'ratio', '比值'], kind: 'ratio' },
  // Staff keep remarks beside the figures; they are not part of the deck.
  { field: 'note', names: ['note', 'notes', '备注'], kind: 'ignored' },
];

/** Header text compared loosely: Reading_Original, reading.original and reading original are one. */
export const normalHeader = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/[\s_.\-]+/g, ' ');

const byName = new Map(COLUMNS.flatMap((c) => c.names.map((n) => [normalHeader(n), c] as const)));

export const columnNamed = (header: string): Column | undefined => byName.get(normalHeader(header));

export const ALL_NAMES = COLUMNS.map((c) => c.names[0]!);

/** The column a data path inside one metric (['reading', 'original'], ['derived', 'ratio', 0]) falls in. */
export function fieldOfPath(rest: readonly (string | number)[]): string | undefined {
  const [a, b] = rest;
  if ((a === 'label' || a === 'scope') && b === 'en') return `${a}@en`;
  if (a === 'reading') return b === 'reading' ? (rest[2] === 'en' ? 'reading.reading@en' : 'reading.reading') : 'reading.original';
  if (a === 'derived') return 'derived.ratio';
  return typeof a === 'string' ? a : undefined;
}
