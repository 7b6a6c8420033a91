// Load: a CSV file of metrics as raw cells. Every cell is text, exactly as
// written (321.70 keeps its zero); conversion happens in validate/.
// A small RFC 4180 reader of our own: exceljs's CSV reader converts numbers
// and dates before we see them and decodes any bytes as UTF-8 without a word.
import { UserError, userError } from '../errors.js';
import { decodeText } from './text-file.js';
import { cellRef, readTableFile, type RawCell, type RawSheet } from './table.js';

const SAVE_AS = 'in Excel: Save As "CSV UTF-8 (逗号分隔)(*.csv)"';

export async function loadCsv(file: string): Promise<RawSheet> {
  const bytes = new Uint8Array(await readTableFile(file));
  let text: string;
  try {
    text = decodeText(file, bytes);
  } catch (e) {
    if (e instanceof UserError) throw new UserError(e.diagnostics.map((d) => ({ ...d, hint: SAVE_AS })));
    throw e;
  }
  return { file, rows: parseCsv(file, text), merges: [] };
}

/** Records to rows of non-empty cells; row numbers count records, as Excel shows them. */
export function parseCsv(file: string, text: string): RawSheet['rows'] {
  const rows: RawSheet['rows'] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  let quoteCol = 0;
  let lineStart = 0;
  let recordCount = 0;
  const endRecord = () => {
    record.push(field);
    const number = recordCount + 1;
    const cells: RawCell[] = record.flatMap((t, i) => (t.trim() === '' ? [] : [{ ref: cellRef(number, i + 1), row: number, col: i + 1, value: { kind: 'text' as const, text: t } }]));
    if (cells.length) rows.push({ row: number, cells });
    recordCount++;
    record = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') (line++, (lineStart = i + 1));
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
      quoteCol = i - lineStart + 1;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      lineStart = i + 1;
    } else field += c;
  }
  if (quoted) throw userError(file, 'a quoted field is never closed (a " without its closing ")', { line: quoteLine, col: quoteCol, hint: SAVE_AS });
  if (field !== '' || record.length) endRecord();
  return rows;
}
