// Every slide's title is a title placeholder on a layout that has one, in
// decks of our own templates (the organisation templates' decks are checked
// in test/e2e/org-templates.test.ts).
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { modelAndLayout, packageDate, renderDeck } from '../../src/pipeline.js';
import { loadTemplate } from '../../src/template/load.js';
import { DATA_FILE, TEMPLATES_DIR } from '../helpers/paths.js';
import { slideTitles } from '../helpers/titles.js';
import { openPackage } from '../helpers/pptx.js';

describe('title placeholders', () => {
  for (const name of ['default', 'plain']) {
    it(`every slide of a ${name} deck has one, holding the slide's title, on a layout with one`, async () => {
      const template = await loadTemplate(name, TEMPLATES_DIR);
      const data = (await checkFile(DATA_FILE, { lang: 'zh' })).data;
      const laid = modelAndLayout(data, template, 'zh');
      const bytes = (await renderDeck(laid, template, packageDate(data))).bytes;
      const found = slideTitles(bytes);
      expect(found).toHaveLength(laid.placed.slides.length);
      found.forEach((s, i) => {
        const placed = laid.placed.slides[i]!;
        expect(s.titles, s.slide).toHaveLength(1);
        // Soft line breaks of a balanced title are not part of its words.
        const title = placed.elements.find((e) => e.name === 'title');
        expect(title?.kind).toBe('text');
        const words = (t: string) => t.replace(/[\s\u000b]/g, '');
        expect(words(s.titles[0]!)).toBe(words(title?.kind === 'text' ? title.paragraphs.join('') : ''));
        expect(s.layoutTitles, s.layout).toEqual([s.types[0]]);
        expect(s.types[0]).toBe(placed.layout === 'cover' ? 'ctrTitle' : 'title');
      });
      // Pictures and charts keep their alt text.
      const pkg = openPackage(bytes);
      for (const name of pkg.entries.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) {
        for (const pic of pkg.text(name).matchAll(/<p:pic>[\s\S]*?<p:cNvPr [^>]*>/g)) expect(pic[0], name).toMatch(/descr="[^"]+"/);
      }
    });
  }
});
