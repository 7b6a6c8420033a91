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
  reading: text.describe('how it was read, and why'),
});

export const Unit = z.enum(['亿元', '万元', '%', '个', '项', '家', '名', '倍', '天', '个月', '省']);

export const Metric = z.strictObject({
  id,
  label: text.describe('what is measured, short enough for a chart axis'),
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
  scope: text.optional().describe('where or when the figure holds, when a year alone does not say'),
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
  title: text,
  unit: Unit,
  categories: z.array(text).min(1),
  series: z
    .array(
      z.strictObject({
        name: text,
        metrics: z.array(id).min(1).describe('one metric id per category'),
      }),
    )
    .min(1),
});

export const Case = z.strictObject({
  id,
  place: text.describe('city, county or district, e.g. 温州市'),
  title: text.describe('one line saying what was done'),
  text: text.describe('the full case as the source tells it'),
  metrics: z.array(id).default([]),
});

export const Section = z.strictObject({
  id,
  title: text.describe('the four-character heading, e.g. 建章立制'),
  headline: text.describe('the rest of the heading, e.g. 三个强化促保障'),
  points: z.array(text).min(1).max(6).describe('the bullets shown on the slide'),
  summary: text.describe('the full paragraph; it becomes the speaker notes'),
  metrics: z.array(id).default([]).describe('key figures shown on the slide'),
  charts: z.array(id).default([]),
  cases: z.array(id).default([]),
});

export const Part = z.strictObject({
  id,
  title: text,
  intro: text.optional(),
  sections: z.array(Section).min(1),
});

export const Milestone = z.strictObject({
  year: z.number().int().min(1949).max(2100),
  text: text,
  quote: text,
});

export const Recognition = z.strictObject({
  year: z.number().int().min(1949).max(2100),
  by: text.describe('the ministry that gave it'),
  text: text,
  quote: text,
});

export const Comparison = z.strictObject({
  label: text,
  from: id,
  to: id,
  multiple: id.optional(),
  chart: id.optional().describe('a chart drawn under the figures'),
});

export const BriefingData = z.strictObject({
  meta: z.strictObject({
    title: text,
    subtitle: text.optional(),
    organisation: text.describe('who presents the deck'),
    date: isoDate.describe('the date of the source; also the date stamped in the package'),
    language: z.literal('zh-CN').default('zh-CN'),
  }),
  source: z.strictObject({
    title: text,
    publisher: text,
    date: isoDate,
    via: text.optional().describe('where the copy used was found'),
    notes: z.array(text).default([]).describe('how the copy was cleaned'),
  }),
  summary: text.describe('the opening paragraph'),
  headline: z.array(Comparison).min(1).max(4),
  metrics: z.array(Metric).min(1),
  charts: z.array(Chart).default([]),
  cases: z.array(Case).default([]),
  parts: z.array(Part).min(1),
  milestones: z.array(Milestone).default([]),
  recognitions: z.array(Recognition).default([]),
  closing: z.strictObject({ title: text, text: text }),
});

/**
 * A data file as written: the metrics inline, or in a table that the loader
 * reads into the list BriefingData has. The JSON Schema is of this.
 */
export const BriefingFile = BriefingData.extend({
  metrics: z.union([z.array(Metric).min(1), MetricsTable]).describe('the figures, listed here or kept in a workbook or CSV file'),
});

export type BriefingData = z.infer<typeof BriefingData>;
export type MetricsTable = z.infer<typeof MetricsTable>;
export type Metric = z.infer<typeof Metric>;
export type Chart = z.infer<typeof Chart>;
export type Case = z.infer<typeof Case>;
export type Section = z.infer<typeof Section>;
export type Part = z.infer<typeof Part>;
export type Unit = z.infer<typeof Unit>;
