// Every slide's title as a title placeholder, on a layout that has one:
// PowerPoint's outline view lists the titles, its accessibility checker finds
// a title on every slide, a screen reader moves from title to title.
// pptxgenjs writes the title as a plain text box (the element named "title");
// here its <p:nvPr/> becomes <p:nvPr><p:ph type="title"/></p:nvPr> (ctrTitle
// on a layout whose title is a centred title) and each layout used gets the
// matching placeholder when it has none.
import { posix } from 'node:path';
import { strFromU8, strToU8 } from 'fflate';

type Files = Record<string, Uint8Array>;
export type TitleType = 'title' | 'ctrTitle';

/** The title placeholder's type on a layout (or master), if it has one. */
export function titleTypeOf(xml: string): TitleType | undefined {
  const m = /<p:ph\b[^>]*\btype="(title|ctrTitle)"/.exec(xml);
  return m ? (m[1] as TitleType) : undefined;
}

/** The slide's layout part, from its relationships. */
export function layoutOf(files: Files, slide: string): string | undefined {
  const rels = files[relsOf(slide)];
  if (!rels) return undefined;
  const m = /<Relationship\b[^>]*Type="[^"]*\/slideLayout"[^>]*Target="([^"]+)"/.exec(strFromU8(rels)) ?? /<Relationship\b[^>]*Target="([^"]+)"[^>]*Type="[^"]*\/slideLayout"/.exec(strFromU8(rels));
  return m ? posix.normalize(posix.join(posix.dirname(slide), m[1]!)) : undefined;
}

export const relsOf = (part: string) => `${posix.dirname(part)}/_rels/${posix.basename(part)}.rels`;

const TITLE_SHAPE = /<p:cNvPr id="(\d+)" name="title"\s*(?:\/>|><\/p:cNvPr>)<p:cNvSpPr\s*\/><p:nvPr\s*(?:\/>|><\/p:nvPr>)/;

export interface TitleOptions {
  /**
   * An organisation's layout: the slide's title takes its place, size and
   * colour from the layout (only its text and fitted size are the slide's).
   */
  inherit?: boolean;
  /** The title's type when the layout names none (our own layouts): ctrTitle for cover layouts. */
  typeFor?: (layoutXml: string) => TitleType;
}

/** Marks each slide's title as a placeholder and gives each layout used a matching one. */
export function titlePlaceholders(files: Files, o: TitleOptions = {}): void {
  const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  for (const slide of slides) {
    let xml = strFromU8(files[slide]!);
    const m = TITLE_SHAPE.exec(xml);
    if (!m) continue;
    const layout = layoutOf(files, slide);
    const layoutXml = layout && files[layout] ? strFromU8(files[layout]!) : undefined;
    if (!layout || !layoutXml) throw new Error(`internal: ${slide} has no slide layout`);
    let type = titleTypeOf(layoutXml);
    if (!type) {
      type = o.typeFor?.(layoutXml) ?? 'title';
      files[layout] = strToU8(withTitlePlaceholder(layoutXml, type, titleXfrm(xml, m.index)));
    }
    const start = m.index;
    xml = `${xml.slice(0, start)}<p:cNvPr id="${m[1]}" name="title"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="${type}"/></p:nvPr>${xml.slice(start + m[0].length)}`;
    if (o.inherit) xml = inheritFromLayout(xml, start);
    files[slide] = strToU8(xml);
  }
}

/** The <a:xfrm> of the shape starting at `at`. */
function titleXfrm(xml: string, at: number): string {
  const end = xml.indexOf('</p:sp>', at);
  const m = /<a:xfrm>[\s\S]*?<\/a:xfrm>/.exec(xml.slice(at, end));
  return m ? m[0] : '<a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></a:xfrm>';
}

/** A layout with a title placeholder of `type` at `xfrm`, added as the spTree's last shape. */
export function withTitlePlaceholder(layout: string, type: TitleType, xfrm: string): string {
  const ids = [...layout.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]));
  const id = Math.max(1, ...ids) + 1;
  const sp =
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Title ${id}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="${type}"/></p:nvPr></p:nvSpPr>` +
    `<p:spPr>${xfrm}</p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="zh-CN"/></a:p></p:txBody></p:sp>`;
  const at = layout.lastIndexOf('</p:spTree>');
  if (at < 0) throw new Error('internal: a slide layout without a shape tree');
  return layout.slice(0, at) + sp + layout.slice(at);
}

/**
 * The title shape starting at `at` keeps its text, fitted size, weight,
 * alignment and its box (the layout placeholder's, where it was measured:
 * LibreOffice's layouts do not say where their master puts the title) and
 * its colour (the master's title colour, resolved: LibreOffice reads no
 * inherited one); its face comes from the theme (the major font).
 */
function inheritFromLayout(xml: string, at: number): string {
  const end = xml.indexOf('</p:sp>', at);
  let sp = xml.slice(at, end);
  sp = sp.replace(/(<a:rPr\b[^>]*>)([\s\S]*?)(<\/a:rPr>)/g, (_w, open: string, inner: string, close: string) => {
    const kept = inner.replace(/<a:(latin|ea|cs)\b[^>]*\/>/g, '');
    return kept ? `${open}${kept}${close}` : open.replace(/>$/, '/>');
  });
  return xml.slice(0, at) + sp + xml.slice(end);
}
