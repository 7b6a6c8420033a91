// The package check: what PowerPoint needs to open a file without offering to
// repair it. Run on every deck before it is written; also used by the tests.
import { XMLValidator } from 'fast-xml-parser';
import { createHash } from 'node:crypto';
import { posix } from 'node:path';

export type Parts = Record<string, Uint8Array>;

const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Every problem found, one line each; an empty list is a package PowerPoint opens cleanly. */
/** `foreign`: parts copied from an organisation's template, whose shapes are its designers' (not checked for our layout's rules). */
export function verifyPackage(parts: Parts, foreign: ReadonlySet<string> = new Set()): string[] {
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
  const slide = slideSize(text.get('ppt/presentation.xml'));
  for (const [name, xml] of text) {
    if (!/^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name) || foreign.has(name)) continue;
    checkShapes(name, xml, problems);
    checkGeometry(name, xml, name.startsWith('ppt/slides/') ? slide : undefined, problems);
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
  const named = [...types.matchAll(/<Override\s[^>]*PartName="\/([^"]+)"/g)].map((m) => m[1]!);
  const overrides = new Set(named);
  // OPC: one Override per part name (PowerPoint repairs a package with two).
  for (const o of overrides) if (named.filter((n) => n === o).length > 1) problems.push(`[Content_Types].xml: /${o} has more than one content type`);
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

// Geometry: what the standard forbids (a negative extent) and what no viewer
// can show (a text box, picture or chart of no width or height, a shape off
// the slide). The layout never makes them: one found here is the tool's bug.
// A group's own frame (the shape tree's 0 x 0) and a straight line's zero
// height are normal.

/** Rounding inches to EMU may put an edge a few EMU past the slide's. */
const EMU_SLACK = 100;

function slideSize(presentation: string | undefined): { cx: number; cy: number } | undefined {
  const m = presentation && /<p:sldSz\s[^>]*\bcx="(\d+)"[^>]*\bcy="(\d+)"/.exec(presentation);
  return m ? { cx: Number(m[1]), cy: Number(m[2]) } : undefined;
}

function checkGeometry(name: string, xml: string, slide: { cx: number; cy: number } | undefined, problems: string[]): void {
  const where = /^ppt\/slides\/slide(\d+)\.xml$/.exec(name);
  const part = where ? `slide ${where[1]}` : name;
  for (const m of xml.matchAll(/<a:(ext|chExt)\s[^>]*\bcx="(-?\d+)"[^>]*\bcy="(-?\d+)"/g)) {
    if (Number(m[2]) < 0 || Number(m[3]) < 0) problems.push(`${part}: a negative extent (a:${m[1]} cx="${m[2]}" cy="${m[3]}")`);
  }
  for (const shape of topLevelShapes(xml)) {
    const id = /<p:cNvPr\s[^>]*\bname="([^"]*)"/.exec(shape.xml)?.[1] ?? '?';
    const off = /<a:off\s[^>]*\bx="(-?\d+)"[^>]*\by="(-?\d+)"/.exec(shape.xml);
    const ext = /<a:ext\s[^>]*\bcx="(-?\d+)"[^>]*\bcy="(-?\d+)"/.exec(shape.xml);
    // A placeholder without its own frame takes its layout's.
    if (!off || !ext) continue;
    const [x, y, cx, cy] = [off[1], off[2], ext[1], ext[2]].map(Number) as [number, number, number, number];
    const line = shape.kind === 'cxnSp' || /<a:prstGeom\s[^>]*prst="(line|straightConnector1)"/.test(shape.xml);
    if (!line && shape.kind !== 'grpSp' && (cx === 0 || cy === 0)) problems.push(`${part}: shape "${id}" (${shape.kind}) has no ${cx === 0 ? 'width' : 'height'}`);
    if (slide && (x < -EMU_SLACK || y < -EMU_SLACK || x + cx > slide.cx + EMU_SLACK || y + cy > slide.cy + EMU_SLACK)) {
      problems.push(`${part}: shape "${id}" (${shape.kind}) lies outside the slide (x ${x} y ${y} cx ${cx} cy ${cy} EMU; the slide is ${slide.cx} x ${slide.cy})`);
    }
  }
}

/** The shapes of the shape tree, not those inside a group (a group places them in its own coordinates). */
function topLevelShapes(xml: string): { kind: string; xml: string }[] {
  const tree = /<p:spTree>([\s\S]*)<\/p:spTree>/.exec(xml)?.[1] ?? '';
  const shapes: { kind: string; xml: string }[] = [];
  const open = /<p:(sp|pic|graphicFrame|cxnSp|grpSp)(?:\s[^>]*)?>/g;
  let at = 0;
  for (;;) {
    open.lastIndex = at;
    const m = open.exec(tree);
    if (!m) break;
    const kind = m[1]!;
    // The end of this element: count nested elements of the same kind (groups nest).
    let depth = 0;
    const tag = new RegExp(`<(/?)p:${kind}(?:\\s[^>]*)?>`, 'g');
    tag.lastIndex = m.index;
    let end = tree.length;
    for (let t = tag.exec(tree); t; t = tag.exec(tree)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    shapes.push({ kind, xml: tree.slice(m.index, end) });
    at = end;
  }
  return shapes;
}
