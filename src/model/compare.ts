// Which slides differ between two decks: for watch's report and for diff.
import type { Block, Deck, Slide } from './deck.js';
import { wordsForTag, type Words } from './words.js';

export interface SlideChange {
  number: number;
  title: string;
  change: 'changed' | 'added' | 'removed';
}

/** A slide's content without what depends on the slide count (its page footer). */
const content = (s: Slide) => JSON.stringify({ ...s, number: 0, footer: { ...s.footer, page: '' } });

export function changedSlides(before: Deck | undefined, after: Deck): SlideChange[] {
  if (!before) return after.slides.map((s) => ({ number: s.number, title: s.title, change: 'added' }));
  const out: SlideChange[] = [];
  const n = Math.max(before.slides.length, after.slides.length);
  for (let i = 0; i < n; i++) {
    const a = before.slides[i];
    const b = after.slides[i];
    if (!a && b) out.push({ number: b.number, title: b.title, change: 'added' });
    else if (a && !b) out.push({ number: a.number, title: a.title, change: 'removed' });
    else if (a && b && content(a) !== content(b)) out.push({ number: b.number, title: b.title, change: 'changed' });
  }
  return out;
}

/** Every text and figure a slide shows, one string each, in reading order. */
export function slideTexts(s: Slide, w: Words = wordsForTag('zh-CN')): string[] {
  return [s.title, ...(s.subtitle ? [s.subtitle] : []), ...s.blocks.flatMap((b) => blockTexts(b, w)), ...(s.footer.note ? [s.footer.note] : [])];
}

function blockTexts(b: Block, w: Words): string[] {
  switch (b.type) {
    case 'bullets':
      return b.items;
    case 'paragraph':
      return [b.text];
    case 'figures':
      return b.items.map((f) => `${f.context ? w.aside(f.label, f.context) : f.label}${w.colon}${f.tag ? `${f.tag}${w.colon}` : ''}${f.value}`);
    case 'comparisons':
      return b.items.flatMap((c) => [
        `${c.label}${w.colon}${c.to.context ?? ''} ${c.to.value}${w.semicolon}${c.from.context ?? ''} ${c.from.value}${c.multiple ? `${w.semicolon}${c.multiple}` : ''}`,
        ...(c.chart ? [`${w.chartLabel}${c.chart.alt}`] : []),
      ]);
    case 'chart':
      return [`${w.chartLabel}${b.chart.alt}`];
    case 'cases':
      return b.items.map((c) => `${c.place}${w.colon}${c.figures.length ? w.aside(c.title, c.figures.join(w.semicolon)) : c.title}`);
    case 'timeline':
      return b.items.map((t) => (t.label ? `${t.label}${w.colon}${t.text}` : t.text));
    case 'list':
      return [...(b.heading ? [b.heading] : []), ...b.items.map((l) => `${[l.badge, l.heading].filter(Boolean).join(' ')}${l.badge || l.heading ? w.colon : ''}${l.text}`)];
    case 'agenda':
      return b.items.map((a) => `${a.number} ${a.title}${w.colon}${a.detail}`);
  }
}

export interface SlideDiff {
  number: number;
  title: string;
  removed: string[];
  added: string[];
}

/** Per slide, the texts only the old deck has and those only the new one has. */
export function diffDecks(before: Deck, after: Deck): SlideDiff[] {
  const out: SlideDiff[] = [];
  const n = Math.max(before.slides.length, after.slides.length);
  for (let i = 0; i < n; i++) {
    const a = before.slides[i] ? slideTexts(before.slides[i]!, wordsForTag(before.lang)) : [];
    const b = after.slides[i] ? slideTexts(after.slides[i]!, wordsForTag(after.lang)) : [];
    const removed = a.filter((t) => !b.includes(t));
    const added = b.filter((t) => !a.includes(t));
    if (removed.length || added.length) {
      const s = (after.slides[i] ?? before.slides[i])!;
      out.push({ number: i + 1, title: s.title, removed, added });
    }
  }
  return out;
}
