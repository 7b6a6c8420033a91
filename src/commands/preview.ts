// briefing preview: the deck as LibreOffice shows it, one PNG per slide, a
// contact sheet and, with --pdf, the PDF. LibreOffice is pointed at the
// template's own font, so Chinese shows where the system has no CJK font.
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { userError, type Diagnostic } from '../errors.js';
import type { Overflow } from '../layout/placed.js';
import { loadTemplate, type LoadedTemplate } from '../template/load.js';
import { writeAtomic } from '../write/atomic.js';
import { chartCacheIn } from '../write/chart-cache.js';
import { buildOne } from './build-one.js';
import { cacheDirOf } from './build.js';
import type { ChartMode } from '../render/pptx.js';
import type { RendererName } from '../render/renderers.js';
import type { Lang } from '../model/words.js';
import { deckStem } from './build-one.js';

export interface PreviewOptions {
  file: string;
  template: string;
  templatesDir: string;
  outDir: string;
  pdf: boolean;
  cache?: boolean;
  sourceDateEpoch?: string;
  charts?: ChartMode;
  renderer?: RendererName;
  lang?: Lang;
  requireTranslation?: boolean;
  /** A quote that no longer holds its figure is an error, not a warning. */
  strict?: boolean;
}

export interface Preview {
  deck: string;
  /** The build's warnings (texts without English, say) and text that does not fit. */
  warnings: Diagnostic[];
  overflows: Overflow[];
  slides: string[];
  sheet: string;
  pdf?: string;
}

const INSTALL = 'install LibreOffice and poppler-utils (Debian/Ubuntu: apt-get install -y libreoffice-impress poppler-utils; Windows and macOS: libreoffice.org, and poppler for pdftoppm)';

export async function preview(o: PreviewOptions): Promise<Preview> {
  for (const [cmd, arg] of [['soffice', '--version'], ['pdftoppm', '-v']] as const) {
    if (spawnSync(cmd, [arg], { stdio: 'ignore' }).error) throw userError(o.file, `preview needs ${cmd}, which is not installed`, { hint: INSTALL });
  }
  const template = await loadTemplate(o.template, o.templatesDir);
  const cache = chartCacheIn(o.cache === false ? undefined : cacheDirOf(o.outDir));
  const built = await buildOne(o.file, { template, outDir: o.outDir, cache, sourceDateEpoch: o.sourceDateEpoch, charts: o.charts, renderer: o.renderer, lang: o.lang, requireTranslation: o.requireTranslation, strict: o.strict });

  const work = await mkdtemp(join(tmpdir(), 'briefing-preview-'));
  try {
    const fontsConf = await fontConfig(template, work);
    await run('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, built.out], {
      ...process.env,
      FONTCONFIG_FILE: fontsConf,
    });
    const pdf = join(work, `${basename(built.out, '.pptx')}.pdf`);
    await run('pdftoppm', ['-png', '-r', '96', pdf, join(work, 'slide')], process.env);
    const pages = (await readdir(work)).filter((n) => /^slide-\d+\.png$/.test(n)).sort();
    if (pages.length === 0) throw new Error('internal: LibreOffice wrote no pages');

    const stem = deckStem(o.file, o.lang);
    const dir = join(o.outDir, `${stem}-preview`);
    const slides: string[] = [];
    const pngs: Uint8Array[] = [];
    for (const [i, name] of pages.entries()) {
      const png = new Uint8Array(await readFile(join(work, name)));
      const target = join(dir, `slide-${String(i + 1).padStart(2, '0')}.png`);
      await writeAtomic(target, png);
      slides.push(target);
      pngs.push(png);
    }
    const sheet = join(dir, 'contact-sheet.png');
    await writeAtomic(sheet, await contactSheet(pngs, template.spec.fonts.family));
    let pdfOut: string | undefined;
    if (o.pdf) {
      pdfOut = join(o.outDir, `${stem}.pdf`);
      await writeAtomic(pdfOut, new Uint8Array(await readFile(pdf)));
    }
    return { deck: built.out, warnings: built.warnings, overflows: built.overflows, slides, sheet, pdf: pdfOut };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** A fontconfig file: the system's fonts, the template's font (as OpenType: LibreOffice does not read WOFF2), and its faces mapped to it. */
export async function fontConfig(template: LoadedTemplate, work: string): Promise<string> {
  const fonts = join(work, 'fonts');
  await mkdir(fonts);
  // A template may still bring a WOFF2 font (the shipped ones are OpenType).
  const isWoff2 = template.fontBytes[0] === 0x77 && template.fontBytes[3] === 0x32;
  const sfnt = isWoff2 ? await (await import('wawoff2')).default.decompress(template.fontBytes) : template.fontBytes;
  await writeFile(join(fonts, 'template-font.otf'), sfnt);
  const family = template.spec.fonts.family;
  const aliases = [...new Set([template.spec.fonts.east_asian, template.spec.fonts.latin])]
    .map((f) => `  <alias binding="strong"><family>${f}</family><prefer><family>${family}</family></prefer></alias>`)
    .join('\n');
  const conf = join(work, 'fonts.conf');
  await writeFile(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${fonts}</dir>\n  <cachedir>${join(work, 'fc-cache')}</cachedir>\n${aliases}\n</fontconfig>\n`,
  );
  return conf;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`internal: ${cmd} exited ${code}: ${err.trim()}`))));
  });
}

/** All slides on one image, four to a row, each numbered. */
async function contactSheet(pngs: Uint8Array[], family: string): Promise<Uint8Array> {
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const images = await Promise.all(pngs.map((p) => loadImage(p)));
  const cols = Math.min(4, images.length);
  const w = 480;
  const h = Math.round((w * images[0]!.height) / images[0]!.width);
  const gap = 16;
  const rows = Math.ceil(images.length / cols);
  const canvas = createCanvas(cols * (w + gap) + gap, rows * (h + gap) + gap);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#E5E7EB';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  images.forEach((img, i) => {
    const x = gap + (i % cols) * (w + gap);
    const y = gap + Math.floor(i / cols) * (h + gap);
    ctx.drawImage(img, x, y, w, h);
    ctx.fillStyle = '#1F2937';
    ctx.fillRect(x, y, 34, 22);
    ctx.fillStyle = '#FFFFFF';
    ctx.font = `bold 14px "${family}"`;
    ctx.fillText(String(i + 1), x + 6, y + 16);
  });
  return new Uint8Array(await canvas.encode('png'));
}
