// Which of an organisation's layouts each kind of slide uses, and the areas
// they leave for our content. Layouts are recognised by their type and their
// placeholders, never by name: title (cover and closing), section header
// (part dividers), title and content or title only (everything else).
import type { Areas } from '../schema/template.js';
import { userError } from '../errors.js';
import { EMU_PER_IN, type OrgFile, type OrgLayout, type OrgMaster, type PhBox } from './org-file.js';

export type LayoutKind = 'cover' | 'content' | 'section';
export interface Chosen {
  master: OrgMaster;
  layout: OrgLayout;
}

const TITLE = ['title', 'ctrTitle'];
const BODY = ['obj', 'body'];
const titleOf = (l: OrgLayout) => l.placeholders.find((p) => TITLE.includes(p.type));
const bodiesOf = (l: OrgLayout) => l.placeholders.filter((p) => BODY.includes(p.type));
const area = (b: PhBox) => b.w * b.h;

/** Title and one content placeholder ("obj"), else title only, else any layout with a title. */
function contentLayout(m: OrgMaster): OrgLayout | undefined {
  const titled = m.layouts.filter((l) => titleOf(l));
  return titled.find((l) => l.type === 'obj' && bodiesOf(l).length === 1) ?? titled.find((l) => bodiesOf(l).length === 1 && l.type !== 'secHead' && l.type !== 'title') ?? titled.find((l) => l.type === 'titleOnly') ?? titled[0];
}

export function chooseLayouts(org: OrgFile): Record<LayoutKind, Chosen> {
  const usable = org.masters.flatMap((master) => {
    const layout = contentLayout(master);
    return layout ? [{ master, layout }] : [];
  });
  if (usable.length === 0) throw userError(org.path, 'no usable slide layout: no layout of its masters has a title placeholder', { hint: 'add a "Title and Content" or "Title Only" layout to the template' });
  // The master offering the largest content area carries content slides.
  const room = (c: Chosen) => {
    const b = bodiesOf(c.layout)[0];
    return b ? area(b) : 0;
  };
  // Of masters offering about as much, one the file's later slides use (its content pages) before its cover's.
  const later = new Set(org.slideMasters.slice(1));
  const score = (c: Chosen) => room(c) * (1 + (later.has(c.master.part) && c.master.part !== org.slideMasters[0] ? 0.02 : 0));
  const content = usable.reduce((best, c) => (score(c) > score(best) ? c : best));
  // The cover: the master of the file's first slide when it has slides (a design's own title page), else the content master.
  const coverMaster = usable.find((c) => c.master.part === org.slideMasters[0])?.master ?? content.master;
  const coverLayout =
    coverMaster.layouts.find((l) => l.type === 'title' && titleOf(l)) ??
    coverMaster.layouts.find((l) => l.placeholders.some((p) => p.type === 'ctrTitle')) ??
    coverMaster.layouts.find((l) => titleOf(l) && l.placeholders.some((p) => p.type === 'subTitle')) ??
    contentLayout(coverMaster)!;
  const sectionLayout = content.master.layouts.find((l) => l.type === 'secHead' && titleOf(l));
  return {
    content,
    cover: { master: coverMaster, layout: coverLayout },
    section: sectionLayout ? { master: content.master, layout: sectionLayout } : content,
  };
}

const boxOf = (b: { x: number; y: number; w: number; h: number }) => ({ x: round(b.x), y: round(b.y), w: round(b.w), h: round(b.h) });
const round = (v: number) => Math.round(v * 1000) / 1000;

