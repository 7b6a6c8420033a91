// Bytes to text, refusing what is not UTF-8 text with a message that says
// what the file is instead (UTF-16, binary, another encoding).
import { userError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

// What is wrong with the whole file is reported without a line and column:
// a binary file has no lines to point at.
export function decodeText(file: string, bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw userError(file, 'the file is UTF-16 text, not UTF-8', { hint: 'save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)' });
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw userError(file, 'a zip archive (a .pptx or .xlsx?), not a text file', { hint: 'name a YAML data file; a workbook of metrics is named in one: metrics: { file: metrics.xlsx }' });
  }
  if (bytes.includes(0)) throw userError(file, 'not a text file (it holds binary data)', { hint: 'name a YAML data file' });
  try {
    return utf8.decode(bytes);
  } catch {
    const at = firstInvalid(bytes);
    throw userError(file, 'the file is not UTF-8 text (another encoding, such as GBK?)', { ...positionOf(bytes, at), hint: 'save it as UTF-8' });
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalid(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (n === 0) return i;
    try {
      utf8.decode(bytes.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return 0;
}

function positionOf(bytes: Uint8Array, offset: number): { line: number; col: number } {
  const before = new TextDecoder().decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, col: [...lines[lines.length - 1]!].length + 1 };
}
