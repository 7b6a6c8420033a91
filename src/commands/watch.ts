// briefing build --watch: rebuild when a data file, the workbook or CSV file
// it takes its metrics from, or the template changes; report which slides
// changed, keep the last good deck when an edit is bad.
import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { otherInputs } from '../check.js';
import { UserError, formatDiagnostic, type Diagnostic } from '../errors.js';
import { changedSlides } from '../model/compare.js';
import type { Deck } from '../model/deck.js';
import { loadTemplate, type LoadedTemplate } from '../template/load.js';
import { diskCache, memoryCache } from '../write/chart-cache.js';
import { buildOne, type BuiltDeck } from './build-one.js';
import { cacheDirOf, type BuildOptions } from './build.js';
import { chartStyle } from '../pipeline.js';
import { startChartThread } from '../render/chart-thread.js';
import { resolveInputs } from './inputs.js';

export interface WatchOptions extends Omit<BuildOptions, 'jobs' | 'onProgress'> {
  signal: AbortSignal;
  /** One line per rebuild (or per problem); `error` lines go to stderr. */
  report: (line: string, error?: boolean) => void;
  /** A burst of saves within this many milliseconds is one build. */
  debounceMs?: number;
  /** Called when the watcher is ready (tests wait for it). */
  onReady?: () => void;
  /** Each deck laid out and its charts drawn, before it is written (serve shows it at once). */
  onLaidOut?: (e: { file: string; laid: BuiltDeck; template: LoadedTemplate }) => void;
  /** Each bad edit: `file` is the data file, or the template folder when the template is bad. */
  onFailed?: (e: { file: string; diagnostics: Diagnostic[] }) => void;
}

