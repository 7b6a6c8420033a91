// The one schema for briefing data files. Types, error messages and the JSON
// Schema all come from here.
import { z } from 'zod';

const id = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'expected an id of lower-case letters, digits and _ (e.g. purchase_amount_2021)');
// Characters XML cannot carry (a vertical tab is allowed: PowerPoint's soft return).
const UNWRITABLE = /[\u0000-\u0008\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Where `s` has a character a deck cannot hold, described; undefined when it has none. */
export function unwritableCharacter(s: string): string | undefined {
  const m = UNWRITABLE.exec(s);
  if (!m) return undefined;
  const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  const kind = m[0] >= '\uD800' && m[0] <= '\uDFFF' ? 'half of a surrogate pair' : 'a control character';
  return `contains ${kind} (U+${code}) at character ${m.index + 1}`;
}

const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .superRefine((s, ctx) => {
    const found = unwritableCharacter(s);
    // Usually pasted in from a PDF or a word processor; invisible in most editors.
    if (found) ctx.addIssue({ code: 'custom', message: `${found}: remove it (it is often invisible, pasted from a PDF or Word)` });
  });
/**
 * Any text shown in a deck: Chinese, or Chinese with its English version,
 * `{ zh, en }`. Defined once, so the JSON Schema shows both forms in one place
 * ($defs/localText). `en` is optional: a missing one is listed by --lang en.
 */
export const localText = z
  .union([text, z.strictObject({ zh: text, en: text.optional().describe('the English version, used by --lang en') })])
  .meta({ id: 'localText', description: 'a text in Chinese, or { zh: Chinese, en: English }' });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    // A malformed date is the regex's to report, once.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return true;
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'no such date in the calendar');

/** How a figure was read from a corrupted source: the original string and the reading. */
export const Reading = z.strictObject({
  original: text.describe('the string exactly as it stands in the source'),
  reading: localText.describe('how it was read, and why'),
});

export const Unit = z.enum(['亿元', '万元', '%', '个', '项', '家', '名', '倍', '天', '个月', '省']);

export const Metric = z.strictObject({
  id,
  label: localText.describe('what is measured, short enough for a chart axis'),
  value: z.number().finite(),
  decimals: z
    .number()
    .int()
    .min(0)
    .max(6)
    .optional()
    .describe('digits after the point as the source writes them (321.70 has 2); YAML drops trailing zeros'),
  unit: Unit,
  year: z.number().int().min(1949).max(2100).optional(),
  scope: localText.optional().describe('where or when the figure holds, when a year alone does not say'),
  approx: z.enum(['more_than', 'about']).optional().describe('the source gives 800多 (more_than) or 约12.4 (about)'),
  quote: text.describe('the sentence of the source the figure comes from'),
  reading: Reading.optional().describe('set when the figure is an interpretation of a corrupted source'),
  derived: z
    .strictObject({
      ratio: z.tuple([id, id]).describe('[numerator, denominator] metric ids'),
    })
    .optional()
    .describe('a stated figure the validator recomputes from its inputs'),
});

/** Metrics kept in a workbook sheet or a CSV file beside the data file: one row per metric. */
export const MetricsTable = z
  .strictObject({
    file: z
      .string()
      .regex(/\.(xlsx|csv)$/i, 'expected an .xlsx workbook or a .csv file, e.g. metrics.xlsx')
      .describe('the workbook (.xlsx) or CSV file (UTF-8), relative to this data file'),
    sheet: text.optional().describe('the sheet of the workbook (default: the first); not for CSV'),
  })
  .describe('a header row names the columns: id, label, value, unit, quote, and optionally year, scope, approx, decimals, reading original, reading, ratio');

/** bar and hbar compare values; rings show shares (unit %), one ring per category. */
export const ChartKind = z.enum(['bar', 'hbar', 'rings']);

export const Chart = z.strictObject({
  id,
  kind: ChartKind,
  title: localText,
  unit: Unit,
  categories: z.array(localText).min(1),
  series: z
    .array(
      z.strictObject({
        name: localText,
        metrics: z.array(id).min(1).describe('one metric id per category'),
      }),
    )
    .min(1),
});

