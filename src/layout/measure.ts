// Text measured with the template's font (the same file the charts are drawn
// with), so layout decisions hold for the real glyph widths.
import { GlobalFonts, createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { wrapText } from './line-break.js';

export interface Measurer {
  /** Width in points of `text` at `sizePt`. */
  width(text: string, sizePt: number, bold?: boolean): number;
  wrap(text: string, widthPt: number, sizePt: number, bold?: boolean): string[];
}

const registered = new Set<string>();

export function registerFont(path: string, family: string): void {
  const key = `${family}\0${path}`;
  if (registered.has(key)) return;
  const ok = GlobalFonts.registerFromPath(path, family);
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

export function autospaces(text: string): number {
  let n = 0;
  for (let i = 1; i < text.length; i++) {
    const a = text[i - 1]!;
    const b = text[i]!;
    if ((HAN.test(a) && LATIN.test(b)) || (LATIN.test(a) && HAN.test(b))) n++;
  }
  return n;
}

export function createMeasurer(fontPath: string, family: string): Measurer {
  registerFont(fontPath, family);
  const ctx: SKRSContext2D = createCanvas(8, 8).getContext('2d');
  const cache = new Map<string, number>();
  // Measured at 100 px and scaled: widths are linear in size.
  const unitWidth = (text: string, bold: boolean): number => {
    const key = `${bold ? 'b' : 'r'}${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      ctx.font = `${bold ? 'bold ' : ''}100px "${family}"`;
      w = (ctx.measureText(text).width / 100) * (bold ? 1.03 : 1);
      cache.set(key, w);
    }
    return w;
  };
  const width = (text: string, sizePt: number, bold = false) => (unitWidth(text, bold) + AUTOSPACE_EM * autospaces(text)) * sizePt * WIDTH_SAFETY;
  return {
    width,
    wrap: (text, widthPt, sizePt, bold = false) => wrapText(text, widthPt, (s) => width(s, sizePt, bold)),
  };
}
