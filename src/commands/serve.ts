// briefing serve: watch mode with a live page. The deck is built as watch
// builds it (and written to out/ as ever); every good build is also drawn
// on a local page from the same placed layout, every bad edit shown on it.
import { readFile } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { UserError, formatDiagnostic, userError, type Diagnostic } from '../errors.js';
import { pageModel, type PageDeck } from '../serve/page-model.js';
import { startPageServer, type PageSources } from '../serve/server.js';
import { deckStem, outputPath } from './build-one.js';
import { resolveInputs } from './inputs.js';
import { watch, type WatchOptions } from './watch.js';

export interface ServeOptions extends Omit<WatchOptions, 'files' | 'onBuilt' | 'onFailed'> {
  /** The data file; without it, the one data file in dataDir. */
  file?: string;
  /** 0: any free port. */
  port: number;
  /** The folder holding the page's own files (index.html, page.js, page.css). */
  pageDir: string;
  /** Called once the server listens, with its address. */
  onListening?: (url: string) => void;
}

/** A problem as the page lists it: the line `validate` prints, and its parts. */
export interface PageProblem extends Diagnostic {
  text: string;
}

/** What every page is sent, on connecting and after every build. */
export interface LiveState {
  /** Counts builds and failures: a page ignores a state it has shown. */
  version: number;
  /** The last good deck, kept while an edit is bad; null before the first good build. */
  deck: PageDeck | null;
  /** The slides (numbers) the last good build changed; empty after the first. */
  changed: number[];
  /** The problems of the last edit; empty once it builds. */
  problems: PageProblem[];
  /** The warnings of the last good build (the deck is built, but something deserves a look). */
  warnings: PageProblem[];
  /**
   * input: the edit cannot be built, the page shows the last good deck;
   * output: the page shows this save, but the .pptx could not be written (open in PowerPoint on Windows).
   */
  problemsOf: 'input' | 'output';
  /** When the state last changed (ISO time). */
  at: string;
}

const PAGE_TYPES: Record<string, string> = { 'index.html': 'text/html; charset=utf-8', 'page.js': 'text/javascript; charset=utf-8', 'page.css': 'text/css; charset=utf-8' };

export async function serve(o: ServeOptions): Promise<void> {
  const file = await oneFile(o.file, o.dataDir);
  const lang = o.lang ?? 'zh';
  const pptxName = `${deckStem(file, lang)}.pptx`;
  const pptxPath = resolve(outputPath(file, o.outDir, lang));
  const page = await readPageFiles(o.pageDir);

  let state: LiveState = { version: 0, deck: null, changed: [], problems: [], warnings: [], problemsOf: 'input', at: new Date().toISOString() };
  const outDir = resolve(o.outDir);
  const inOutput = (f: string) => resolve(f) === outDir || resolve(f).startsWith(outDir + sep);
  // This build's pictures and the last one's: a page still showing the last build may yet ask for them.
  let pictures = new Map<string, Uint8Array>();
  let previous = new Map<string, Uint8Array>();
  let fontPath: string | undefined;
  const sources: PageSources = {
    page,
    state: () => state,
    picture: (name) => pictures.get(name) ?? previous.get(name),
    font: (name) => (fontPath && name === basename(fontPath) ? fontPath : undefined),
    pptx: (name) => (name === pptxName && state.deck ? pptxPath : undefined),
  };

  const server = await startPageServer(sources, o.port).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'EADDRINUSE') throw userError(file, `port ${o.port} is in use`, { hint: 'name another with --port, or --port 0 for any free one' });
    if (e.code === 'EACCES') throw userError(file, `port ${o.port} may not be used by this user`, { hint: 'name a port above 1023, or --port 0 for any free one' });
    throw e;
  });
  try {
    o.onListening?.(server.url);
    await watch({
      ...o,
      files: [file],
      // The page is updated as soon as the deck is laid out and its charts drawn; the .pptx is written after.
      onLaidOut: ({ laid, template }) => {
        const made = pageModel(laid.placed, template, laid.pictures, { title: laid.deck.title, pptxName, lang: laid.deck.lang });
        const before = new Map(state.deck?.slides.map((s) => [s.number, s.key]));
        const changed = state.deck ? made.deck.slides.filter((s) => before.get(s.number) !== s.key).map((s) => s.number) : [];
        previous = pictures;
        pictures = made.pictures;
        fontPath = template.fontPath;
        const warnings = laid.warnings.map((d) => ({ ...d, text: formatDiagnostic(d) }));
        state = { version: state.version + 1, deck: made.deck, changed, problems: [], warnings, problemsOf: 'input', at: new Date().toISOString() };
        server.publish();
      },
      onFailed: ({ diagnostics }) => {
        // A deck that could not be written was laid out, and is on the page already: keep its marks.
        const output = state.deck !== null && diagnostics.every((d) => inOutput(d.file));
        const problems = diagnostics.map((d) => ({ ...d, text: formatDiagnostic(d) }));
        state = { ...state, version: state.version + 1, changed: output ? state.changed : [], problems, problemsOf: output ? 'output' : 'input', at: new Date().toISOString() };
        server.publish();
      },
    });
  } finally {
    await server.close();
  }
}

/** The page's own files, read once: they are part of the tool, not of the deck. */
export async function readPageFiles(pageDir: string): Promise<PageSources['page']> {
  return new Map(await Promise.all(Object.entries(PAGE_TYPES).map(async ([name, type]) => [name, { type, body: await readFile(join(pageDir, name)) }] as const)));
}

/** The file named, or the only data file in `dataDir`. */
async function oneFile(file: string | undefined, dataDir: string): Promise<string> {
  if (file !== undefined) {
    const files = await resolveInputs([file], dataDir);
    if (files.length === 1) return files[0]!;
    throw userError(file, `a folder of ${files.length} data files: serve shows one deck`, { hint: `name one of them: ${files.map((f) => basename(f)).join(', ')}` });
  }
  const files = await resolveInputs([], dataDir).catch((e) => {
    if (e instanceof UserError) throw userError(dataDir, 'no data file to serve', { hint: 'name one: briefing serve data/<name>.yaml' });
    throw e;
  });
  if (files.length === 1) return files[0]!;
  throw userError(dataDir, `${files.length} data files here: serve shows one deck`, { hint: `name one: ${files.join(', ')}` });
}
