// npm run gallery: decks that show every slide kind at its smallest, usual
// and largest counts and with long texts, on 16:9 and 4:3, into out/gallery/
// (with the data files they are built from, in out/gallery/data/). Look at
// them in LibreOffice: soffice --headless --convert-to pdf out/gallery/*.pptx
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { build } from '../src/commands/build.js';
import { formatDiagnostic } from '../src/errors.js';
import { layoutDeck } from '../src/layout/layout-deck.js';
import { measurerFor } from '../src/layout/measure.js';
import { buildDeck } from '../src/model/build-deck.js';
import { localize } from '../src/model/localize.js';
import { packageDate, renderDeck } from '../src/pipeline.js';
import { BriefingData } from '../src/schema/data.js';
import { loadTemplate } from '../src/template/load.js';
import { forthcoming } from './gallery/forthcoming.js';
import { sampleData } from './gallery/sample-data.js';
import { GALLERY } from './gallery/specs.js';
import { template4x3 } from './gallery/template-4x3.js';

const OUT = resolve('out/gallery');
const TEMPLATES = resolve('templates');

async function main(): Promise<void> {
  await mkdir(join(OUT, 'data'), { recursive: true });
  const narrow = await template4x3(TEMPLATES, join(OUT, 'templates'));
  let failed = 0;
  // `npm run gallery -- largest long`: only those decks.
  const only = process.argv.slice(2);
  for (const deck of GALLERY.filter((g) => only.length === 0 || only.includes(g.name))) {
    const file = join(OUT, 'data', `${deck.name}.yaml`);
    await writeFile(file, `# Gallery deck: ${deck.shows} (scripts/gallery/specs.ts)\n${stringify(sampleData(deck.spec), { lineWidth: 0 })}`);
    const report = await build({ files: [file], template: deck.aspect === '4:3' ? narrow : 'default', templatesDir: TEMPLATES, outDir: OUT, dataDir: OUT, jobs: 1 });
    for (const b of report.built) {
      const continued = b.continued.map((c) => `${c.title} +${c.extra}`).join(', ');
      console.log(`${deck.name}.pptx: ${b.slides} slides, ${b.charts} charts${continued ? `; continued: ${continued}` : ''}  (${deck.shows})`);
    }
    for (const f of report.failed) {
      failed++;
      for (const d of f.error.diagnostics) console.error(formatDiagnostic(d));
    }
  }
  if (only.length && !only.includes('forthcoming')) return;
  // What the data format is about to allow, laid out from the model.
  const template = await loadTemplate('default', TEMPLATES);
  const data = localize(BriefingData.parse(sampleData(GALLERY.find((g) => g.name === 'usual')!.spec)), 'zh').data;
  const deck = forthcoming(buildDeck(data, template.spec));
  const placed = layoutDeck(deck, template.spec, measurerFor(template.fontPath, template.spec.fonts.family, template.fontHash));
  const { bytes } = await renderDeck({ deck, placed, overflows: [], continued: placed.continued }, template, packageDate(data));
  await writeFile(join(OUT, 'forthcoming.pptx'), bytes);
  console.log(`forthcoming.pptx: ${placed.slides.length} slides  (key figures on the headline slide, a target's tag, milestones without years, recognitions without badges, a section without a subtitle)`);
  if (failed) process.exitCode = 1;
}

await main();
