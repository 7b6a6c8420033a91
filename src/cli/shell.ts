// What the CLI knows of the shell it runs in: how wide help may be, how the
// user ran the command (to name it in messages as they can run it again), and
// help's examples laid out so that a command is never broken across lines.
import { basename, isAbsolute, relative, sep } from 'node:path';

/**
 * Help's width: $COLUMNS when set, else the terminal's width, else 80 (a pipe,
 * a file, a log). At most 120: longer lines are hard to read.
 */
export function helpWidth(env: NodeJS.ProcessEnv = process.env, stdout: { isTTY?: boolean; columns?: number } = process.stdout): number {
  const columns = Number(env.COLUMNS);
  const width = Number.isInteger(columns) && columns > 0 ? columns : stdout.isTTY && stdout.columns ? stdout.columns : 80;
  return Math.max(40, Math.min(120, width));
}

/**
 * The command as the user can type it again: `npm run briefing --` under
 * `npm run briefing`, `node bin/briefing.mjs` when run so, else `briefing`
 * (installed: the bin link on the PATH).
 */
export function invokedAs(env: NodeJS.ProcessEnv = process.env, script = process.argv[1] ?? '', cwd = process.cwd()): string {
  if (env.npm_lifecycle_event === 'briefing') return 'npm run briefing --';
  if (/\.m?js$/.test(script)) {
    const rel = relative(cwd, script);
    const shown = !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : script;
    return `node ${/\s/.test(shown) ? JSON.stringify(shown) : shown}`;
  }
  return basename(script) || 'briefing';
}

/**
 * Examples as help shows them: each command on a line of its own, whole (so
 * it can be copied), its description indented below. yargs's own examples
 * put both side by side and cut a long command in the middle of a word.
 * (cliui keeps a line's leading spaces as its indentation.)
 */
export function examplesText(examples: readonly (readonly [string, string])[]): string {
  return ['Examples:', ...examples.flatMap(([cmd, what]) => [`  ${cmd}`, `      ${what}`])].join('\n');
}
