// A template on an organisation's PowerPoint file: `-t org.potx`, or a
// template folder whose template.yaml names one (master: { file }). The
// file gives slide size, colours, faces and the areas our layouts fill;
// template.yaml may override each. Text is measured with a font the folder
// provides, else with our bundled face and one warning naming the font to add.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Diagnostic } from '../errors.js';
import { Areas, Template } from '../schema/template.js';
import { readOrgFile, EMU_PER_IN, type OrgFile } from './org-file.js';
import { areasOf, chooseLayouts, type LayoutKind } from './org-layouts.js';
import { fillUnder, masterBackground, paletteOf, readableOn, themeOf } from './org-theme.js';
import { footerOffPictures } from './org-pictures.js';
import { strFromU8 } from 'fflate';

export interface OrgTemplate {
  file: OrgFile;
  /** The layout part each kind of slide uses. */
  layouts: Record<LayoutKind, string>;
}

/** template.yaml beside an organisation's file: everything but the master may be left to the file. */
export const OrgTemplateYaml = Template.extend({
  name: z.string().min(1).optional(),
  slide: Template.shape.slide.optional(),
  colors: Template.shape.colors.partial().optional(),
  fonts: Template.shape.fonts.partial().optional(),
  master: z.strictObject({ file: z.string().min(1) }),
});
export type OrgTemplateYaml = z.infer<typeof OrgTemplateYaml>;

/** Our bundled face, the fallback for measuring: Noto Sans CJK's metrics (CJK is full-width in every CJK face). */
export function fallbackFont(templatesDir: string): { file: string; family: string } {
  const face = join('default', 'fonts', 'BriefingSansSC-Regular.otf');
  // The templates folder in use, else the package's own (from src/template/ or the bundle's dist/chunks/).
  const here = dirname(fileURLToPath(import.meta.url));
  const found = [templatesDir, join(here, '..', '..', 'templates'), join(here, '..', '..', '..', 'templates')].map((d) => join(d, face)).find((f) => existsSync(f));
  return { file: found ?? join(templatesDir, face), family: 'Briefing Sans SC' };
}

const plainName = (s: string) => (/^[\p{L}\p{N} ._-]+$/u.test(s) ? s : undefined);

export interface OrgLoaded {
  spec: Template;
  org: OrgTemplate;
  fontPath: string;
  warnings: Diagnostic[];
}

/**
 * `file`: the organisation's file (absolute); `shown`: as the user named it;
 * `yaml`: the folder's template.yaml, with `fontPath` its font (when it names one).
 */
export async function loadOrgTemplate(file: string, shown: string, templatesDir: string, yaml?: { spec: OrgTemplateYaml; file: string; fontPath?: string }): Promise<OrgLoaded> {
  const org = await readOrgFile(file, shown);
  const chosen = chooseLayouts(org);
  const theme = themeOf(org, chosen.content.master);
  const y = yaml?.spec;
  const eastAsian = plainName(theme.fonts.minor.ea) ?? plainName(theme.fonts.minor.hans) ?? 'Microsoft YaHei';
  const latin = plainName(theme.fonts.minor.latin) ?? eastAsian;
  const warnings: Diagnostic[] = [];
  let measure = yaml?.fontPath && y?.fonts?.family ? { file: yaml.fontPath, family: y.fonts.family } : undefined;
  if (!measure) {
    measure = fallbackFont(templatesDir);
    const faces = [...new Set([theme.fonts.major.ea || theme.fonts.major.hans, theme.fonts.minor.ea || theme.fonts.minor.hans, theme.fonts.minor.latin].filter(Boolean))];
    warnings.push({
      file: yaml?.file ?? shown,
      message: `the template's fonts (${faces.join(', ') || eastAsian}) are not in the template folder: text is measured with ${measure.family} (Noto Sans CJK's widths), which PowerPoint's faces may not match`,
      hint: yaml
        ? `put the font file of ${eastAsian} (.ttf or .otf) in the template folder and name it in template.yaml: fonts: { file: fonts/<file>, family: <its family name> }`
        : `import the template (briefing template import ${shown}), then put the font file of ${eastAsian} in templates/<name>/fonts/ and name it in its template.yaml (fonts.file, fonts.family)`,
      severity: 'warning',
    });
  }
  const areas = areasOf(org, chosen);
  const found = { ...areas, footer: await footerOffPictures(org, chosen.content.master, areas.footer) };
  const palette = paletteOf(theme.colors, chosen.content.master.clrMap, masterBackground(strFromU8(org.parts[chosen.content.master.part]!), org.cx, org.cy));
  const scheme = (m: typeof chosen.content.master, which: 'titleColor' | 'bodyColor' | 'footerColor' = 'titleColor') => {
    const c = m[which];
    if (!c) return undefined;
    if (/^[0-9A-Fa-f]{6}$/.test(c)) return c.toUpperCase();
    const slot = (m.clrMap[c] ?? c) as keyof typeof theme.colors;
    return theme.colors[slot];
  };
  const cover = chosen.cover.master;
  const titles = {
    title: scheme(chosen.content.master) ?? palette.text,
    cover_title: scheme(cover) ?? palette.text,
    cover_text: scheme(cover, 'bodyColor') ?? scheme(cover) ?? palette.text,
    cover_footer: scheme(cover, 'footerColor') ?? palette.muted,
    // The footer line may lie on a band of the master's (Midnightblue's navy) or on the bare slide.
    footer: readableOn(
      footerGrounds(strFromU8(org.parts[chosen.content.master.part]!), found.footer, palette.background),
      [scheme(chosen.content.master, 'footerColor'), palette.muted, palette.text, 'FFFFFF', '000000'].filter((c): c is string => c !== undefined),
    ),
  };
  const spec = Template.parse({
    name: y?.name ?? basename(file, extname(file)),
    description: y?.description,
    slide: y?.slide ?? { width_in: round(org.cx / EMU_PER_IN), height_in: round(org.cy / EMU_PER_IN) },
    colors: { ...palette, ...titles, ...y?.colors },
    fonts: { east_asian: y?.fonts?.east_asian ?? eastAsian, latin: y?.fonts?.latin ?? latin, file: y?.fonts?.file ?? measure.file, family: measure.family },
    master: { file: y?.master.file ?? basename(file) },
    areas: Areas.parse({ ...found, ...y?.areas }),
    footer: y?.footer,
  });
  return { spec, org: { file: org, layouts: { cover: chosen.cover.layout.part, content: chosen.content.layout.part, section: chosen.section.layout.part } }, fontPath: measure.file, warnings };
}

const round = (v: number) => Math.round(v * 1000) / 1000;

export const fontHashOf = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

/** The colours under the footer line, sampled along it: the master's shapes, else the slide's background. */
function footerGrounds(masterXml: string, f: { x: number; y: number; w: number; h: number }, background: string): string[] {
  return [0.05, 0.25, 0.5, 0.75, 0.95].map((t) => fillUnder(masterXml, f.x + f.w * t, f.y + f.h / 2) ?? background);
}
