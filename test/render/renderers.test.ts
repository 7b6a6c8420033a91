// Both chart renderers: the same spec gives pictures of the same size with the
// same brand colours. node-canvas is optional: its tests run where it is
// installed, and in CI (CI=true, .ci/run installs it), where they fail without it.
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { checkFile } from '../../src/check.js';
import { buildOne } from '../../src/commands/build-one.js';
import { modelAndLayout } from '../../src/pipeline.js';
import { loadRenderer, NODE_CANVAS_INSTALL } from '../../src/render/renderers.js';
import { loadTemplate, type LoadedTemplate } from '../../src/template/load.js';
import { inToPt } from '../../src/util/units.js';
import { DATA_FILE, TEMPLATES_DIR } from '../helpers/paths.js';
import { decodePng, paintedPixels, pixelsOfColour, pngSize } from '../helpers/png.js';
import { inCI } from '../helpers/ci.js';

const installed = (name: string) => {
  try {
    createRequire(import.meta.url).resolve(name);
    return true;
  } catch {
    return false;
  }
};
const nodeCanvas = installed('canvas') && installed('chartjs-node-canvas');

describe('loadRenderer', () => {
  it('says how to install node-canvas when it is missing, as a user error', async () => {
    const e = await loadRenderer('node-canvas', ['briefing-no-such-canvas', 'chartjs-node-canvas']).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UserError);
    const d = (e as UserError).diagnostics[0]!;
    expect(d.file).toBe('--renderer node-canvas');
    expect(d.message).toMatch(/not installed or does not load: .*briefing-no-such-canvas/);
    expect(d.hint).toBe(NODE_CANVAS_INSTALL);
    expect(d.hint).toMatch(/libcairo2-dev.*npm install --no-save -D canvas@3 chartjs-node-canvas@5/);
  });

});

describe.runIf(nodeCanvas || inCI)('the node-canvas renderer', () => {
  it('is installed (canvas and chartjs-node-canvas)', () => {
    expect(nodeCanvas, 'npm install --no-save -D canvas@3 chartjs-node-canvas@5 (.ci/run does)').toBe(true);
  });

  let template: LoadedTemplate;
  let charts: { spec: Parameters<Awaited<ReturnType<typeof loadRenderer>>['draw']>[0]; w: number; h: number }[];
  beforeAll(async () => {
    template = await loadTemplate('default', TEMPLATES_DIR);
    const laid = modelAndLayout((await checkFile(DATA_FILE)).data, template);
    charts = laid.placed.slides.flatMap((s) => s.elements.flatMap((e) => (e.kind === 'chart' ? [{ spec: e.chart, w: inToPt(e.box.w), h: inToPt(e.box.h) }] : [])));
  });

  it('draws every chart of the reference deck at the size and in the colours the default renderer does', async () => {
    const style = { family: template.spec.fonts.family, fontPath: template.fontPath, colors: template.spec.colors };
    const [napi, cairo] = await Promise.all([loadRenderer('napi-canvas'), loadRenderer('node-canvas')]);
    expect(cairo.name).toBe('node-canvas');
    expect(charts.length).toBe(7);
    for (const c of charts) {
      const [a, b] = await Promise.all([napi.draw(c.spec, c.w, c.h, style), cairo.draw(c.spec, c.w, c.h, style)]);
      expect(pngSize(b), c.spec.id).toEqual(pngSize(a));
      const [pa, pb] = await Promise.all([decodePng(a), decodePng(b)]);
      // Same bars and rings: the painted area and the brand blue agree within a few per cent.
      expect(paintedPixels(pb) / paintedPixels(pa), c.spec.id).toBeGreaterThan(0.9);
      expect(paintedPixels(pb) / paintedPixels(pa), c.spec.id).toBeLessThan(1.1);
      const blue = template.spec.colors.chart[0]!;
      expect(pixelsOfColour(pb, blue) / pixelsOfColour(pa, blue), c.spec.id).toBeGreaterThan(0.9);
      expect(pixelsOfColour(pb, blue) / pixelsOfColour(pa, blue), c.spec.id).toBeLessThan(1.1);
    }
  });

  it('builds the reference deck, which passes the package check', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'briefing-node-canvas-'));
    const built = await buildOne(DATA_FILE, { template, outDir, renderer: 'node-canvas' });
    expect([built.status, built.slides, built.drawn]).toEqual(['written', 17, 7]);
  });
});