/** The areas our layouts fill, from the chosen layouts (inches). */
export function areasOf(org: OrgFile, chosen: Record<LayoutKind, Chosen>): Areas {
  const W = org.cx / EMU_PER_IN;
  const H = org.cy / EMU_PER_IN;
  const c = chosen.content.layout;
  const title = clamp(titleOf(c)!, W, H);
  const at = (l: OrgLayout, type: string) => l.placeholders.find((p) => p.type === type);
  const foot = ['dt', 'ftr', 'sldNum'].map((t) => at(c, t) ?? chosen.content.master.placeholders.find((p) => p.type === t)).filter((p): p is PhBox => !!p && p.y > H / 2);
  const footerTop = foot.length ? Math.min(...foot.map((p) => p.y)) : H - 0.5;
  const body = bodiesOf(c).sort((a, b) => area(b) - area(a))[0];
  const below = title.y + title.h + 0.15;
  const content = body ? clamp(body, W, H) : { x: title.x, y: below, w: title.w, h: footerTop - 0.1 - below };
  // The footer line: from the leftmost footer placeholder to the page number's, on the footer placeholders' line.
  const num = at(c, 'sldNum') ?? chosen.content.master.placeholders.find((p) => p.type === 'sldNum');
  // On the slide, below the content; content reaching into it ends above it.
  const lineY = Math.min(Math.max(content.y + content.h + 0.05, footerTop), H - 0.35);
  if (content.y + content.h > lineY - 0.05) content.h = lineY - 0.05 - content.y;
  const lineH = Math.min(0.4, Math.max(0.3, H - lineY - 0.05));
  const left = foot.length ? Math.max(0.1, Math.min(...foot.map((p) => p.x))) : content.x;
  // A master that numbers its slides itself gets no second number; the footer stops short of its.
  const own = chosen.content.master.numbers;
  const page = own ? undefined : num && num.y > H / 2 ? { x: num.x + num.w - 1.3, y: lineY, w: 1.3, h: lineH } : { x: W - content.x - 1.3, y: lineY, w: 1.3, h: lineH };
  const right = Math.min(page ? page.x : W - content.x, own && own.y + own.h > lineY ? own.x : W);
  const footer = clear({ x: left, y: lineY, w: Math.max(1, right - 0.15 - left), h: lineH }, chosen.content.master.pictures);
  const cover = chosen.cover.layout;
  const coverTitle = clamp(titleOf(cover)!, W, H);
  const sub = at(cover, 'subTitle') ?? bodiesOf(cover)[0];
  const s = chosen.section.layout;
  const sectionBody = s === c ? undefined : bodiesOf(s)[0];
  return {
    title: boxOf(title),
    content: boxOf(content),
    footer: boxOf(fit(footer, W, H)),
    page: page ? boxOf(fit(page, W, H)) : undefined,
    cover_title: boxOf(coverTitle),
    cover_subtitle: sub ? boxOf(clamp(sub, W, H)) : undefined,
    section_title: boxOf(clamp(titleOf(s)!, W, H)),
    section_body: sectionBody ? boxOf(clamp(sectionBody, W, H)) : undefined,
  };
}

/** The widest stretch of a line of text `b` not lying over any of the master's pictures (an ink blot, an emblem). */
function clear(b: { x: number; y: number; w: number; h: number }, pictures: PhBox[]) {
  const cuts = pictures.filter((p) => p.y < b.y + b.h && p.y + p.h > b.y && p.x < b.x + b.w && p.x + p.w > b.x && p.w * p.h < 0.5 * (b.w * 40));
  let free = [[b.x, b.x + b.w]] as [number, number][];
  for (const p of cuts) free = free.flatMap(([a, z]) => [[a, Math.min(z, p.x - 0.1)], [Math.max(a, p.x + p.w + 0.1), z]] as [number, number][]).filter(([a, z]) => z - a > 0.05);
  const [a, z] = free.sort((u, v) => v[1] - v[0] - (u[1] - u[0]))[0] ?? [b.x, b.x + b.w];
  return z - a >= 2 ? { ...b, x: a, w: z - a } : b;
}

/** A placeholder's box kept on the slide. */
function clamp(b: PhBox | { x: number; y: number; w: number; h: number }, W: number, H: number) {
  return fit({ x: b.x, y: b.y, w: b.w, h: b.h }, W, H);
}
function fit(b: { x: number; y: number; w: number; h: number }, W: number, H: number) {
  const x = Math.max(0, b.x);
  const y = Math.max(0, b.y);
  return { x, y, w: Math.min(b.w - (x - b.x), W - x), h: Math.min(b.h - (y - b.y), H - y) };
}