export const Case = z.strictObject({
  id,
  place: localText.describe('city, county or district, e.g. 温州市'),
  title: localText.describe('one line saying what was done'),
  text: localText.describe('the full case as the source tells it'),
  metrics: z.array(id).default([]),
});

export const Section = z.strictObject({
  id,
  title: localText.describe('the four-character heading, e.g. 建章立制'),
  headline: localText.describe('the rest of the heading, e.g. 三个强化促保障'),
  points: z.array(localText).min(1).max(6).describe('the bullets shown on the slide'),
  summary: localText.describe('the full paragraph; it becomes the speaker notes'),
  metrics: z.array(id).default([]).describe('key figures shown on the slide'),
  charts: z.array(id).default([]),
  cases: z.array(id).default([]),
});

export const Part = z.strictObject({
  id,
  title: localText,
  intro: localText.optional(),
  sections: z.array(Section).min(1),
});

export const Milestone = z.strictObject({
  year: z.number().int().min(1949).max(2100),
  text: localText,
  quote: text,
});

export const Recognition = z.strictObject({
  year: z.number().int().min(1949).max(2100),
  by: localText.describe('the ministry that gave it'),
  text: localText,
  quote: text,
});

export const Comparison = z.strictObject({
  label: localText,
  from: id,
  to: id,
  multiple: id.optional(),
  chart: id.optional().describe('a chart drawn under the figures'),
});

export const BriefingData = z.strictObject({
  meta: z.strictObject({
    title: localText,
    subtitle: localText.optional(),
    organisation: localText.describe('who presents the deck'),
    date: isoDate.describe('the date of the source; also the date stamped in the package'),
    language: z.literal('zh-CN').default('zh-CN').describe('the language of the plain texts; English versions go in { zh, en }'),
  }),
  source: z.strictObject({
    title: localText,
    publisher: localText,
    date: isoDate,
    via: localText.optional().describe('where the copy used was found'),
    notes: z.array(localText).default([]).describe('how the copy was cleaned'),
  }),
  summary: localText.describe('the opening paragraph'),
  headline: z.array(Comparison).min(1).max(4),
  metrics: z.array(Metric).min(1),
  charts: z.array(Chart).default([]),
  cases: z.array(Case).default([]),
  parts: z.array(Part).min(1),
  milestones: z.array(Milestone).default([]),
  recognitions: z.array(Recognition).default([]),
  closing: z.strictObject({ title: localText, text: localText }),
});

/**
 * A data file as written: the metrics inline, or in a table that the loader
 * reads into the list BriefingData has. The JSON Schema is of this.
 */
export const BriefingFile = BriefingData.extend({
  metrics: z.union([z.array(Metric).min(1), MetricsTable]).describe('the figures, listed here or kept in a workbook or CSV file'),
});

export type LocalText = z.infer<typeof localText>;

/** A text field resolved to one language: every LocalText becomes a string. */
// Only fields that accept the { zh, en } form change; ids, units and kinds keep their types.
export type Localized<T> = [LocalText] extends [T]
  ? string | Exclude<T, LocalText>
  : T extends object
    ? { [K in keyof T]: Localized<T[K]> } // arrays and tuples map element-wise
    : T;

/** The data as validated, metrics inline: texts may carry { zh, en }. */
export type BilingualData = z.infer<typeof BriefingData>;
/** The data in one language, as the model reads it (src/model/localize.ts). */
export type BriefingData = Localized<BilingualData>;
export type MetricsTable = z.infer<typeof MetricsTable>;
export type Metric = Localized<z.infer<typeof Metric>>;
export type Chart = Localized<z.infer<typeof Chart>>;
export type Case = Localized<z.infer<typeof Case>>;
export type Section = Localized<z.infer<typeof Section>>;
export type Part = Localized<z.infer<typeof Part>>;
export type Unit = z.infer<typeof Unit>;
