import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { WORDS } from '../../src/model/words.js';
import { unbroken } from '../../src/layout/fit.js';

const CONTINUED = WORDS.zh.continued;
import { modelAndLayout } from '../../src/pipeline.js';
import type { BriefingData } from '../../src/schema/data.js';
import { loadTemplate, type LoadedTemplate } from '../../src/template/load.js';
import { DATA_FILE, TEMPLATES_DIR } from '../helpers/paths.js';

let data: BriefingData;
const templates: Record<string, LoadedTemplate> = {};
beforeAll(async () => {
  data = (await checkFile(DATA_FILE)).data;
  for (const name of ['default', 'plain']) templates[name] = await loadTemplate(name, TEMPLATES_DIR);
});

/** Every summary, point, case, milestone and recognition text `times` as long. */
function longer(times: number): BriefingData {
  const d = structuredClone(data);
  const x = (s: string) => s.repeat(times);
  d.summary = x(d.summary);
  for (const p of d.parts) {
    if (p.intro) p.intro = x(p.intro);
    for (const s of p.sections) {
      s.summary = x(s.summary);
      s.points = s.points.map(x);
    }
  }
  for (const c of d.cases) c.text = x(c.text);
  for (const m of d.milestones) m.text = x(m.text);
  for (const r of d.recognitions) r.text = x(r.text);
  return d;
}

describe.each(['default', 'plain'])('text that fits, measured (%s template)', (name) => {
  it('the threefold-text variant: nothing overflows; an area that no longer holds its points, chart and cases continues with some of them', () => {
    const laid = modelAndLayout(longer(3), templates[name]!);
    expect(laid.overflows).toEqual([]);
    const extra = laid.continued.reduce((n, c) => n + c.extra, 0);
    expect(laid.placed.slides).toHaveLength(17 + extra);
    expect(laid.continued.map((c) => c.title)).toEqual(['（一）简政放权', '（二）民生需求', '（三）市场活力', '（四）财政绩效']);
    for (const s of laid.placed.slides.filter((p) => p.source.title.endsWith(CONTINUED))) {
      // The chart stays on the first page, with the figures; a continuation holds points or cases.
      expect(s.elements.filter((e) => e.kind === 'chart' || e.name.startsWith('figure-'))).toEqual([]);
      expect(s.elements.some((e) => e.name === 'points' || e.name.startsWith('case-'))).toBe(true);
    }
  });

  it('points too long for one slide at 14 pt continue on follow-up slides titled （续）, nothing overflowing', () => {
    const laid = modelAndLayout(longer(10), templates[name]!);
    expect(laid.overflows.filter((o) => o.element === 'points')).toEqual([]);
    expect(laid.continued.length).toBeGreaterThan(0);
    const titles = laid.placed.slides.map((s) => s.source.title);
    const first = laid.continued[0]!;
    expect(titles).toContain(`${first.title}${CONTINUED}`);
    // Continuations follow their slide, and every page is numbered in the new order.
    const at = titles.indexOf(first.title);
    expect(titles[at + 1]).toBe(`${first.title}${CONTINUED}`);
    laid.placed.slides.forEach((s, i) => {
      expect(s.source.number).toBe(i + 1);
      expect(s.source.footer.page).toBe(`${i + 1} / ${laid.placed.slides.length}`);
    });
    // No point is lost: the text of the slide and its continuations is the whole text.
    const section = data.parts[0]!.sections.find((s) => `（一）${s.title}` === first.title) ?? data.parts[0]!.sections[0]!;
    const shown = laid.placed.slides
      .filter((s) => s.source.title.startsWith(first.title))
      .flatMap((s) => s.elements.filter((e) => e.kind === 'text' && e.name === 'points').flatMap((e) => (e.kind === 'text' ? e.paragraphs.map(unbroken) : [])))
      .join('');
    expect(shown).toBe(section.points.map((p) => p.repeat(10)).join(''));
  });
});
