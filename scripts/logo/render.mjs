// Draws templates/default/logo.png: the same wordmark as templates/default/logo.svg
// (keep the two in step), rendered with the template's own font so that it
// needs no system fonts.
//
//   node scripts/logo/render.mjs            (from the repository root)
//
// Design (coordinates in PNG pixels, 936 x 300, transparent background):
// a rounded square in the brand primary holding three rising white bars,
// then "财政简报" in the primary with "BRIEFING" in the muted grey beneath it,
// spread to the width of the Chinese. On the slide it is 1.56 in x 0.5 in,
// so the PNG is 600 px per inch.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const template = join(root, 'templates', 'default');
const FAMILY = 'Briefing Sans SC';
if (!GlobalFonts.registerFromPath(join(template, 'fonts', 'BriefingSansSC-Regular.otf'), FAMILY)) {
  throw new Error('could not load the template font');
}

const PRIMARY = '#1F4E79';
const MUTED = '#6B7280';
const WHITE = '#FFFFFF';
const W = 936;
const H = 300;

const canvas = createCanvas(W, H);
const ctx = canvas.getContext('2d');

// Mark: rounded square with three rising bars on a common baseline.
ctx.fillStyle = PRIMARY;
ctx.beginPath();
ctx.roundRect(8, 8, 284, 284, 52);
ctx.fill();
ctx.fillStyle = WHITE;
for (const [x, top] of [[56, 156], [126, 106], [196, 56]]) ctx.fillRect(x, top, 48, 236 - top);

// Wordmark.
const TEXT_X = 336;
const CN_SIZE = 148;
const CN = '财政简报';
ctx.font = `${CN_SIZE}px "${FAMILY}"`;
ctx.fillStyle = PRIMARY;
ctx.textBaseline = 'alphabetic';
ctx.fillText(CN, TEXT_X, 164);
const cnWidth = ctx.measureText(CN).width; // 592: four full-width ideographs

// "BRIEFING", letter-spaced so that it spans exactly the Chinese above
// (the SVG does the same with textLength + lengthAdjust="spacing").
const EN = 'BRIEFING';
ctx.font = `64px "${FAMILY}"`;
ctx.fillStyle = MUTED;
const widths = [...EN].map((ch) => ctx.measureText(ch).width);
const gap = (cnWidth - widths.reduce((a, b) => a + b, 0)) / (EN.length - 1);
let x = TEXT_X;
[...EN].forEach((ch, i) => {
  ctx.fillText(ch, x, 262);
  x += widths[i] + gap;
});

const out = join(template, 'logo.png');
writeFileSync(out, canvas.toBuffer('image/png'));
console.log(`${out}: ${W}x${H} px, Chinese width ${cnWidth} px`);
