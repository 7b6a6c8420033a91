// A brand template is data: templates/<name>/template.yaml plus its assets.
import { z } from 'zod';

const hex = z.string().regex(/^[0-9A-Fa-f]{6}$/, 'expected a colour as six hex digits without # (e.g. 1F4E79)');
// Asset paths are relative to the template folder; they are resolved and
// confined to it when the template is loaded.
const assetPath = z.string().min(1).regex(/^[^\\]+$/, 'use / in asset paths');
// pptxgenjs writes fontFace into XML unescaped: keep font names plain.
const fontName = z.string().regex(/^[\p{L}\p{N} ._-]+$/u, 'expected a plain font name (letters, digits, spaces)');

const area = z.strictObject({ x: z.number().min(0), y: z.number().min(0), w: z.number().positive(), h: z.number().positive() }).describe('a box on the slide, inches from its top left corner');

/**
 * Where an organisation's layouts put things, inches: found in its file's
 * layouts (src/template/org-layouts.ts); each may be set here to override.
 */
export const Areas = z.strictObject({
  title: area.describe("content slides' title (the layout's title placeholder)"),
  content: area.describe('what the layout leaves for content (its body placeholder, or the slide less title and footer)'),
  footer: area.describe('the footer line (source, note)'),
  page: area.optional().describe('the page number (none when the master numbers its slides itself)'),
  cover_title: area,
  cover_subtitle: area.optional(),
  section_title: area,
  section_body: area.optional(),
});
export type Areas = z.infer<typeof Areas>;

export const Template = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  slide: z.strictObject({
    width_in: z.number().min(4).max(56),
    height_in: z.number().min(3).max(56),
  }),
  colors: z.strictObject({
    primary: hex.describe('title bars, headings'),
    accent: hex.describe('highlights, the current value in charts'),
    text: hex,
    muted: hex.describe('footers, captions, axis labels'),
    background: hex,
    surface: hex.describe('panels behind figures and cases'),
    on_primary: hex.describe('text drawn on the primary colour'),
    chart: z.array(hex).min(2).describe('series colours in order'),
    title: hex.optional().describe("titles on an organisation's content layouts (its master's title colour)"),
    cover_title: hex.optional().describe("titles on an organisation's title layout"),
    cover_text: hex.optional().describe("subtitles and captions on an organisation's title layout"),
    cover_footer: hex.optional().describe("the footer on an organisation's title layout"),
    footer: hex.optional().describe("the footer on an organisation's other layouts (its master's footer colour)"),
  }),
  fonts: z.strictObject({
    east_asian: fontName.describe('face PowerPoint uses for Chinese, e.g. Microsoft YaHei'),
    latin: fontName.describe('face for Latin letters and digits'),
    file: assetPath.describe('the font file (inside the template) used to draw charts and measure text'),
    family: fontName.describe('the family name the font file registers as'),
  }),
  logo: z
    .strictObject({
      file: assetPath.describe('PNG inside the template'),
      width_in: z.number().positive(),
      height_in: z.number().positive(),
    })
    .optional(),
  master: z
    .strictObject({ file: assetPath.describe('the organisation\'s .potx or .pptx, inside the template folder') })
    .optional()
    .describe("build on this PowerPoint template's slide masters, layouts and theme"),
  areas: Areas.partial().optional(),
  // The footer's words belong to the data (meta.footer): a template names no report.
  footer: z
    .union([z.string(), z.strictObject({ zh: z.string(), en: z.string().optional() })])
    .optional()
    .describe('no longer used for new decks: the data file\'s meta.footer says the footer\'s topic; kept (with a warning) for data files without one'),
});

export type Template = z.infer<typeof Template>;
