// The columns of a metrics sheet: the header names each may have (English as
// in the YAML, or Chinese) and what kind of value its cells hold.

export type ColumnKind = 'id' | 'text' | 'number' | 'integer' | 'year' | 'month' | 'approx' | 'kind' | 'reading kind' | 'ratio' | 'ignored';

export interface Column {
  /** The metric field it fills; dotted for nested fields. */
  field: string;
  names: string[];
  kind: ColumnKind;
  required?: boolean;
  /** A required column whose cell may be empty when another says so (value, when text gives the figure in words). */
  emptyOk?: boolean;
}

export const COLUMNS: Column[] = [
  { field: 'id', names: ['id', '编号'], kind: 'id', required: true },
  { field: 'label', names: ['label', '名称', '指标'], kind: 'text', required: true },
  { field: 'value', names: ['value', '数值'], kind: 'number', required: true, emptyOk: true },
  { field: 'unit', names: ['unit', '单位'], kind: 'id', required: true },
  { field: 'kind', names: ['kind', '类型'], kind: 'kind' },
  { field: 'text', names: ['text', '文字表述'], kind: 'text' },
  { field: 'upper', names: ['upper', '上限'], kind: 'number' },
  { field: 'unit_en', names: ['unit en', 'english unit', '英文单位'], kind: 'text' },
  { field: 'year', names: ['year', '年份'], kind: 'year' },
  { field: 'month', names: ['month', '月份'], kind: 'month' },
  { field: 'scope', names: ['scope', '范围'], kind: 'text' },
  { field: 'target_by', names: ['target by', '目标期限'], kind: 'text' },
  // The English of the texts shown on slides, for --lang en: { zh, en } in YAML.
  { field: 'label@en', names: ['label en', 'english label', '英文名称'], kind: 'text' },
  { field: 'scope@en', names: ['scope en', 'english scope', '英文范围'], kind: 'text' },
  { field: 'text@en', names: ['text en', 'english text', '英文文字表述'], kind: 'text' },
  { field: 'target_by@en', names: ['target by en', 'english target by', '英文目标期限'], kind: 'text' },
  { field: 'reading.reading@en', names: ['reading en', 'english reading', '英文解读'], kind: 'text' },
  { field: 'approx', names: ['approx', '约数'], kind: 'approx' },
  { field: 'decimals', names: ['decimals', '小数位数'], kind: 'integer' },
  { field: 'quote', names: ['quote', 'source', '原文'], kind: 'text', required: true },
  { field: 'reading.kind', names: ['reading kind', '解读类型'], kind: 'reading kind' },
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
  if ((a === 'label' || a === 'scope' || a === 'text' || a === 'target_by') && b === 'en') return `${a}@en`;
  if (a === 'reading') return b === 'reading' ? (rest[2] === 'en' ? 'reading.reading@en' : 'reading.reading') : b === 'kind' ? 'reading.kind' : 'reading.original';
  if (a === 'derived') return 'derived.ratio';
  return typeof a === 'string' ? a : undefined;
}
