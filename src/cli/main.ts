// The CLI: argv -> command options, results -> messages and exit codes.
// The one place that prints and the one top-level catch.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { UserError, formatDiagnostic } from '../errors.js';
import { packageRoot } from '../util/package-root.js';
import { printBuildReport, printDiff, printPreviewWarnings, printValidateReport, progressReporter } from './report.js';
import { runWatch } from './watch.js';
import { examplesText, helpWidth, invokedAs } from './shell.js';
import { closest } from '../validate/paths.js';
import { RENDERERS } from '../render/renderers.js';

export const EXIT = { ok: 0, internal: 1, input: 2 } as const;

const LANG_OPTION = {
  choices: ['zh', 'en'] as const,
  default: 'zh' as const,
  describe: 'deck language: en uses the data\'s English texts ({ zh, en }) and writes <name>.en.pptx',
};
const REQUIRE_OPTION = { type: 'boolean', default: false, describe: 'with --lang en: a text without English is an error, not a warning' } as const;
const STRICT_OPTION = { type: 'boolean', default: false, describe: 'a quote that no longer holds its figure (a value edited, the quote not) is an error, not a warning' } as const;

export async function main(argv: string[], io: { out: (s: string) => void; err: (s: string) => void }): Promise<number> {
  const root = packageRoot();
  const templatesDir = join(root, 'templates');
  let code: number = EXIT.ok;
  const parser = yargs(argv)
    .scriptName('briefing')
    .usage('$0 <command> [options]\n\nRenders branded PowerPoint briefings with charts from YAML data.')
    .command(
      'build [files..]',
      'Build a .pptx deck from each data file',
      (y) =>
        y
          .positional('files', { type: 'string', array: true, describe: 'data files or folders (default: every .yaml in data/)' })
          .option('template', { alias: 't', type: 'string', default: 'default', describe: 'template name under templates/, or a template folder' })
          .option('out', { alias: 'o', type: 'string', default: 'out', describe: 'output folder' })
          .option('watch', { alias: 'w', type: 'boolean', default: false, describe: 'rebuild when a data file, its metrics workbook or CSV, or the template changes' })
          .option('cache', { type: 'boolean', default: true, describe: 'reuse charts drawn before (out/.cache); --no-cache draws all' })
          .option('jobs', { alias: 'j', type: 'number', describe: 'decks built at once (default: the number of cores)' })
          .option('charts', { choices: ['picture', 'native'] as const, default: 'picture' as const, describe: 'charts as pictures, or as native PowerPoint charts staff can edit' })
          .option('renderer', { choices: RENDERERS, default: 'napi-canvas' as const, describe: 'what draws chart pictures: @napi-rs/canvas, or chartjs-node-canvas (optional; needs node-canvas and Cairo)' })
          .option('lang', LANG_OPTION)
          .option('require-translation', REQUIRE_OPTION)
          .option('strict', STRICT_OPTION)
          .epilog(
            examplesText([
              ['$0 build', 'every data file in data/ into out/<name>.pptx'],
              ['$0 build data/zhejiang-2023.yaml --lang en', 'the English deck, out/zhejiang-2023.en.pptx'],
              ['$0 build data/zhejiang-2023.yaml --watch', 'rebuild on every save, naming the slides that changed'],
              ['$0 build data/2024.yaml --watch', 'with metrics: { file: 2024-metrics.xlsx }, also on every save in Excel'],
              ['$0 build data/zhejiang-2023.yaml --charts native', 'charts staff can edit in PowerPoint'],
              ['$0 build data/zhejiang-2023.yaml -t plain', 'one deck, plain template'],
              ['$0 build data/ --out decks/', 'a folder of data files into decks/'],
            ]),
          ),
      async (a) => {
        const common = {
          files: a.files ?? [],
          template: a.template,
          templatesDir,
          outDir: a.out,
          dataDir: 'data',
          cache: a.cache,
          charts: a.charts,
          renderer: a.renderer,
          lang: a.lang,
          requireTranslation: a.requireTranslation,
          strict: a.strict,
          sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
        };
        if (a.watch) {
          code = await runWatch(common, io);
          return;
        }
        if (a.jobs !== undefined && (!Number.isInteger(a.jobs) || a.jobs < 1)) throw new UsageError('--jobs takes a whole number of 1 or more');
        const { build } = await import('../commands/build.js');
        const progress = await progressReporter(io);
        const report = await build({ ...common, jobs: a.jobs, onProgress: progress.update });
        progress.stop();
        code = printBuildReport(report, io);
      },
    )
    .command(
      'validate [files..]',
      'Check data files and report every problem, without building',
      (y) =>
        y
          .positional('files', { type: 'string', array: true, describe: 'data files or folders (default: every .yaml in data/)' })
          .option('lang', { ...LANG_OPTION, describe: 'with en: also list every text that has no English' })
          .option('require-translation', REQUIRE_OPTION)
          .option('strict', STRICT_OPTION)
          .epilog(
            examplesText([
              ['$0 validate', 'check every data file in data/'],
              ['$0 validate data/zhejiang-2023.yaml --lang en', 'also list the texts without English'],
              ['$0 validate data/zhejiang-2023.yaml', 'check one file'],
            ]),
          ),
      async (a) => {
        const { validate } = await import('../commands/validate.js');
        code = printValidateReport(await validate(a.files ?? [], 'data', { lang: a.lang, requireTranslation: a.requireTranslation, strict: a.strict }), io);
      },
    )
    .command(
      'diff <old> <new>',
      'Show, slide by slide, the figures and texts that differ between two data files',
      (y) =>
        y
          .positional('old', { type: 'string', demandOption: true, describe: 'the data file as it was (the earlier version)' })
          .positional('new', { type: 'string', demandOption: true, describe: 'the data file as it is now' })
          .option('template', { alias: 't', type: 'string', default: 'default', describe: 'template name or folder' })
          .option('lang', { ...LANG_OPTION, describe: 'compare the decks in this language' })
          .epilog(examplesText([['$0 diff data/zhejiang-2023.yaml data/zhejiang-2023-v2.yaml', 'what a reviewer checks before the meeting']])),
      async (a) => {
        const { diff } = await import('../commands/diff.js');
        code = printDiff(await diff(a.old, a.new, a.template, templatesDir, a.lang), io);
      },
    )
    .command(
      'preview <file>',
      'Build the deck and render it with LibreOffice: a PNG per slide and a contact sheet (--pdf: the PDF too)',
      (y) =>
        y
          .positional('file', { type: 'string', demandOption: true, describe: 'the data file to build and render' })
          .option('template', { alias: 't', type: 'string', default: 'default', describe: 'template name or folder' })
          .option('out', { alias: 'o', type: 'string', default: 'out', describe: 'output folder' })
          .option('pdf', { type: 'boolean', default: false, describe: 'also write <out>/<name>.pdf' })
          .option('charts', { choices: ['picture', 'native'] as const, default: 'picture' as const, describe: 'charts as pictures, or native PowerPoint charts' })
          .option('renderer', { choices: RENDERERS, default: 'napi-canvas' as const, describe: 'what draws chart pictures (node-canvas: optional)' })
          .option('cache', { type: 'boolean', default: true, describe: 'reuse charts drawn before' })
          .option('lang', LANG_OPTION)
          .option('require-translation', REQUIRE_OPTION)
          .option('strict', STRICT_OPTION)
          .epilog(
            examplesText([
              ['$0 preview data/zhejiang-2023.yaml --lang en', 'out/zhejiang-2023.en-preview/*.png'],
              ['$0 preview data/zhejiang-2023.yaml --pdf', 'out/zhejiang-2023-preview/*.png, contact sheet and PDF'],
            ]),
          ),
      async (a) => {
        const { preview } = await import('../commands/preview.js');
        const p = await preview({ file: a.file, template: a.template, templatesDir, outDir: a.out, pdf: a.pdf, cache: a.cache, charts: a.charts, renderer: a.renderer, lang: a.lang, requireTranslation: a.requireTranslation, strict: a.strict, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH });
        printPreviewWarnings(a.file, p, io);
        io.out(`${a.file} -> ${p.deck}: ${p.slides.length} slide pictures in ${dirname(p.sheet)}, contact sheet ${p.sheet}${p.pdf ? `, ${p.pdf}` : ''}`);
      },
    )
    .command(
      'serve [file]',
      'Build the deck on every save, as --watch does, and show it live on a local web page',
      (y) =>
        y
          .positional('file', { type: 'string', describe: 'the data file (default: the one data file in data/)' })
          .option('port', { alias: 'p', type: 'number', default: 4173, describe: 'port on 127.0.0.1 (0: any free port)' })
          .option('template', { alias: 't', type: 'string', default: 'default', describe: 'template name or folder' })
          .option('out', { alias: 'o', type: 'string', default: 'out', describe: 'output folder (the .pptx is written there on every save)' })
          .option('cache', { type: 'boolean', default: true, describe: 'reuse charts drawn before' })
          .option('charts', { choices: ['picture', 'native'] as const, default: 'picture' as const, describe: 'charts as pictures, or native PowerPoint charts (the page then shows their boxes)' })
          .option('lang', LANG_OPTION)
          .option('require-translation', REQUIRE_OPTION)
          .option('strict', STRICT_OPTION)
          .epilog(
            examplesText([
              ['$0 serve data/zhejiang-2023.yaml', 'open http://127.0.0.1:4173/ and edit the data file: every save shows at once'],
              ['$0 serve data/zhejiang-2023.yaml --port 0 --lang en', 'the English deck, on any free port'],
            ]),
          ),
      async (a) => {
        if (!Number.isInteger(a.port) || a.port < 0 || a.port > 65535) throw new UsageError('--port takes a whole number from 0 to 65535');
        const { runServe } = await import('./serve.js');
        code = await runServe(
          { file: a.file, port: a.port, template: a.template, templatesDir, outDir: a.out, dataDir: 'data', cache: a.cache, charts: a.charts, lang: a.lang, requireTranslation: a.requireTranslation, strict: a.strict, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH },
          root,
          io,
        );
      },
    )
    .command(
      'init <file>',
      'Write a new data file with every section, explained, holding placeholders that validate',
      (y) =>
        y
          .positional('file', { type: 'string', demandOption: true, describe: 'the data file to write (.yaml)' })
          .option('xlsx', { type: 'boolean', default: false, describe: 'keep the metrics in a workbook <name>-metrics.xlsx beside it' })
          .option('force', { type: 'boolean', default: false, describe: 'overwrite files that exist' })
          .epilog(
            examplesText([
              ['$0 init data/2024.yaml', 'a data file to fill in'],
              ['$0 init data/2024.yaml --xlsx', 'and data/2024-metrics.xlsx, the metrics to edit in Excel'],
            ]),
          ),
      async (a) => {
        const { init } = await import('../commands/init.js');
        const written = await init({ file: a.file, xlsx: a.xlsx, force: a.force, schemaFile: join(root, 'schema', 'briefing.schema.json') });
        io.out(`wrote ${written.join(' and ')}: replace the placeholders (示例…请替换), then run: ${invokedAs()} validate ${a.file}`);
      },
    )
    .command(
      'template import <file>',
      "Write templates/NAME/ from an organisation's .potx or .pptx: template.yaml (colours, faces, size, areas, logo) and the file beside it",
      (y) =>
        y
          .positional('file', { type: 'string', demandOption: true, describe: 'the .potx or .pptx' })
          .option('name', { type: 'string', describe: 'the template name (default: from the file name)' })
          .epilog(examplesText([['$0 template import org.potx --name org', 'then: $0 build -t org']])),
      async (a) => {
        const { importTemplate } = await import('../commands/template-import.js');
        const done = await importTemplate(a.file, templatesDir, a.name);
        for (const w of done.warnings) io.err(formatDiagnostic(w));
        io.out(`wrote ${done.dir}: adjust its template.yaml, then build with -t ${basename(done.dir)}`);
      },
    )
    .command(
      'schema',
      'Print the JSON Schema of data files (as schema/briefing.schema.json), for editors and other tools',
      (y) => y.epilog(examplesText([['$0 schema > briefing.schema.json', 'a copy for an editor']])),
      async () => {
        const { briefingJsonSchemaText } = await import('../schema/json-schema.js');
        io.out(briefingJsonSchemaText().trimEnd());
      },
    )
    .demandCommand(1, 'Name a command: build, validate, diff, preview, serve, init, template import or schema.')
    .strict()
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version('version', 'Show the version number', version(root))
    .epilog(
      `${examplesText([
        ['$0 build', 'every data file in data/ into out/<name>.pptx'],
        ['$0 build data/zhejiang-2023.yaml -t plain', 'one deck, plain template'],
        ['$0 validate data/zhejiang-2023.yaml', 'check a file without building'],
        ['$0 serve data/zhejiang-2023.yaml', 'the deck live in a browser while you edit the data'],
        ['$0 init data/2024.yaml --xlsx', 'start a new deck, its metrics in a workbook'],
      ])}\n\nExit codes: 0 ok, 1 unexpected failure, 2 bad input or usage.`,
    )
    .fail((msg, err, y) => {
      if (err) throw err;
      throw new UsageError(withSuggestion(msg, y));
    })
    .wrap(helpWidth());
  try {
    await parser.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`briefing: ${e.message}\nRun "${invokedAs()} --help" for usage.`);
      return EXIT.input;
    }
    if (e instanceof UserError) {
      for (const d of e.diagnostics) io.err(formatDiagnostic(d));
      return EXIT.input;
    }
    io.err(`briefing: internal error: ${(e as Error)?.stack ?? String(e)}`);
    io.err('This is a bug in briefing, not in your data. Please report it with the command you ran.');
    return EXIT.internal;
  }
}

export class UsageError extends Error {}

const version = (root: string): string => (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

/** "Unknown argument: tempalte" -> "... (did you mean --template?)", from the options the command describes. */
function withSuggestion(msg: string, usage: unknown): string {
  const u = usage as { getDescriptions?(): Record<string, unknown> } | undefined;
  const unknown = /^Unknown arguments?: (.+)$/.exec(msg);
  if (!unknown || !u?.getDescriptions) return msg;
  const known = Object.keys(u.getDescriptions()).filter((k) => k.length > 1);
  // yargs also lists the camelCase copy of a dashed name (requrie-translation, requrieTranslation).
  const all = unknown[1]!.split(', ');
  const words = all.filter((w) => !(/[A-Z]/.test(w) && all.includes(w.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))));
  msg = `Unknown argument${words.length > 1 ? 's' : ''}: ${words.join(', ')}`;
  const hints = words.flatMap((word) => {
    const near = closest(word, known);
    return near ? [words.length > 1 ? `--${near} for ${word}` : `--${near}`] : [];
  });
  return hints.length ? `${msg} (did you mean ${hints.join(', ')}?)` : msg;
}

export { hideBin };
