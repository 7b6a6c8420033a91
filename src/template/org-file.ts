// An organisation's PowerPoint template (.potx or .pptx) read as data: its
// parts, slide size, masters with their layouts and placeholders, theme.
// Anything that is not such a file is a user error naming the file and the
// problem; macro-enabled files are refused (their macros are never copied).
import { readFile } from 'node:fs/promises';
import { extname, posix } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { userError } from '../errors.js';

export type Parts = Record<string, Uint8Array>;
export const EMU_PER_IN = 914400;

export interface PhBox {
  type: string;
  idx?: string;
  /** Inches. */
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface OrgLayout {
  part: string;
  name: string;
  /** The layout's type attribute (title, obj, secHead, titleOnly, blank, ...); obj when absent ("cust" in the schema's default). */
  type: string;
  /** Placeholders with their boxes, inherited from the master where the layout gives none. */
  placeholders: PhBox[];
}

export interface OrgMaster {
  part: string;
  theme: string;
  layouts: OrgLayout[];
  placeholders: PhBox[];
  /** The master's own pictures (emblems, ornaments), not placeholders: text is kept off them. */
  pictures: PhBox[];
  /** The colours the master gives titles, body text and the footer: an sRGB hex, or a scheme colour's name (tx1, accent1, ...). */
  titleColor?: string;
  bodyColor?: string;
  footerColor?: string;
  /** A shape (not a placeholder) by which the master numbers every slide itself. */
  numbers?: PhBox;
  /** The master's colour map: bg1 -> lt1 and so on. */
  clrMap: Record<string, string>;
}

export interface OrgFile {
  path: string;
  parts: Parts;
  /** Slide size in EMU, as the file says. */
  cx: number;
  cy: number;
  masters: OrgMaster[];
  /** The masters used by the slides the file holds, in order (hints of which master is the cover's). */
  slideMasters: string[];
}

const text = (parts: Parts, name: string): string | undefined => (parts[name] ? strFromU8(parts[name]!) : undefined);

/** Relationship targets of `part`, resolved: [id, type (last segment), target part]. */
export function relsOf(parts: Parts, part: string): { id: string; type: string; target: string; external: boolean }[] {
  const xml = text(parts, `${posix.dirname(part)}/_rels/${posix.basename(part)}.rels`);
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\b([^>]*)\/?>/g)].map((m) => {
    const attr = (n: string) => new RegExp(`\\b${n}="([^"]*)"`).exec(m[1]!)?.[1] ?? '';
    const external = attr('TargetMode') === 'External';
    const t = attr('Target');
    return { id: attr('Id'), type: attr('Type').split('/').pop()!, external, target: external ? t : t.startsWith('/') ? t.slice(1) : posix.normalize(posix.join(posix.dirname(part), t)) };
  });
}

const fail = (file: string, message: string) => userError(file, message);

export async function readOrgFile(file: string, shown = file): Promise<OrgFile> {
  const ext = extname(file).toLowerCase();
  if (ext === '.potm' || ext === '.pptm') throw fail(shown, 'a macro-enabled presentation is refused (macros are never copied); save it as .potx or .pptx');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch {
    throw fail(shown, 'cannot read the template file');
  }
  return parseOrgFile(bytes, shown);
}

export function parseOrgFile(bytes: Uint8Array, file: string): OrgFile {
  const sig = (s: number[]) => s.every((v, i) => bytes[i] === v);
  // An OLE compound file: what PowerPoint writes for a password-protected (encrypted) package, or a .ppt of 97-2003.
  if (sig([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) throw fail(file, 'password-protected (encrypted) or an old binary .ppt: remove the password, or save it as .potx or .pptx');
  if (!sig([0x50, 0x4b])) throw fail(file, 'not a presentation (not a .potx or .pptx package)');
  let parts: Parts;
  try {
    parts = unzipSync(bytes);
  } catch {
    throw fail(file, 'a corrupt package (the zip archive cannot be read)');
  }
  const types = text(parts, '[Content_Types].xml');
  const main = /PartName="\/([^"]+)" ContentType="application\/vnd\.(?:ms-powerpoint|openxmlformats-officedocument\.presentationml)\.(?:presentation|template|slideshow)(?:\.macroEnabled)?\.main\+xml"/.exec(types ?? '');
  if (!types || !main) throw fail(file, 'not a presentation (no PowerPoint presentation part in the package)');
  if (/macroEnabled|vbaProject/i.test(types) || Object.keys(parts).some((n) => /vbaProject\.bin$/i.test(n))) throw fail(file, 'a macro-enabled presentation is refused (macros are never copied); save it as .potx or .pptx');
  const pres = text(parts, main[1]!);
  if (!pres) throw fail(file, `a corrupt package (${main[1]} is missing)`);
  const size = /<p:sldSz\b[^>]*\bcx="(\d+)"[^>]*\bcy="(\d+)"/.exec(pres);
  const presRels = relsOf(parts, main[1]!);
  const masterIds = [...pres.matchAll(/<p:sldMasterId\b[^>]*r:id="([^"]+)"/g)].map((m) => m[1]!);
  // LibreOffice writes every layout with its own default positions; its masters say where the design puts things.
  const masterBoxes = /<Application>[^<]*LibreOffice/i.test(text(parts, 'docProps/app.xml') ?? '');
  const masters = masterIds.flatMap((id) => {
    const part = presRels.find((r) => r.id === id)?.target;
    return part && parts[part] ? [readMaster(parts, part, masterBoxes)] : [];
  });
  if (!size || masters.length === 0) throw fail(file, 'a corrupt package (no slide size or no slide master)');
  const slideMasters = [...pres.matchAll(/<p:sldId\b[^>]*r:id="([^"]+)"/g)].flatMap((m) => {
    const slide = presRels.find((r) => r.id === m[1])?.target;
    const layout = slide ? relsOf(parts, slide).find((r) => r.type === 'slideLayout')?.target : undefined;
    const master = layout ? relsOf(parts, layout).find((r) => r.type === 'slideMaster')?.target : undefined;
    return master ? [master] : [];
  });
  return { path: file, parts, cx: Number(size[1]), cy: Number(size[2]), masters, slideMasters };
}

