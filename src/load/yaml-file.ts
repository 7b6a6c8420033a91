// Load: a YAML file to plain data, keeping the document so that any field can
// be traced back to its line and column.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { LineCounter, isMap, isNode, isScalar, parseDocument, visit, type Document } from 'yaml';
import { UserError, userError } from '../errors.js';
import { decodeText } from './text-file.js';

export type PathSegment = string | number;

/** Deep nesting exhausts the parser's stack: said the same wherever it shows. */
const NESTED = { message: 'the data is nested too deeply', hint: 'a data file is a few levels deep; look for runaway brackets' };

export interface LoadedYaml {
  file: string;
  data: unknown;
  /**
   * 1-based line and column of the value at `path` (or of its key, with
   * `key`), falling back to the nearest parent that exists.
   */
  locate(path: readonly PathSegment[], key?: string): { line: number; col: number };
}

export async function loadYamlFile(file: string): Promise<LoadedYaml> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? missing(file) : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? String(e)})`;
    throw userError(file, why);
  }
  return parseYamlText(file, decodeText(file, bytes));
}

/** A name ending in / is a folder; one without an extension may be either. */
const missing = (path: string) => (/[\\/]$/.test(path) ? 'no such folder' : extname(path) === '' ? 'no such file or folder' : 'no such file');

export function parseYamlText(file: string, text: string): LoadedYaml {
  if (/\r(?!\n)/.test(text) && !text.includes('\n')) {
    throw userError(file, 'the file has old Mac line ends (CR alone)', { hint: 'save it with Windows (CRLF) or Unix (LF) line ends' });
  }
  const lineCounter = new LineCounter();
  // uniqueKeys rejects duplicate keys; maxAliasCount bounds alias expansion.
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (e) {
    if (e instanceof RangeError) throw userError(file, NESTED.message, { hint: NESTED.hint });
    throw e;
  }
  // Warnings are errors here: an unknown tag (!foo, !!js/function) must not pass silently.
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    const diagnostics = problems.map((err) => {
      const pos = lineCounter.linePos(err.pos[0]);
      return { file, line: pos.line, col: pos.col, ...describeYamlError(err.code, err.message, text.slice(err.pos[0]).split('\n')[0] ?? ''), severity: 'error' as const };
    });
    // One problem often raises several errors at one place: say it once.
    throw new UserError(diagnostics.filter((d, i) => diagnostics.findIndex((o) => o.line === d.line && o.message === d.message) === i));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    if (e instanceof RangeError) throw userError(file, NESTED.message, { hint: NESTED.hint });
    // The only failure here is alias expansion (a "billion laughs" file): point at the first alias.
    let at: { line: number; col: number } | undefined;
    visit(doc, {
      Alias(_, node) {
        if (node.range) at = pos(lineCounter, node.range[0]);
        return visit.BREAK;
      },
    });
    throw userError(file, 'aliases (*name) expand to too much data', { ...at, hint: 'write the repeated parts out, or use fewer aliases' });
  }
  return { file, data, locate: (path, key) => locate(doc, lineCounter, path, key) };
}

function locate(doc: Document, lc: LineCounter, path: readonly PathSegment[], key?: string): { line: number; col: number } {
  if (key !== undefined) {
    const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (isMap(map)) {
      const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (pair && isNode(pair.key) && pair.key.range) return pos(lc, pair.key.range[0]);
    }
  }
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) {
      return pos(lc, node.range[0]);
    }
  }
  return { line: 1, col: 1 };
}

function pos(lc: LineCounter, offset: number): { line: number; col: number } {
  const p = lc.linePos(offset);
  return { line: p.line, col: p.col };
}

function describeYamlError(code: string, message: string, source: string): { message: string; hint?: string } {
  const key = source.split(':')[0]?.trim();
  switch (code) {
    case 'DUPLICATE_KEY':
      return { message: `duplicate key${key ? ` "${key}"` : ''}`, hint: 'each key may appear once in a mapping; remove or rename one' };
    case 'TAB_AS_INDENT':
      return { message: 'a tab is used for indentation', hint: 'indent with spaces' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return { message: 'the indentation does not line up: a key here is indented more or less than the keys around it', hint: 'keys of one mapping start in the same column' };
    case 'MULTIPLE_DOCS':
      return { message: 'the file holds more than one YAML document (a second ---)', hint: 'one deck per file: remove the --- line or split the file' };
    case 'TAG_RESOLVE_FAILED':
      return { message: `unknown tag ${/![^\s]*/.exec(source)?.[0] ?? ''}`.trim(), hint: 'data files use plain YAML: remove the tag' };
    default:
      if (/call stack/i.test(message)) return NESTED;
      return { message: firstLine(message) };
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
