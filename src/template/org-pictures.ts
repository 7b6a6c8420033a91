// Keeping the footer line off what a master's picture draws there: a design
// whose background is one picture (LibreOffice's "Vintage": ink blots in the
// bottom left corner) says nothing of its ornaments in its geometry, so the
// picture is looked at. Columns of the footer band where the picture is not
// plain (pixels far from the band's usual tone) are busy; the footer takes
// the widest run of plain columns. Only loaded when a picture crosses the band.
import { posix } from 'node:path';
import { EMU_PER_IN, relsOf, type OrgFile, type OrgMaster } from './org-file.js';
import { strFromU8 } from 'fflate';

type Box = { x: number; y: number; w: number; h: number };

/** The footer box narrowed to the widest stretch the master's pictures leave plain (at least 3 in), else as it was. */
export async function footerOffPictures(org: OrgFile, master: OrgMaster, footer: Box): Promise<Box> {
  const xml = strFromU8(org.parts[master.part]!);
  const rels = relsOf(org.parts, master.part);
  const pics = [...xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)].flatMap(([pic]) => {
    const f = /<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(pic);
    const target = rels.find((r) => r.id === /r:embed="([^"]+)"/.exec(pic)?.[1])?.target;
    if (!f || !target || /<p:ph\b/.test(pic) || !/\.(png|jpe?g)$/i.test(posix.extname(target) ? target : '')) return [];
    const b = { x: Number(f[1]) / EMU_PER_IN, y: Number(f[2]) / EMU_PER_IN, w: Number(f[3]) / EMU_PER_IN, h: Number(f[4]) / EMU_PER_IN };
    const crosses = b.y < footer.y + footer.h && b.y + b.h > footer.y && b.x < footer.x + footer.w && b.x + b.w > footer.x;
    return crosses ? [{ box: b, bytes: org.parts[target]! }] : [];
  });
  if (pics.length === 0) return footer;
  const { loadImage, createCanvas } = await import('@napi-rs/canvas');
  // Busy columns across the band, one every 0.05 in.
  const step = 0.05;
  const n = Math.floor(footer.w / step);
  const busy = new Array<boolean>(n).fill(false);
  for (const { box, bytes } of pics) {
    const img = await loadImage(Buffer.from(bytes)).catch(() => undefined);
    if (!img) continue;
    const canvas = createCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const sx = img.width / box.w;
    const sy = img.height / box.h;
    const y0 = Math.max(0, Math.floor((footer.y - box.y) * sy));
    const y1 = Math.min(img.height, Math.ceil((footer.y + footer.h - box.y) * sy));
    if (y1 <= y0) continue;
    const { data, width } = ctx.getImageData(0, y0, img.width, y1 - y0);
    const lum = (i: number) => (0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!) / 255;
    const all: number[] = [];
    for (let i = 0; i < data.length; i += 4 * 7) if (data[i + 3]! > 128) all.push(lum(i));
    all.sort((a, b) => a - b);
    const usual = all[Math.floor(all.length / 2)] ?? 1;
    for (let c = 0; c < n; c++) {
      const x = footer.x + c * step - box.x;
      if (x < 0 || x > box.w) continue;
      const px = Math.min(width - 1, Math.floor(x * sx));
      let off = 0;
      let seen = 0;
      for (let row = 0; row < y1 - y0; row++) {
        const i = (row * width + px) * 4;
        if (data[i + 3]! <= 128) continue;
        seen++;
        if (Math.abs(lum(i) - usual) > 0.2) off++;
      }
      if (seen && off / seen > 0.1) busy[c] = true;
    }
  }
  let best = [0, 0];
  for (let c = 0, start = 0; c <= n; c++) {
    if (c === n || busy[c]) {
      if (c - start > best[1]! - best[0]!) best = [start, c];
      start = c + 1;
    }
  }
  const x = footer.x + best[0]! * step + (best[0]! > 0 ? 0.1 : 0);
  const w = (best[1]! - best[0]!) * step - (best[0]! > 0 ? 0.1 : 0) - (best[1]! < n ? 0.1 : 0);
  return w >= 3 && w < footer.w - 0.01 ? { ...footer, x: round(x), w: round(w) } : footer;
}

const round = (v: number) => Math.round(v * 1000) / 1000;