function readMaster(parts: Parts, part: string, masterBoxes: boolean): OrgMaster {
  const xml = text(parts, part)!;
  const rels = relsOf(parts, part);
  const placeholders = placeholdersOf(xml, []);
  const clrMap = Object.fromEntries([...(/<p:clrMap\b([^>]*)\/?>/.exec(xml)?.[1] ?? '').matchAll(/(\w+)="(\w+)"/g)].map((m) => [m[1]!, m[2]!]));
  const layouts = [...xml.matchAll(/<p:sldLayoutId\b[^>]*r:id="([^"]+)"/g)].flatMap((m) => {
    const lp = rels.find((r) => r.id === m[1])?.target;
    const lx = lp ? text(parts, lp) : undefined;
    if (!lp || !lx) return [];
    return [{ part: lp, name: /<p:cSld\b[^>]*name="([^"]*)"/.exec(lx)?.[1] ?? '', type: /<p:sldLayout\b[^>]*\btype="(\w+)"/.exec(lx)?.[1] ?? 'obj', placeholders: placeholdersOf(lx, placeholders, masterBoxes) }];
  });
  const numbering = xml.split('<p:sp>').slice(1).find((sp) => /<a:fld\b[^>]*type="slidenum"/.test(sp) && !/<p:ph\b/.test(sp.split('</p:nvSpPr>')[0]!));
  const nx = numbering && /<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(numbering);
  const numbers = nx ? { type: 'sldNum', x: Number(nx[1]) / EMU_PER_IN, y: Number(nx[2]) / EMU_PER_IN, w: Number(nx[3]) / EMU_PER_IN, h: Number(nx[4]) / EMU_PER_IN } : undefined;
  // The title style's colour; LibreOffice writes none there, only on its title placeholder's text.
  const colorIn = (x: string) => /<a:solidFill>\s*<a:(?:srgbClr|schemeClr) val="(\w+)"/.exec(x)?.[1];
  const style = (name: string) => colorIn(new RegExp(`<p:${name}>[\\s\\S]*?</a:lvl1pPr>`).exec(xml)?.[0] ?? '');
  const phText = (types: string) => colorIn(xml.split('<p:sp>').slice(1).find((sp) => new RegExp(`<p:ph\\b[^>]*type="(${types})"`).test(sp.split('</p:nvSpPr>')[0]!))?.split('<p:txBody>')[1] ?? '');
  const titleColor = style('titleStyle') ?? phText('title|ctrTitle');
  const bodyColor = style('bodyStyle') ?? phText('body|subTitle');
  const footerColor = phText('ftr|dt') ?? style('otherStyle');
  const pictures = [...xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)].flatMap(([pic]) => {
    const f = /<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(pic);
    return f && !/<p:ph\b/.test(pic) ? [{ type: 'pic', x: Number(f[1]) / EMU_PER_IN, y: Number(f[2]) / EMU_PER_IN, w: Number(f[3]) / EMU_PER_IN, h: Number(f[4]) / EMU_PER_IN }] : [];
  });
  return { part, theme: rels.find((r) => r.type === 'theme')?.target ?? '', layouts, placeholders, clrMap, numbers, titleColor, bodyColor, footerColor, pictures };
}

/** Which master placeholder a layout's placeholder inherits its box from. */
const inheritsFrom = (type: string): string => (type === 'ctrTitle' ? 'title' : ['subTitle', 'obj', 'body', 'tbl', 'chart', 'pic', 'dgm', 'media', 'clipArt'].includes(type) ? 'body' : type);

/** The placeholders of a layout or master (shapes and pictures with <p:ph>), boxes from `inherited` where absent. */
function placeholdersOf(xml: string, inherited: PhBox[], masterBoxes = false): PhBox[] {
  const shapes = xml.split(/<p:(?:sp|pic)>/).slice(1);
  return shapes.flatMap((sp) => {
    const ph = /<p:ph\b([^>]*)\/?>/.exec(sp.split(/<\/p:nvSpPr>|<\/p:nvPicPr>/)[0]!);
    if (!ph) return [];
    const type = /\btype="(\w+)"/.exec(ph[1]!)?.[1] ?? 'obj';
    const idx = /\bidx="(\d+)"/.exec(ph[1]!)?.[1];
    const from = inherited.find((p) => p.type === inheritsFrom(type)) ?? inherited.find((p) => p.type === type);
    if (from && masterBoxes) return [{ ...from, type, idx }];
    const xf = /<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp.split('</p:spPr>')[0]!);
    if (xf) {
      const [x, y, w, h] = xf.slice(1, 5).map((v) => Number(v) / EMU_PER_IN) as [number, number, number, number];
      return [{ type, idx, x, y, w, h }];
    }
    return from ? [{ ...from, type, idx }] : [];
  });
}
