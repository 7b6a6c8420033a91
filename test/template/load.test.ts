import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { loadTemplate, templateNames } from '../../src/template/load.js';
import { TEMPLATES_DIR } from '../helpers/paths.js';
import { lineColOf, replaceOnce } from '../helpers/text.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-template-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const failure = (p: Promise<unknown>): Promise<UserError> =>
  p.then(
    () => {
      throw new Error('expected a UserError');
    },
    (e: unknown) => {
      if (e instanceof UserError) return e;
      throw e;
    },
  );

/** A copy of the default template with its template.yaml edited. */
async function variant(name: string, edit: (yaml: string) => string): Promise<{ path: string; yaml: string }> {
  const path = join(dir, name);
  await cp(join(TEMPLATES_DIR, 'default'), path, { recursive: true });
  const yaml = edit(await readFile(join(path, 'template.yaml'), 'utf8'));
  await writeFile(join(path, 'template.yaml'), yaml);
  return { path, yaml };
}

describe('loadTemplate', () => {
  it.each(['default', 'plain'])('loads %s with its font', async (name) => {
    const t = await loadTemplate(name, TEMPLATES_DIR);
    expect(t.spec.name).toBe(name);
    expect(t.fontPath.startsWith(join(TEMPLATES_DIR, name))).toBe(true);
    expect(t.fontBytes.length).toBeGreaterThan(100_000);
    expect(t.spec.slide).toEqual({ width_in: 13.333, height_in: 7.5 });
  });

  it('default has its logo as PNG; plain has none', async () => {
    const d = await loadTemplate('default', TEMPLATES_DIR);
    expect([...d.logo!.bytes.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect((await loadTemplate('plain', TEMPLATES_DIR)).logo).toBeUndefined();
  });

  it('loads a template given as a folder path', async () => {
    const { path } = await variant('as-path', (y) => y);
    expect((await loadTemplate(path, '/nonexistent')).spec.name).toBe('default');
  });

  it('names an unknown template, the templates there are, and where they are', async () => {
    const err = await failure(loadTemplate('nope', TEMPLATES_DIR));
    expect(err.message).toContain('no template "nope"');
    expect(err.diagnostics[0]!.hint).toMatch(/^the templates are: (\w+, )*default, (\w+, )*plain(, \w+)* \(in (.+)\); or name a folder holding a template\.yaml$/);
    expect(err.diagnostics[0]!.hint).toContain(`(in ${TEMPLATES_DIR})`);
  });

  it('lists only folders that hold a template.yaml', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefing-templates-'));
    await mkdir(join(dir, 'one'));
    await writeFile(join(dir, 'one', 'template.yaml'), 'x');
    await mkdir(join(dir, 'empty'));
    await writeFile(join(dir, 'stray.yaml'), 'x');
    expect(await templateNames(dir)).toEqual(['one']);
    expect(await templateNames(join(dir, 'none'))).toEqual([]);
  });

  it('reports a bad colour at its line, with the field', async () => {
    const { path, yaml } = await variant('bad-colour', (y) => replaceOnce(y, 'accent: "C0392B"', 'accent: "#C0392B"'));
    const err = await failure(loadTemplate(path, TEMPLATES_DIR));
    expect(err.diagnostics[0]).toMatchObject({ path: 'colors.accent', line: lineColOf(yaml, '"#C0392B"').line });
  });

  it('refuses a font outside the template folder', async () => {
    // A real font, reached from the template folder through ../
    const outside = relative(join(dir, 'escape'), join(TEMPLATES_DIR, 'plain', 'fonts', 'BriefingSansSC-Regular.otf'));
    expect(outside.startsWith('..')).toBe(true);
    const { path } = await variant('escape', (y) => replaceOnce(y, 'file: fonts/BriefingSansSC-Regular.otf', `file: ${outside}`));
    const err = await failure(loadTemplate(path, TEMPLATES_DIR));
    expect(err.message).toContain('leads outside the template folder');
  });

  it('refuses a font file that is not a font', async () => {
    const { path } = await variant('not-font', (y) => replaceOnce(y, 'file: fonts/BriefingSansSC-Regular.otf', 'file: fonts/OFL.txt'));
    const err = await failure(loadTemplate(path, TEMPLATES_DIR));
    expect(err.message).toContain('is not a TrueType, OpenType or WOFF font');
  });

  it('refuses a logo that is not a PNG', async () => {
    const { path } = await variant('not-png', (y) => replaceOnce(y, 'file: logo.png', 'file: logo.svg'));
    const err = await failure(loadTemplate(path, TEMPLATES_DIR));
    expect(err.message).toContain('is not a PNG image');
  });
});
