// briefing diff old.yaml new.yaml: per slide, the figures and texts that
// differ: what a reviewer checks before the meeting.
import { checkFile } from '../check.js';
import { buildDeck } from '../model/build-deck.js';
import { diffDecks, type SlideDiff } from '../model/compare.js';
import type { Lang } from '../model/words.js';
import { loadTemplate } from '../template/load.js';

export async function diff(oldFile: string, newFile: string, templateName: string, templatesDir: string, lang: Lang = 'zh'): Promise<SlideDiff[]> {
  const [before, after, template] = await Promise.all([checkFile(oldFile, { lang }), checkFile(newFile, { lang }), loadTemplate(templateName, templatesDir)]);
  return diffDecks(buildDeck(before.data, template.spec, lang), buildDeck(after.data, template.spec, lang));
}
