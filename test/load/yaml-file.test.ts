import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { loadYamlFile, parseYamlText } from '../../src/load/yaml-file.js';
import { referenceText } from '../helpers/paths.js';
import { lineColOf, replaceOnce } from '../helpers/text.js';

/** The UserError thrown by `fn`; fails the test if it returns or throws anything else. */
function userErrorOf(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError, but nothing was thrown');
}

describe('parseYamlText', () => {
  it('returns the data of valid YAML', () => {
    const loaded = parseYamlText('a.yaml', 'meta:\n  title: 标题\nlist:\n  - 1\n  - 2.50\n');
    expect(loaded.file).toBe('a.yaml');
    expect(loaded.data).toEqual({ meta: { title: '标题' }, list: [1, 2.5] });
  });

  it('locates values and keys by path, 1-based', () => {
    const text = 'meta:\n  title: 标题\nlist:\n  - 1\n  - x: 2\n    y: 3\n';
    const loaded = parseYamlText('a.yaml', text);
    expect(loaded.locate(['meta', 'title'])).toEqual({ line: 2, col: 10 });
    expect(loaded.locate(['list', 1, 'y'])).toEqual({ line: 6, col: 8 });
    expect(loaded.locate(['list', 1], 'y')).toEqual({ line: 6, col: 5 });
    // A path that does not exist falls back to its nearest existing parent.
    expect(loaded.locate(['list', 1, 'nope'])).toEqual({ line: 5, col: 5 });
    expect(loaded.locate(['nope'])).toEqual({ line: 1, col: 1 });
  });

  it('locates fields of the reference file where they are written', () => {
    const text = referenceText();
    const loaded = parseYamlText('ref.yaml', text);
    const value = lineColOf(text, '321.7\n');
    expect(loaded.locate(['metrics', 12, 'value'])).toEqual(value);
    const id = lineColOf(text, 'purchase_amount_2021\n    label');
    expect(loaded.locate(['metrics', 12], 'id')).toEqual({ line: id.line, col: id.col - 'id: '.length });
  });

  it('rejects a duplicate key at the line and column of the second key', () => {
    const text = replaceOnce(referenceText(), '    value: 321.7\n', '    value: 321.7\n    value: 321.7\n');
    const err = userErrorOf(() => parseYamlText('dup.yaml', text));
    const first = lineColOf(text, '    value: 321.7\n');
    const second = lineColOf(text, '    value: 321.7\n', text.indexOf('    value: 321.7\n') + 1);
    expect(second.line).toBe(first.line + 1);
    expect(err.diagnostics).toHaveLength(1);
    expect(err.diagnostics[0]).toMatchObject({ file: 'dup.yaml', line: second.line, col: 5, severity: 'error' });
    // Names the key, so the line need not be read to know which.
    expect(err.diagnostics[0]!.message).toBe('duplicate key "value"');
    expect(err.message.startsWith(`dup.yaml:${second.line}:5: duplicate key "value"`)).toBe(true);
  });

  it('reports a syntax error with the line and column where it is', () => {
    const text = replaceOnce(referenceText(), '  organisation: 浙江省财政厅\n', '  organisation: 浙江省财政厅: 杭州\n');
    const err = userErrorOf(() => parseYamlText('syntax.yaml', text));
    const where = lineColOf(text, '浙江省财政厅: 杭州');
    expect(err.diagnostics.length).toBeGreaterThanOrEqual(1);
    expect(err.diagnostics[0]).toMatchObject({ file: 'syntax.yaml', line: where.line, col: where.col });
    // One line per problem: no code frame, no caret lines.
    for (const d of err.diagnostics) expect(d.message).not.toContain('\n');
  });

  it('reports an unclosed flow sequence on the line of the error, not line 1', () => {
    const text = 'meta:\n  title: ok\nlist: [1, 2\nnext: 3\n';
    const err = userErrorOf(() => parseYamlText('flow.yaml', text));
    expect(err.diagnostics[0]!.line).toBeGreaterThanOrEqual(3);
    expect(err.diagnostics[0]!.line).toBeLessThanOrEqual(4);
  });

  it('bounds alias expansion (billion laughs)', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) {
      const prev = String.fromCharCode(97 + i);
      const name = String.fromCharCode(98 + i);
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const err = userErrorOf(() => parseYamlText('bomb.yaml', lines.join('\n') + '\n'));
    expect(err.diagnostics[0]!.file).toBe('bomb.yaml');
  });
});

describe('loadYamlFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefing-load-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a file and keeps its name for diagnostics', async () => {
    const file = join(dir, 'ok.yaml');
    await writeFile(file, 'a: 1\n');
    const loaded = await loadYamlFile(file);
    expect(loaded).toMatchObject({ file, data: { a: 1 } });
  });

  it('names a missing file', async () => {
    const file = join(dir, 'missing.yaml');
    const err = await loadYamlFile(file).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe(`${file}: no such file`);
  });

  it('says so when given a folder', async () => {
    const err = await loadYamlFile(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain('is a folder');
  });
});
