// Load a brand template: template.yaml validated against its schema, assets
// resolved inside the template folder and checked to be what they claim.
import { createHash } from 'node:crypto';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError, userError } from '../errors.js';
import { loadYamlFile, type LoadedYaml } from '../load/yaml-file.js';
import { Template } from '../schema/template.js';
import { keysAt } from '../validate/keys.js';
import { schemaDiagnostics, yamlSource } from '../validate/schema-issues.js';
import type { Diagnostic } from '../errors.js';
import { loadOrgTemplate, OrgTemplateYaml, type OrgTemplate } from './load-org.js';

/** A template given as an organisation's PowerPoint file rather than a folder. */
export const isPresentationFile = (nameOrDir: string) => /\.(potx|pptx|potm|pptm|ppt|pot)$/i.test(nameOrDir);

export interface LoadedTemplate {
  dir: string;
  spec: Template;
  /** Absolute path of the font used to draw charts and measure text. */
  fontPath: string;
  fontBytes: Uint8Array;
  /** sha256 of the font file: part of every chart's cache key. */
  fontHash: string;
  logo?: { bytes: Uint8Array; widthIn: number; heightIn: number };
  /** The organisation's file whose masters, layouts and theme the deck is built on. */
  org?: OrgTemplate;
  /** Said once per build (a font measured with a fallback). */
  warnings?: Diagnostic[];
}

/** `nameOrDir` is a template name under `templatesDir`, or a path to a template folder. */
export async function loadTemplate(nameOrDir: string, templatesDir: string): Promise<LoadedTemplate> {
  if (isPresentationFile(nameOrDir)) {
    const path = resolve(nameOrDir);
    const o = await loadOrgTemplate(path, nameOrDir, templatesDir);
    return withFont(dirname(path), o.spec, o.fontPath, { org: o.org, warnings: o.warnings });
  }
  const looksLikePath = nameOrDir.includes('/') || nameOrDir.includes(sep) || nameOrDir.startsWith('.');
  const dir = looksLikePath ? resolve(nameOrDir) : join(templatesDir, nameOrDir);
  const file = join(dir, 'template.yaml');
  const exists = await stat(file).then(() => true, () => false);
  if (!exists) {
    const known = await templateNames(templatesDir);
    const listed = known.length ? `the templates are: ${known.join(', ')} (in ${templatesDir}); or name a folder holding a template.yaml` : `templates are folders with a template.yaml, in ${templatesDir}`;
    throw userError(file, `no template "${nameOrDir}"`, { hint: listed });
  }
  const loaded = await loadYamlFile(file);
  if (loaded.data && typeof loaded.data === 'object' && 'master' in loaded.data) return loadOrgFolder(dir, loaded, templatesDir);
  const parsed = Template.safeParse(loaded.data);
  if (!parsed.success) throw new UserError(schemaDiagnostics(yamlSource(loaded), parsed.error, (p) => keysAt(Template, p)));
  const spec = parsed.data;

  const fontPath = await confined(dir, spec.fonts.file, loaded, ['fonts', 'file']);
  const fontBytes = await readAsset(fontPath, loaded, ['fonts', 'file']);
  if (!isFont(fontBytes)) throw assetError(loaded, ['fonts', 'file'], `${spec.fonts.file} is not a TrueType, OpenType or WOFF font`);

  let logo: LoadedTemplate['logo'];
  if (spec.logo) {
    const logoPath = await confined(dir, spec.logo.file, loaded, ['logo', 'file']);
    const bytes = await readAsset(logoPath, loaded, ['logo', 'file']);
    if (!isPng(bytes)) throw assetError(loaded, ['logo', 'file'], `${spec.logo.file} is not a PNG image`);
    logo = { bytes, widthIn: spec.logo.width_in, heightIn: spec.logo.height_in };
  }
  return { dir, spec, fontPath, fontBytes, fontHash: createHash('sha256').update(fontBytes).digest('hex'), logo };
}

