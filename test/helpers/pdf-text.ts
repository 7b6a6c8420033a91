// The text lines of a PDF (pdftotext -bbox-layout) and the check that no
// line of one text box lies over a line of another.
import { execFileSync } from 'node:child_process';

export interface Line {
  block: number;
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The lines of each page of a PDF, with their boxes and the block (text box) they belong to. */
export function pdfLines(pdf: string): Line[][] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let block = 0;
  return xml.split('<page ').slice(1).map((page) =>
    page.split('<block ').slice(1).flatMap((b) => {
      block++;
      return [...b.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((m) => ({
        block,
        text: [...m[5]!.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(''),
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
      }));
    }),
  );
}

/**
 * Lines of different text boxes that lie over each other. A line's box runs
 * from the font's ascent to its descent (1.45 em for CJK faces): its middle
 * band, where the glyphs are, is compared, so that boxes that only touch pass.
 */
export function overlaps(page: Line[]): string[] {
  const band = (l: Line) => {
    const trim = (l.y1 - l.y0) * 0.25;
    return { ...l, y0: l.y0 + trim, y1: l.y1 - trim };
  };
  const found: string[] = [];
  const lines = page.map(band);
  lines.forEach((a, i) =>
    lines.slice(i + 1).forEach((b) => {
      if (a.block === b.block) return;
      const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (w > 1 && h > 1) found.push(`"${a.text}" / "${b.text}"`);
    }),
  );
  return found;
}

