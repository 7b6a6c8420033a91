// A sheet of metrics as the file holds it: cells with their positions and raw
// values, before any conversion (that is validate/'s business).
import { readFile } from 'node:fs/promises';

/** A cell's content as read, keeping what conversion needs to judge it. */
export type CellValue =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; format?: string }
  | { kind: 'text'; text: string }
  | { kind: 'date'; date: Date; format?: string }
  | { kind: 'boolean'; value: boolean }
  /** An Excel error value (#DIV/0!, #REF! ...), typed or as a formula's result. */
  | { kind: 'error'; text: string }
  /** A formula whose result was never saved (written by a program, not by Excel). */
  | { kind: 'uncalculated'; formula: string };

export interface RawCell {
  /** A1-style reference, e.g. C7. */
  ref: string;
  row: number;
  col: number;
  value: CellValue;
}

export interface RawSheet {
  /** The table file as named to the user (relative to where the command runs). */
  file: string;
  /** The sheet's name; undefined for a CSV file. */
  sheet?: string;
  /** Rows in order, each with its non-empty cells (row numbers are 1-based and may skip). */
  rows: { row: number; cells: RawCell[]; hidden?: boolean }[];
  /** Merged ranges, e.g. C7:C9. */
  merges: string[];
}

/** A problem with the file as a whole (missing, no such sheet); placed at the data file's reference to it. */
export class TableFileError extends Error {
  constructor(
    message: string,
    readonly field: 'file' | 'sheet',
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Column number (1-based) to letters: 1 -> A, 27 -> AA. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const cellRef = (row: number, col: number) => `${columnLetters(col)}${row}`;

/** The file's bytes, or a TableFileError saying why there are none. */
export async function readTableFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? String(e)})`;
    const hint = code === 'EBUSY' || code === 'EPERM' ? 'is it open in Excel? Close it, or save and try again' : 'the path is relative to the data file';
    throw new TableFileError(`${file}: ${why}`, 'file', hint);
  }
}