/** A folder whose template.yaml names an organisation's file (master.file). */
async function loadOrgFolder(dir: string, loaded: LoadedYaml, templatesDir: string): Promise<LoadedTemplate> {
  const parsed = OrgTemplateYaml.safeParse(loaded.data);
  if (!parsed.success) throw new UserError(schemaDiagnostics(yamlSource(loaded), parsed.error, (p) => keysAt(OrgTemplateYaml, p)));
  const y = parsed.data;
  const master = await confined(dir, y.master.file, loaded, ['master', 'file']);
  const fontPath = y.fonts?.file ? await confined(dir, y.fonts.file, loaded, ['fonts', 'file']) : undefined;
  if (fontPath && !isFont(await readAsset(fontPath, loaded, ['fonts', 'file']))) throw assetError(loaded, ['fonts', 'file'], `${y.fonts!.file} is not a TrueType, OpenType or WOFF font`);
  if (fontPath && !y.fonts?.family) throw assetError(loaded, ['fonts'], 'fonts.file needs fonts.family (the family name the font file registers as)');
  const o = await loadOrgTemplate(master, relative(process.cwd(), master) || master, templatesDir, { spec: y, file: loaded.file, fontPath });
  return withFont(dir, o.spec, o.fontPath, { org: o.org, warnings: o.warnings });
}

async function withFont(dir: string, spec: Template, fontPath: string, extra: Pick<LoadedTemplate, 'org' | 'warnings'>): Promise<LoadedTemplate> {
  const fontBytes = new Uint8Array(await readFile(fontPath));
  return { dir, spec, fontPath, fontBytes, fontHash: createHash('sha256').update(fontBytes).digest('hex'), ...extra };
}

/** Resolve `rel` inside `dir`, following symbolic links, and refuse anything outside. */
async function confined(dir: string, rel: string, loaded: LoadedYaml, path: (string | number)[]): Promise<string> {
  if (isAbsolute(rel)) throw assetError(loaded, path, `"${rel}" is an absolute path`, 'asset paths are relative to the template folder');
  const root = await realpath(dir);
  const target = resolve(root, rel);
  // Outside as written, whether or not the file exists there; then outside through a link.
  if (relative(root, target).startsWith('..')) {
    throw assetError(loaded, path, `"${rel}" leads outside the template folder`, 'keep every asset inside the template folder');
  }
  const real = await realpath(target).catch(() => {
    throw assetError(loaded, path, `"${rel}" does not exist in the template folder`);
  });
  const inside = relative(root, real);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw assetError(loaded, path, `"${rel}" leads outside the template folder`, 'keep every asset inside the template folder');
  }
  return real;
}

async function readAsset(file: string, loaded: LoadedYaml, path: (string | number)[]): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    throw assetError(loaded, path, `cannot read ${file}`);
  }
}

function assetError(loaded: LoadedYaml, path: (string | number)[], message: string, hint?: string): UserError {
  return userError(loaded.file, message, { ...loaded.locate(path), path: path.join('.'), hint });
}

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);
const isPng = (b: Uint8Array) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const FONT_SIGNATURES = [[0x00, 0x01, 0x00, 0x00], [0x4f, 0x54, 0x54, 0x4f], [0x77, 0x4f, 0x46, 0x46], [0x77, 0x4f, 0x46, 0x32], [0x74, 0x72, 0x75, 0x65]];
const isFont = (b: Uint8Array) => FONT_SIGNATURES.some((sig) => startsWith(b, sig));

/** The template's footer in `lang`; undefined when it has no such version. */
export function templateFooter(template: Pick<LoadedTemplate, 'spec'>, lang: 'zh' | 'en'): string | undefined {
  const f = template.spec.footer;
  if (f === undefined) return undefined;
  if (typeof f === 'string') return lang === 'zh' ? f : undefined;
  return lang === 'zh' ? f.zh : f.en;
}

/** The templates under `templatesDir`: its folders holding a template.yaml. */
export async function templateNames(templatesDir: string): Promise<string[]> {
  const entries = await readdir(templatesDir, { withFileTypes: true }).catch(() => []);
  const names = await Promise.all(entries.filter((e) => e.isDirectory()).map(async (e) => ((await stat(join(templatesDir, e.name, 'template.yaml')).catch(() => undefined))?.isFile() ? e.name : undefined)));
  return names.filter((n): n is string => n !== undefined).sort();
}
