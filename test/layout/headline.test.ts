// The headline slide's arrangements on a low content area (4:3): one
// comparison without a chart and five key figures of long labels (the
// Shandong report) stay on one slide, the comparison in a column at the left.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { localize } from '../../src/model/localize.js';
import { modelAndLayout } from '../../src/pipeline.js';
import { loadTemplate, type LoadedTemplate } from '../../src/template/load.js';
import { template4x3 } from '../../scripts/gallery/template-4x3.js';
import { placedProblems } from '../helpers/placed-checks.js';
import { ROOT, TEMPLATES_DIR } from '../helpers/paths.js';

const templates: Record<string, LoadedTemplate> = {};
beforeAll(async () => {
  templates['16:9'] = await loadTemplate('default', TEMPLATES_DIR);
  templates['4:3'] = await loadTemplate(await template4x3(TEMPLATES_DIR, await mkdtemp(join(tmpdir(), 'briefing-4x3-'))), TEMPLATES_DIR);
});

describe('the headline slide of a report with one comparison and five key figures', () => {
  it.each(['16:9', '4:3'])('keeps them on one slide (%s), nothing overlapping', async (aspect) => {
    const data = localize((await checkFile(join(ROOT, 'data', 'shandong-ppp-2016.yaml'))).data, 'zh').data;
    const laid = modelAndLayout(data, templates[aspect]!);
    expect(placedProblems(laid.deck, laid.placed)).toEqual([]);
    const headline = laid.placed.slides.filter((s) => s.source.kind === 'headline');
    expect(headline).toHaveLength(1);
    const names = headline[0]!.elements.map((e) => e.name);
    expect(names).toContain('card-0');
    expect(names.filter((n) => /^key-\d+-value$/.test(n))).toHaveLength(5);
    const card = headline[0]!.elements.find((e) => e.name === 'card-0')!.box;
    const figures = headline[0]!.elements.filter((e) => /^key-\d+-card$/.test(e.name)).map((e) => e.box);
    if (aspect === '4:3') {
      // Low area: the comparison in a column at the left, every figure to its right.
      for (const f of figures) expect(f.x).toBeGreaterThan(card.x + card.w);
    } else {
      // Wide area: the figures in a band below the comparison.
      for (const f of figures) expect(f.y).toBeGreaterThan(card.y + card.h);
    }
  });
});
