// One data file to one deck: the pipeline, then the write. Used by build,
// its worker threads and watch.
import { basename, extname, join } from 'node:path';
import { UserError } from '../errors.js';
import { checkFile, type Checked } from '../check.js';
import type { Diagnostic } from '../errors.js';
import type { Overflow, PlacedDeck } from '../layout/placed.js';
import type { Deck } from '../model/deck.js';
import type { BriefingData } from '../schema/data.js';
import { modelAndLayout, packageDate, renderDeck, type Laid } from '../pipeline.js';
import { locateText, Unfit } from '../layout/unfit.js';
import { formatPath } from '../validate/paths.js';
import { templateFooter, type LoadedTemplate } from '../template/load.js';
import type { Lang } from '../model/words.js';
import type { ChartCache } from '../write/chart-cache.js';
import { writeIfChanged } from '../write/atomic.js';
import type { ChartMode } from '../render/pptx.js';
import type { ChartRenderer, RendererName } from '../render/renderers.js';

export interface BuildSettings {
  template: LoadedTemplate;
  outDir: string;
  cache?: ChartCache;
  sourceDateEpoch?: string;
  charts?: ChartMode;
  renderer?: RendererName;
  /** Draws the charts (the chart thread); else the renderer is loaded in this thread. */
  drawer?: ChartRenderer;
  /** The deck language (default zh). */
  lang?: Lang;
  /** A text without the language's version fails the build instead of warning. */
  requireTranslation?: boolean;
  /** A quote that no longer holds its figure is an error, not a warning. */
  strict?: boolean;
  /** Called once the deck is laid out and its charts drawn, before it is written. */
  onLaidOut?: (e: BuiltDeck) => void;
}

export interface Built {
  file: string;
  out: string;
  /** "unchanged": the deck came out byte for byte as the file already there. */
  status: 'written' | 'unchanged';
  slides: number;
  charts: number;
  drawn: number;
  bytes: number;
  ms: number;
  warnings: Diagnostic[];
  overflows: Overflow[];
  /** Slides whose text continues on follow-up slides. */
  continued: { slide: number; title: string; extra: number }[];
}

/** The deck's name: <stem>.pptx, or <stem>.<lang>.pptx for any language but Chinese, so that both decks can sit side by side. */
export const deckStem = (file: string, lang: Lang = 'zh') => `${basename(file, extname(file))}${lang === 'zh' ? '' : `.${lang}`}`;
export const outputPath = (file: string, outDir: string, lang: Lang = 'zh') => join(outDir, `${deckStem(file, lang)}.pptx`);

/** Throws UserError for bad input; the previous deck is then untouched. */
/** What a build also hands to a caller in the same thread (serve's page): the model, the placed layout, the chart pictures. */
export interface BuiltDeck {
  deck: Deck;
  placed: PlacedDeck;
  pictures: Map<string, Uint8Array>;
  /** The build's warnings (a quote that no longer holds its figure, a text without English ...). */
  warnings: Diagnostic[];
}

export async function buildOne(file: string, s: BuildSettings): Promise<Built & BuiltDeck> {
  const started = performance.now();
  const lang = s.lang ?? 'zh';
  const checked = await checkFile(file, { lang, requireTranslation: s.requireTranslation, strict: s.strict });
  const data = checked.data;
  const warnings = [...checked.warnings, ...footerWarnings(s.template, data, lang, s.requireTranslation), ...(s.template.warnings ?? [])];
  const laid = layOut(checked, s.template, lang, file);
  const onCharts = s.onLaidOut ? (pictures: Map<string, Uint8Array>) => s.onLaidOut!({ deck: laid.deck, placed: laid.placed, pictures, warnings }) : undefined;
  const rendered = await renderDeck(laid, s.template, packageDate(data, s.sourceDateEpoch), { cache: s.cache, charts: s.charts, renderer: s.renderer, drawer: s.drawer, onCharts });
  const out = outputPath(file, s.outDir, lang);
  const status = await writeIfChanged(out, rendered.bytes);
  return {
    file,
    out,
    status,
    slides: laid.placed.slides.length,
    charts: laid.placed.slides.reduce((n, p) => n + p.elements.filter((e) => e.kind === 'chart').length, 0),
    drawn: rendered.drawn,
    bytes: rendered.bytes.length,
    ms: performance.now() - started,
    warnings,
    overflows: laid.overflows,
    continued: laid.continued,
    deck: laid.deck,
    placed: laid.placed,
    pictures: rendered.charts,
  };
}

/** Model and layout; a text that fits no slide is the user's to shorten: one line naming its field and the length that fits. */
function layOut(checked: Checked, template: LoadedTemplate, lang: Lang, file: string): Laid {
  try {
    return modelAndLayout(checked.data, template, lang);
  } catch (e) {
    if (!(e instanceof Unfit)) throw e;
    throw new UserError(unfitDiagnostic(e, checked, file));
  }
}

export function unfitDiagnostic(e: Unfit, checked: Pick<Checked, 'data' | 'where'>, file: string): Diagnostic {
  const at = locateText(checked.data, e);
  const slide = `slide ${e.slide} (${e.title})`;
  if (e.chart !== undefined) {
    return {
      ...(at ? checked.where(at.path) : { file }),
      path: at ? formatPath(at.path) : undefined,
      message: `the chart "${e.chart}" on ${slide} cannot be drawn readably even on a slide of its own: its categories need more room than the slide has`,
      hint: 'shorten its category names, show fewer categories, or split it into two charts',
      severity: 'error',
    };
  }
  if (!at) return { file, message: `${slide}: the text "${e.element}" does not fit even on a slide of its own (${[...e.text].length} characters; ${e.fits} fit)`, hint: 'shorten it', severity: 'error' };
  return {
    ...checked.where(at.path),
    path: formatPath(at.path),
    message: `${at.length} characters do not fit on ${slide}, even continued on a slide of their own, at the smallest size; ${at.fits} would fit`,
    hint: `shorten it to ${at.fits} characters or fewer`,
    severity: 'error',
  };
}

/**
 * A template's footer names a report: its words belong to the data (meta.footer).
 * Still used when the data has none, with a warning; listed like the data's
 * texts when it lacks the deck's language.
 */
export function footerWarnings(template: LoadedTemplate, data: Pick<BriefingData, 'meta'>, lang: Lang, strict = false): Diagnostic[] {
  if (template.spec.footer === undefined) return [];
  const file = join(template.dir, 'template.yaml');
  if (data.meta.footer !== undefined) {
    return [{ file, path: 'footer', message: "ignored: the data file's meta.footer is the footer", hint: 'delete footer from the template: a template names no report', severity: 'warning' }];
  }
  const moved: Diagnostic = { file, path: 'footer', message: "the footer's words belong to the data file", hint: 'move them to meta.footer of the data file ({ zh, en } for English decks) and delete footer here', severity: 'warning' };
  if (templateFooter(template, lang) !== undefined) return [moved];
  const d: Diagnostic = { file, path: 'footer', message: strict ? 'no English text' : 'no English text; the Chinese is used', severity: strict ? 'error' : 'warning' };
  if (strict) throw new UserError(d);
  return [moved, d];
}
