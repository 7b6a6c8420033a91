import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/load/csv.js';

const texts = (rows: ReturnType<typeof parseCsv>) => rows.map((r) => r.cells.map((c) => `${c.ref}=${c.value.kind === 'text' ? c.value.text : ''}`));

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks; rows count records, as Excel numbers them', () => {
    const rows = parseCsv('m.csv', 'id,quote\r\na,"x, ""y""\r\nz"\r\n\r\nb,321.70\r\n');
    expect(texts(rows)).toEqual([['A1=id', 'B1=quote'], ['A2=a', 'B2=x, "y"\r\nz'], ['A4=b', 'B4=321.70']]);
  });

  it('keeps empty fields as gaps, and reads a last line without a line end', () => {
    expect(texts(parseCsv('m.csv', 'a,,c\nd'))).toEqual([['A1=a', 'C1=c'], ['A2=d']]);
  });

  it('says where a quoted field that never closes opens', () => {
    expect(() => parseCsv('m.csv', 'id\n"a,b\nc')).toThrow('m.csv:2:1: a quoted field is never closed');
  });
});
