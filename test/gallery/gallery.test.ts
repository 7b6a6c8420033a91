// The gallery's decks (npm run gallery): every slide kind at its smallest,
// usual and largest counts and with long texts, on 16:9 and 4:3, and the
// combinations the data format is about to allow. Each lays out holding
// everything and passes the package check, its geometry included, and the
// ECMA-376 schemas.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutDeck } from '../../src/layout/layout-deck.js';
import { measurerFor } from '../../src/layout/measure.js';
import { buildDeck } from '../../src/model/build-deck.js';
import { localize } from '../../src/model/localize.js';
import { modelAndLayout, packageDate, renderDeck, type Laid } from '../../src/pipeline.js';
import { verifyPackage } from '../../src/render/verify.js';
import { BriefingData } from '../../src/schema/data.js';
import { loadTemplate, type LoadedTemplate } from '../../src/template/load.js';
import { forthcoming } from '../../scripts/gallery/forthcoming.js';
import { sampleData } from '../../scripts/gallery/sample-data.js';
import { GALLERY } from '../../scripts/gallery/specs.js';
import { template4x3 } from '../../scripts/gallery/template-4x3.js';
import { placedProblems } from '../helpers/placed-checks.js';
import { expectSchemaValid } from '../helpers/ooxml-schema.js';
import { TEMPLATES_DIR } from '../helpers/paths.js';

const templates: Record<string, LoadedTemplate> = {};
beforeAll(async () => {
  templates['16:9'] = await loadTemplate('default', TEMPLATES_DIR);
  templates['4:3'] = await loadTemplate(await template4x3(TEMPLATES_DIR, await mkdtemp(join(tmpdir(), 'briefing-4x3-'))), TEMPLATES_DIR);
});

const dataOf = (spec: (typeof GALLERY)[number]['spec']) => localize(BriefingData.parse(sampleData(spec)), 'zh').data;

async function holds(laid: Laid, template: LoadedTemplate, date: Date): Promise<void> {
  expect(placedProblems(laid.deck, laid.placed)).toEqual([]);
  const { bytes } = await renderDeck(laid, template, date);
  expect(verifyPackage(unzipSync(bytes))).toEqual([]);
  await expectSchemaValid(bytes);
}

describe('the gallery', () => {
  it.each(GALLERY.map((g) => [g.name, g] as const))('%s: holds everything and passes the package check', async (_name, g) => {
    const data = dataOf(g.spec);
    const laid = modelAndLayout(data, templates[g.aspect]!);
    await holds(laid, templates[g.aspect]!, packageDate(data));
    // Continued only where a count or a length asks for it.
    if (g.name === 'smallest' || g.name === 'usual') expect(laid.continued).toEqual([]);
  });

  it('forthcoming: key figures beside comparisons and alone, a target tag, milestones without years, recognitions without badges', async () => {
    const t = templates['16:9']!;
    const data = dataOf(GALLERY.find((g) => g.name === 'usual')!.spec);
    const deck = forthcoming(buildDeck(data, t.spec));
    const placed = layoutDeck(deck, t.spec, measurerFor(t.fontPath, t.spec.fonts.family, t.fontHash));
    await holds({ deck, placed, overflows: [], continued: placed.continued }, t, packageDate(data));
    const names = placed.slides.flatMap((s) => s.elements.map((e) => e.name));
    expect(names).toContain('key-1-tag-text');
    // Milestones without years have no year labels; recognitions without badges, no badges.
    const timeline = placed.slides.find((s) => s.source.kind === 'timeline')!;
    expect(timeline.elements.some((e) => e.name.startsWith('year-'))).toBe(false);
    const recognitions = placed.slides.find((s) => s.source.kind === 'recognitions')!;
    expect(recognitions.elements.some((e) => e.name.startsWith('badge-'))).toBe(false);
  });
});
