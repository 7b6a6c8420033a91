// Text measured with the template's font (the same file the charts are drawn
// with), so layout decisions hold for the real glyph widths.
import { createRequire } from 'node:module';
import type { SKRSContext2D } from '@napi-rs/canvas';
import { wrapText } from './line-break.js';

// Loaded on first use: with the widths remembered from an earlier build, a
// rebuild measures nothing and does not load the canvas (about 35 ms).
type Canvas = typeof import('@napi-rs/canvas');
let canvasModule: Canvas | undefined;
const canvas = (): Canvas => (canvasModule ??= createRequire(import.meta.url)('@napi-rs/canvas') as Canvas);

export interface Measurer {
  /** Width in points of `text` at `sizePt`. */
  width(text: string, sizePt: number, bold?: boolean): number;
  wrap(text: string, widthPt: number, sizePt: number, bold?: boolean): string[];
}

const registered = new Set<string>();

export function registerFont(path: string, family: string): void {
  const key = `${family}\0${path}`;
  if (registered.has(key)) return;
  const ok = canvas().GlobalFonts.registerFromPath(path, family);
  if (!ok) throw new Error(`the font ${path} could not be loaded`);
  registered.add(key);
}

/**
 * PowerPoint may show the text in another face (Microsoft YaHei) than the one
 * measured: allow this much wider text than measured.
 */
export const WIDTH_SAFETY = 1.06;

/**
 * Viewers may add space where Chinese meets Latin letters or digits
 * (LibreOffice does; so does PowerPoint's Asian typography option): count a
 * quarter em for each such boundary, so that text fits either way.
 */
export const AUTOSPACE_EM = 0.25;
const HAN = /[\p{Script=Han}]/u;
const LATIN = /[A-Za-z0-9]/;

/** Whether a viewer may put space between characters `a` and `b`. */
const spaced = (a: string, b: string) => (HAN.test(a) && LATIN.test(b)) || (LATIN.test(a) && HAN.test(b));

export function autospaces(text: string): number {
  let n = 0;
  for (let i = 1; i < text.length; i++) if (spaced(text[i - 1]!, text[i]!)) n++;
  return n;
}

/**
 * `advances`: advance widths per character, in em, measured once (a text's
 * width is their sum: CJK faces barely kern, which keeps wrapping fast); it
 * may hold widths measured by an earlier process with the same font.
 */
export function createMeasurer(fontPath: string, family: string, advances = new Map<string, number>()): Measurer {
  let ctx: SKRSContext2D | undefined;
  const measured = (ch: string): number => {
    if (!ctx) {
      registerFont(fontPath, family);
      ctx = canvas().createCanvas(8, 8).getContext('2d');
      ctx.font = `100px "${family}"`;
    }
    return ctx.measureText(ch).width / 100;
  };
  const advance = (ch: string): number => {
    let w = advances.get(ch);
    if (w === undefined) {
      w = measured(ch);
      advances.set(ch, w);
    }
    return w;
  };
  const width = (text: string, sizePt: number, bold = false): number => {
    let em = 0;
    let prev = '';
    for (const ch of text) {
      em += advance(ch);
      if (prev && spaced(prev, ch)) em += AUTOSPACE_EM;
      prev = ch;
    }
    // Synthetic bold is a little wider.
    return em * (bold ? 1.03 : 1) * sizePt * WIDTH_SAFETY;
  };
  const gap = (a: string, b: string, sizePt: number) => (spaced(a, b) ? AUTOSPACE_EM * sizePt * WIDTH_SAFETY : 0);
  // Layout asks for the same wraps again and again (sizes tried, rebuilds in watch mode).
  const wraps = new Map<string, string[]>();
  return {
    width,
    wrap(text, widthPt, sizePt, bold = false) {
      const key = `${widthPt.toFixed(2)}|${sizePt}|${bold ? 1 : 0}|${text}`;
      let lines = wraps.get(key);
      if (!lines) {
        lines = wrapText(text, widthPt, (s) => width(s, sizePt, bold), (a, b) => gap(a, b, sizePt) * (bold ? 1.03 : 1));
        if (wraps.size > 50_000) wraps.clear();
        wraps.set(key, lines);
      }
      return lines;
    },
  };
}

const measurers = new Map<string, Measurer>();
/** Advance widths per font (by its hash), shared by its measurers and kept between builds. */
const advancesByFont = new Map<string, Map<string, number>>();
const advancesOf = (fontHash: string) => advancesByFont.get(fontHash) ?? advancesByFont.set(fontHash, new Map()).get(fontHash)!;

/** One measurer per font, kept for the process: its widths and wraps are reused. */
export function measurerFor(fontPath: string, family: string, fontHash: string): Measurer {
  const key = `${family}\0${fontPath}\0${fontHash}`;
  let m = measurers.get(key);
  if (!m) {
    m = createMeasurer(fontPath, family, advancesOf(fontHash));
    measurers.set(key, m);
  }
  return m;
}

/** The widths measured so far with a font, as plain data to keep (write/chart-cache.ts). */
export const knownAdvances = (fontHash: string): Record<string, number> => Object.fromEntries(advancesOf(fontHash));

/** Widths an earlier process measured with the same font (the same hash: the same glyphs). */
export function rememberAdvances(fontHash: string, widths: Record<string, number>): void {
  const known = advancesOf(fontHash);
  for (const [ch, w] of Object.entries(widths)) if ([...ch].length === 1 && Number.isFinite(w) && w >= 0 && !known.has(ch)) known.set(ch, w);
}