export async function watch(o: WatchOptions): Promise<void> {
  // Files are built and named as the user typed them (messages show that path);
  // the watcher's events come with full paths, looked up here.
  const typed = await resolveInputs(o.files, o.dataDir);
  const files = typed.map((f) => resolve(f));
  const asTyped = new Map(files.map((f, i) => [f, typed[i]!]));
  let template: LoadedTemplate = await loadTemplate(o.template, o.templatesDir);
  const cache = memoryCache(o.cache === false ? undefined : diskCache(cacheDirOf(o.outDir)));
  const decks = new Map<string, Deck>();
  const shown = (f: string) => asTyped.get(f) ?? f;
  // Charts are drawn on a second core, by a thread kept warm between saves
  // (it never holds the process open, so an internal error still ends it).
  const drawer = usesChartThread(o) ? startChartThread(chartStyle(template)) : undefined;

  const rebuild = async (file: string) => {
    const started = performance.now();
    try {
      const built = await buildOne(shown(file), { template, outDir: o.outDir, cache, sourceDateEpoch: o.sourceDateEpoch, charts: o.charts, renderer: o.renderer, drawer, lang: o.lang, requireTranslation: o.requireTranslation, strict: o.strict, onLaidOut: o.onLaidOut && ((laid) => o.onLaidOut!({ file: shown(file), laid, template })) });
      const changes = changedSlides(decks.get(file), built.deck);
      const firstBuild = !decks.has(file);
      decks.set(file, built.deck);
      const ms = Math.round(performance.now() - started);
      if (firstBuild) {
        // The first build: the deck and its size; every later one: what changed.
        o.report(`${time()} ${shown(file)} -> ${built.out}: ${plural(built.slides, 'slide')}, ${plural(built.drawn, 'chart')} drawn, ${built.status}, ${ms} ms`);
      } else {
        const what = changes.length === 0 ? 'no change' : changes.map((c) => `${c.change === 'changed' ? '' : `${c.change} `}${c.number} ${c.title}`).join('；');
        o.report(`${time()} ${shown(file)}: ${ms} ms, ${plural(built.drawn, 'chart')} drawn: ${what}`);
      }
      // Every warning on a file's first build; then only their count (the last one), to keep the log short.
      for (const w of firstBuild ? built.warnings : built.warnings.slice(-1)) o.report(formatDiagnostic(w), true);
      for (const ov of built.overflows) o.report(`${shown(file)}: warning: slide ${ov.slide}: text "${ov.element}" does not fit`, true);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      for (const d of e.diagnostics) o.report(formatDiagnostic(d), true);
      o.onFailed?.({ file: shown(file), diagnostics: e.diagnostics });
      o.report(`${time()} ${shown(file)}: not rebuilt; ${decks.has(file) ? 'the last good deck is unchanged' : 'no deck yet'}`, true);
    }
  };

  // Metrics workbooks and CSV files -> the data files that read them. Looked up
  // again after every build (also a failed one: the fix may be in the workbook).
  const dependents = new Map<string, Set<string>>();
  let watcher: { add(path: string): unknown } | undefined;
  const track = async (file: string) => {
    for (const input of (await otherInputs(shown(file))).map((i) => resolve(i))) {
      if (!dependents.has(input)) watcher?.add(input);
      dependents.set(input, (dependents.get(input) ?? new Set()).add(file));
    }
  };
  // The save each data file was last built from. The file watcher can drop a
  // save that follows another closely (seen in tests: a fix saved just after
  // a bad edit): a check every quarter second builds such a save anyway.
  const builtFrom = new Map<string, string>();
  const rebuildAndTrack = async (file: string) => {
    builtFrom.set(file, await fingerprint(file));
    await rebuild(file);
    await track(file);
  };

  for (const f of files) await rebuildAndTrack(f);

  const { watch: chokidar } = await import('chokidar');
  const templateDir = template.dir;
  const chokidarWatcher = chokidar([...files, ...dependents.keys(), templateDir], { ignoreInitial: true });
  watcher = chokidarWatcher;
  const pending = new Set<string>();
  let templateChanged = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const flush = async () => {
    const batch = templateChanged ? files : files.filter((f) => pending.has(f));
    pending.clear();
    if (templateChanged) {
      templateChanged = false;
      try {
        template = await loadTemplate(o.template, o.templatesDir);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        for (const d of e.diagnostics) o.report(formatDiagnostic(d), true);
        o.onFailed?.({ file: templateDir, diagnostics: e.diagnostics });
        o.report(`${time()} template: not rebuilt; the last good decks are unchanged`, true);
        return;
      }
    }
    for (const f of batch) await rebuildAndTrack(f);
  };
  const onEvent = (path: string) => {
    const full = resolve(path);
    if (full === templateDir || full.startsWith(templateDir + sep)) templateChanged = true;
    else if (dependents.has(full)) for (const f of dependents.get(full)!) pending.add(f);
    else pending.add(full);
    clearTimeout(timer);
    // Builds run one after another: a save during a build is built after it.
    timer = setTimeout(() => {
      timer = undefined;
      running = running.then(flush).catch((e) => o.report(`internal error: ${(e as Error).stack}`, true));
    }, o.debounceMs ?? 20);
  };
  let checking = false;
  const missed = setInterval(async () => {
    if (checking || timer) return;
    checking = true;
    for (const f of files) if (builtFrom.has(f) && (await fingerprint(f)) !== builtFrom.get(f) && !pending.has(f)) onEvent(f);
    checking = false;
  }, 250);
  missed.unref();
  chokidarWatcher.on('add', onEvent).on('change', onEvent).on('unlink', onEvent);
  await new Promise<void>((ready) => chokidarWatcher.on('ready', () => ready()));
  o.onReady?.();
  await new Promise<void>((stop) => (o.signal.aborted ? stop() : o.signal.addEventListener('abort', () => stop(), { once: true })));
  clearTimeout(timer);
  clearInterval(missed);
  await chokidarWatcher.close();
  await running;
  await drawer?.close();
}

/** The chart thread draws with the default renderer, and only pictures need drawing. */
const usesChartThread = (o: Pick<BuildOptions, 'charts' | 'renderer'>) => (o.charts ?? 'picture') === 'picture' && (o.renderer ?? 'napi-canvas') === 'napi-canvas';

const time = () => new Date().toTimeString().slice(0, 8);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What tells one save of a file from the next. */
const fingerprint = (file: string) =>
  stat(file).then(
    (s) => `${s.mtimeMs}:${s.size}`,
    () => 'gone',
  );
