// The package check: what PowerPoint needs to open a file without offering to
// repair it. Run on every deck before it is written; also used by the tests.
import { XMLValidator } from 'fast-xml-parser';
import { createHash } from 'node:crypto';
import { posix } from 'node:path';

export type Parts = Record<string, Uint8Array>;

const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Every problem found, one line each; an empty list is a package PowerPoint opens cleanly. */
export function verifyPackage(parts: Parts): string[] {
  const problems: string[] = [];
  const text = new Map<string, string>();
  for (const [name, bytes] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    let xml: string;
    try {
      xml = decoder.decode(bytes);
    } catch {
      problems.push(`${name}: not UTF-8`);
      continue;
    }
    if (ILLEGAL_XML.test(xml)) problems.push(`${name}: a character XML does not allow`);
    const invalid = wellFormedness(bytes, xml);
    if (invalid) problems.push(`${name}:${invalid}`);
    text.set(name, xml);
  }
  checkContentTypes(parts, text.get('[Content_Types].xml'), problems);
  checkRelationships(parts, text, problems);
  for (const [name, xml] of text) {
    if (!/^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name)) continue;
    checkShapes(name, xml, problems);
  }
  return problems;
}

// Most parts come out the same build after build (watch mode, batches): parse each content once.
const checked = new Map<string, string | undefined>();

/** Contents (by hash) found well-formed so far, for a later process to start from. */
export const wellFormedKeys = (): string[] => [...checked].flatMap(([key, result]) => (result === undefined ? [key] : []));

/** Contents another process found well-formed: not parsed again. */
export function rememberWellFormed(keys: Iterable<string>): void {
  for (const key of keys) if (!checked.has(key)) checked.set(key, undefined);
}

/** undefined when well-formed, else "line: message". */
function wellFormedness(bytes: Uint8Array, xml: string): string | undefined {
  const key = createHash('sha1').update(bytes).digest('base64');
  if (checked.has(key)) return checked.get(key);
  const valid = XMLValidator.validate(xml);
  const result = valid === true ? undefined : `${valid.err.line}: ${valid.err.msg}`;
  if (checked.size > 4000) checked.clear();
  checked.set(key, result);
  return result;
}

function checkContentTypes(parts: Parts, types: string | undefined, problems: string[]): void {
  if (!types) return void problems.push('[Content_Types].xml: missing');
  const defaults = new Set([...types.matchAll(/<Default\s[^>]*Extension="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()));
  const overrides = new Set([...types.matchAll(/<Override\s[^>]*PartName="\/([^"]+)"/g)].map((m) => m[1]!));
  for (const o of overrides) if (!(o in parts)) problems.push(`[Content_Types].xml: a content type for /${o}, which does not exist`);
  for (const name of Object.keys(parts)) {
    if (name === '[Content_Types].xml' || name.endsWith('/')) continue;
    const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
    if (!overrides.has(name) && !defaults.has(ext)) problems.push(`${name}: no content type`);
  }
}

function checkRelationships(parts: Parts, text: Map<string, string>, problems: string[]): void {
  for (const [rels, xml] of text) {
    if (!rels.endsWith('.rels')) continue;
    // _rels/.rels belongs to the package root; a/_rels/b.xml.rels to a/b.xml.
    const base = posix.dirname(posix.dirname(rels));
    const ids = new Set<string>();
    for (const m of xml.matchAll(/<Relationship\s([^>]*)\/?>/g)) {
      const attrs = m[1]!;
      const id = /\bId="([^"]*)"/.exec(attrs)?.[1];
      const target = /\bTarget="([^"]*)"/.exec(attrs)?.[1];
      if (id && ids.has(id)) problems.push(`${rels}: relationship id ${id} used twice`);
      if (id) ids.add(id);
      if (!target || /TargetMode="External"/.test(attrs)) continue;
      const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(base === '.' ? '' : base, target));
      if (!(resolved in parts)) problems.push(`${rels}: ${id ?? '?'} points to ${resolved}, which does not exist`);
    }
  }
}

function checkShapes(name: string, xml: string, problems: string[]): void {
  const seen = new Set<string>();
  for (const m of xml.matchAll(/<p:cNvPr\s([^>]*)>/g)) {
    const id = /\bid="(\d+)"/.exec(m[1]!)?.[1];
    if (id && seen.has(id)) problems.push(`${name}: shape id ${id} used twice`);
    if (id) seen.add(id);
  }
  for (const pic of xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)) {
    const descr = /<p:cNvPr\s[^>]*\bdescr="([^"]*)"/.exec(pic[0])?.[1];
    if (!descr?.trim()) problems.push(`${name}: a picture without alt text`);
  }
}
