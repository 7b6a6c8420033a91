// The layout over any count and any length: decks generated with every count
// from 0 to its largest (key figures 0-12, charts 0-4, cases 0-8 a section,
// milestones 0-20, recognitions 0-30, readings 0-12, comparisons 1-4) and
// texts of 1 to 500 characters, on 16:9 and 4:3. Each either lays out
// holding everything (test/helpers/placed-checks.ts), or stops naming a field
// of the data and a length; a field shortened to that length then fits.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { locateText, Unfit } from '../../src/layout/unfit.js';
import { localize } from '../../src/model/localize.js';
import { modelAndLayout } from '../../src/pipeline.js';
import { BriefingData } from '../../src/schema/data.js';
import { loadTemplate, type LoadedTemplate } from '../../src/template/load.js';
import { checkRules } from '../../src/validate/rules.js';
import { sampleData, type DeckSpec } from '../../scripts/gallery/sample-data.js';
import { deckSpec } from '../helpers/deck-specs.js';
import { template4x3 } from '../../scripts/gallery/template-4x3.js';
import { placedProblems } from '../helpers/placed-checks.js';
import { TEMPLATES_DIR } from '../helpers/paths.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 120);

const templates: Record<string, LoadedTemplate> = {};
beforeAll(async () => {
  templates['16:9'] = await loadTemplate('default', TEMPLATES_DIR);
  templates['4:3'] = await loadTemplate(await template4x3(TEMPLATES_DIR, await mkdtemp(join(tmpdir(), 'briefing-4x3-'))), TEMPLATES_DIR);
});

/** The data of a spec, validated as a build validates it. */
export function specData(spec: DeckSpec) {
  const parsed = BriefingData.safeParse(sampleData(spec));
  // The generator makes valid data only: a failure here is the generator's.
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(checkRules(parsed.data!)).toEqual([]);
  return localize(parsed.data!, 'zh').data;
}

/** Sets the field at `path` of `data` to its first `n` characters. */
function shorten(data: unknown, path: (string | number)[], n: number): void {
  let at = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  at[last] = [...(at[last] as string)].slice(0, n).join('');
}

describe.each(['16:9', '4:3'])('decks of any count and length (%s)', (aspect) => {
  it(`hold everything, or name the field that cannot fit and a length that does (${RUNS} decks)`, { timeout: 600_000 }, () => {
    let held = 0;
    fc.assert(
      fc.property(deckSpec, (spec) => {
        const data = specData(spec);
        try {
          const laid = modelAndLayout(data, templates[aspect]!);
          expect(placedProblems(laid.deck, laid.placed)).toEqual([]);
          held++;
        } catch (e) {
          if (!(e instanceof Unfit)) throw e;
          const at = locateText(data, e);
          expect(at, e.message).toBeDefined();
          // A chart too wide for the slide (too many categories, or too long) is named by its id: no length to give.
          if (at!.path[0] === 'charts') {
            expect(e.message).toContain(`chart ${e.chart}`);
            return;
          }
          expect(at!.fits).toBeLessThan(at!.length);
          // Shortened to the length named, that field fits: the build goes on, or stops at another field.
          const shorter = structuredClone(data);
          shorten(shorter, at!.path, at!.fits);
          try {
            modelAndLayout(shorter, templates[aspect]!);
          } catch (again) {
            if (!(again instanceof Unfit)) throw again;
            expect(locateText(shorter, again)?.path.join('.'), `${at!.path.join('.')} shortened to ${at!.fits}`).not.toBe(at!.path.join('.'));
          }
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.PROPERTY_SEED ?? 20261127) },
    );
    // Most decks are of lengths reports have: the test is of layouts, not of refusals.
    expect(held).toBeGreaterThan(RUNS * 0.4);
  });
});
