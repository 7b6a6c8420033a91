import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { buildDeck } from '../../src/model/build-deck.js';
import { changedSlides, diffDecks } from '../../src/model/compare.js';
import type { Deck } from '../../src/model/deck.js';
import type { BriefingData } from '../../src/schema/data.js';
import { DATA_FILE } from '../helpers/paths.js';

let data: BriefingData;
let deck: Deck;
const footer = { footer: 'x' };
beforeAll(async () => {
  data = (await checkFile(DATA_FILE)).data;
  deck = buildDeck(data, footer);
});

const edited = (edit: (d: BriefingData) => void): Deck => {
  const copy = structuredClone(data);
  edit(copy);
  return buildDeck(copy, footer);
};

describe('changedSlides', () => {
  it('finds nothing between a deck and itself', () => {
    expect(changedSlides(deck, buildDeck(data, footer))).toEqual([]);
  });

  it('names every slide showing a changed figure: 321.70 is on the headline slide only', () => {
    const after = edited((d) => (d.metrics.find((m) => m.id === 'purchase_amount_2021')!.value = 321.8));
    expect(changedSlides(deck, after)).toEqual([{ number: 3, title: deck.slides[2]!.title, change: 'changed' }]);
  });

  it('reports slides added at the end when a section is added, and the agenda and divider that list it', () => {
    const after = edited((d) => d.parts[0]!.sections.push({ ...d.parts[0]!.sections[3]!, id: 'extra', title: '新增举措' }));
    const changes = changedSlides(deck, after);
    expect(changes.map((c) => c.change)).toContain('added');
    expect(changes.map((c) => c.number)).toContain(2);
    expect(changes.find((c) => c.number === 9)?.title).toContain('新增举措');
  });
});

describe('diffDecks', () => {
  it('lists, for the slide, the old and the new text of a changed figure', () => {
    const after = edited((d) => (d.metrics.find((m) => m.id === 'chunan_spending_2019')!.value = 398));
    const diffs = diffDecks(deck, after);
    expect(diffs.map((d) => d.number)).toEqual([14]);
    expect(diffs[0]!.removed.join('\n')).toContain('399万元');
    expect(diffs[0]!.added.join('\n')).toContain('398万元');
    expect(diffs[0]!.added.join('\n')).not.toContain('399万元');
  });
});
