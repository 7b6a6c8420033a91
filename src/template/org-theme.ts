// An organisation's theme as our palette and faces. The mapping (README,
// "Organisation templates"), each entry overridable in template.yaml:
//   primary  <- accent1 (title marks, headings, bars)
//   accent   <- accent2 (the one highlight)
//   text     <- tx1 through the master's colour map (dk1 on a light design)
//   background <- bg1 (lt1), surface <- bg2 (lt2) unless too close to the text
//   muted    <- tx2 (dk2) when it reads on the background, else text and background mixed
//   on_primary <- bg1 or tx1, whichever reads better on primary
//   chart    <- accent1 ... accent6
// Faces: the theme's minor (body) font for text, East Asian face when named,
// else the face the theme gives simplified Chinese (script "Hans").
import { strFromU8 } from 'fflate';
import type { Template } from '../schema/template.js';
import type { OrgFile, OrgMaster } from './org-file.js';

const SLOTS = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6'] as const;
type Slot = (typeof SLOTS)[number];

export interface ThemeFonts {
  major: { latin: string; ea: string; hans: string };
  minor: { latin: string; ea: string; hans: string };
}

export function themeOf(org: OrgFile, master: OrgMaster): { colors: Record<Slot, string>; fonts: ThemeFonts } {
  const xml = org.parts[master.theme] ? strFromU8(org.parts[master.theme]!) : '';
  const colors = Object.fromEntries(
    SLOTS.map((slot) => {
      const m = new RegExp(`<a:${slot}>([\\s\\S]*?)</a:${slot}>`).exec(xml)?.[1] ?? '';
      const hex = /<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(m)?.[1] ?? /lastClr="([0-9A-Fa-f]{6})"/.exec(m)?.[1] ?? (slot.startsWith('dk') ? '000000' : slot.startsWith('lt') ? 'FFFFFF' : '4472C4');
      return [slot, hex.toUpperCase()];
    }),
  ) as Record<Slot, string>;
  const face = (kind: 'major' | 'minor') => {
    const block = new RegExp(`<a:${kind}Font>([\\s\\S]*?)</a:${kind}Font>`).exec(xml)?.[1] ?? '';
    return {
      latin: /<a:latin typeface="([^"]*)"/.exec(block)?.[1] ?? '',
      ea: /<a:ea typeface="([^"]*)"/.exec(block)?.[1] ?? '',
      hans: /<a:font script="Hans" typeface="([^"]*)"/.exec(block)?.[1] ?? '',
    };
  };
  return { colors, fonts: { major: face('major'), minor: face('minor') } };
}

const channel = (hex: string, i: number) => parseInt(hex.slice(i * 2, i * 2 + 2), 16);
function luminance(hex: string): number {
  const [r, g, b] = [0, 1, 2].map((i) => {
    const c = channel(hex, i) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}
const mix = (a: string, b: string, t: number) =>
  [0, 1, 2].map((i) => Math.round(channel(a, i) * (1 - t) + channel(b, i) * t).toString(16).padStart(2, '0')).join('').toUpperCase();

/**
 * The colour the master fills the slide with, when it says plainly: its
 * background's solid fill, or a shape of one solid colour covering nearly
 * all of the slide (how LibreOffice's designs draw theirs).
 */
export function masterBackground(xml: string, cx: number, cy: number): string | undefined {
  const bg = /<p:bg>[\s\S]*?<\/p:bg>/.exec(xml)?.[0];
  const solid = (s: string) => /^\s*<a:solidFill>\s*<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(s)?.[1]?.toUpperCase();
  if (bg) return /<a:solidFill>\s*<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(bg)?.[1]?.toUpperCase();
  for (const sp of xml.split('<p:sp>').slice(1)) {
    const xf = /<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp);
    if (!xf || /<p:ph\b/.test(sp)) continue;
    if (Number(xf[3]) * Number(xf[4]) < 0.9 * cx * cy) continue;
    const fill = /<\/a:(?:prstGeom|custGeom)>([\s\S]*)/.exec(sp.split('</p:spPr>')[0]!)?.[1];
    const hex = fill ? solid(fill) : undefined;
    if (hex) return hex;
  }
  return undefined;
}

/**
 * The solid colour a master draws under the point (x, y) in inches: its topmost
 * plain shape there (a band, a panel), else undefined (the slide's background).
 */
export function fillUnder(xml: string, x: number, y: number): string | undefined {
  let under: string | undefined;
  for (const sp of xml.split('<p:sp>').slice(1)) {
    const xf = /<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp);
    if (!xf || /<p:ph\b/.test(sp)) continue;
    const [sx, sy, sw, sh] = xf.slice(1, 5).map((v) => Number(v) / 914400) as [number, number, number, number];
    if (x < sx || x > sx + sw || y < sy || y > sy + sh) continue;
    const fill = /<\/a:(?:prstGeom|custGeom)>\s*<a:solidFill>\s*<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(sp.split('</p:spPr>')[0]!)?.[1];
    if (fill) under = fill.toUpperCase();
  }
  return under;
}

/** The first of `colors` that reads on every colour of `under` (contrast 3:1 or more, as for secondary text), else the one that reads best on the worst. */
export function readableOn(under: string[], colors: string[]): string {
  const worst = (c: string) => Math.min(...under.map((u) => contrast(c, u)));
  return colors.find((c) => worst(c) >= 3) ?? [...colors].sort((a, b) => worst(b) - worst(a))[0]!;
}

/** Our palette from the theme's colours, through the master's colour map; on a dark master the light colours carry the text. */
export function paletteOf(colors: Record<Slot, string>, clrMap: Record<string, string>, drawn?: string): Template['colors'] {
  const mapped = (name: 'bg1' | 'tx1' | 'bg2' | 'tx2', fallback: Slot) => colors[(clrMap[name] as Slot) ?? fallback] ?? colors[fallback];
  let background = mapped('bg1', 'lt1');
  let text = mapped('tx1', 'dk1');
  if (drawn && drawn !== background) {
    background = drawn;
    if (contrast(text, background) < 4.5) text = [colors.lt1, colors.dk1, 'FFFFFF', '000000'].sort((a, b) => contrast(b, background) - contrast(a, background))[0]!;
  }
  const tx2 = mapped('tx2', 'dk2');
  const bg2 = drawn && drawn !== mapped('bg1', 'lt1') ? mix(background, text, 0.12) : mapped('bg2', 'lt2');
  const primary = colors.accent1;
  return {
    primary,
    accent: colors.accent2,
    text,
    muted: contrast(tx2, background) >= 3 ? tx2 : mix(text, background, 0.35),
    background,
    surface: contrast(text, bg2) >= 7 && bg2 !== background ? bg2 : mix(background, text, 0.06),
    on_primary: contrast(background, primary) >= contrast(text, primary) ? background : text,
    chart: [colors.accent1, colors.accent2, colors.accent3, colors.accent4, colors.accent5, colors.accent6],
  };
}
