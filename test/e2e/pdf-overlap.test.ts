// The layout as a real client draws it: the gallery's decks and a sample of
// the property test's decks go through LibreOffice, and on every page of the
// PDF no line of text lies over a line of another text box
// (pdftotext -bbox-layout). Skipped where LibreOffice is not installed; CI
// installs it (.ci/run).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontConfig } from '../../src/commands/preview.js';
import { Unfit } from '../../src/layout/unfit.js';
import { localize } from '../../src/model/localize.js';
import { modelAndLayout, packageDate, renderDeck } from '../../src/pipeline.js';
import { BriefingData } from '../../src/schema/data.js';
import { loadTemplate, type LoadedTemplate } from '../../src/template/load.js';
import { sampleData, type DeckSpec } from '../../scripts/gallery/sample-data.js';
import { GALLERY } from '../../scripts/gallery/specs.js';
import { template4x3 } from '../../scripts/gallery/template-4x3.js';
import { deckSpec } from '../helpers/deck-specs.js';
import { TEMPLATES_DIR } from '../helpers/paths.js';
import { overlaps, pdfLines, type Line } from '../helpers/pdf-text.js';

const has = (cmd: string, arg = '--version') => spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0;
const available = has('soffice') && has('pdftotext', '-v');

describe.skipIf(!available)('decks of any count in LibreOffice', () => {
  let dir: string;
  const decks: { name: string; slides: number }[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefing-overlap-'));
    const templates: Record<string, LoadedTemplate> = {
      '16:9': await loadTemplate('default', TEMPLATES_DIR),
      '4:3': await loadTemplate(await template4x3(TEMPLATES_DIR, dir), TEMPLATES_DIR),
    };
    const write = async (name: string, spec: DeckSpec, aspect: string) => {
      const data = localize(BriefingData.parse(sampleData(spec)), 'zh').data;
      const laid = modelAndLayout(data, templates[aspect]!);
      await writeFile(join(dir, `${name}.pptx`), (await renderDeck(laid, templates[aspect]!, packageDate(data))).bytes);
      decks.push({ name, slides: laid.placed.slides.length });
    };
    for (const g of GALLERY.filter((g) => ['usual', 'largest', 'long', 'largest-4x3'].includes(g.name))) await write(g.name, g.spec, g.aspect);
    // Three decks of the property test that build, the same each run.
    let i = 0;
    for (const spec of fc.sample(deckSpec, { numRuns: 12, seed: 20261127 })) {
      if (i === 3) break;
      try {
        await write(`generated-${i}`, spec, i % 2 ? '4:3' : '16:9');
        i++;
      } catch (e) {
        if (!(e instanceof Unfit)) throw e;
      }
    }
    // One LibreOffice start for all decks, with a profile of its own and the template's font.
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...decks.map((d) => join(dir, `${d.name}.pptx`))], {
      stdio: 'ignore',
      timeout: 480_000,
      env: { ...process.env, FONTCONFIG_FILE: await fontConfig(templates['16:9']!, dir) },
    });
  }, 600_000);

  it('draws no line of text over another text box, on any page', () => {
    expect(decks.length).toBe(7);
    const found: string[] = [];
    for (const d of decks) {
      const pages = pdfLines(join(dir, `${d.name}.pdf`));
      expect(pages, d.name).toHaveLength(d.slides);
      pages.forEach((page, p) => found.push(...overlaps(page).map((o) => `${d.name} page ${p + 1}: ${o}`)));
    }
    expect(found).toEqual([]);
  });

  it('finds text drawn over text (the check can fail)', () => {
    const line = (block: number, y: number): Line => ({ block, text: `${block}`, x0: 10, y0: y, x1: 200, y1: y + 20 });
    expect(overlaps([line(1, 100), line(2, 105)])).toHaveLength(1);
    // Boxes that only touch (ascent of one, descent of the other) pass.
    expect(overlaps([line(1, 100), line(2, 118)])).toEqual([]);
  });
});
