// The one schema for briefing data files. Types, error messages and the JSON
// Schema all come from here.
import { z } from 'zod';
import { UNIT_EXAMPLES } from './units.js';

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

/** A date, or a month or year alone when the source says no more (2020: written in 2020). */
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY-MM-DD (or YYYY-MM, or YYYY, when no more is known)')
  .refine((s) => {
    // A malformed date is the regex's to report, once.
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) return true;
    const full = fullDate(s);
    const d = new Date(`${full}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(full);
  }, 'no such date in the calendar');

/** A date of the data as a whole day: 2020 is 2020-01-01, 2020-03 is 2020-03-01. */
export const fullDate = (s: string): string => (s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);

/**
 * How a figure was read: from a corrupted string of the source (corrupted, the
 * default), or inferred from its context (今年 read as 2016). Either way it is
 * marked on the slide and listed on the sources slide.
 */
export const Reading = z.strictObject({
  kind: z.enum(['corrupted', 'inferred']).optional().describe('corrupted (default): the source string is damaged; inferred: the figure is worked out from its context (今年 read as 2016)'),
  original: text.describe('the string exactly as it stands in the source'),
  reading: localText.describe('how it was read, and why'),
});

const year = z.number().int().min(1949).max(2100);
const month = z.number().int().min(1).max(12).describe('with year: 2021年4月 is year 2021, month 4');

/** Any unit text: 亿元, 人次, 万人, 公里, 亩 ... Known units have their own English (src/schema/units.ts). */
export const Unit = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(12, 'a unit is at most 12 characters (put the rest in the label)')
  .regex(/^[^\d\s.,，。、；;：:()（）]+$/, 'a unit has no digits, spaces or punctuation: the figure goes in value (2万人次 is value 2, unit 万人次)')
  .meta({ examples: UNIT_EXAMPLES });

/** What kind of figure a metric is; amount when not said (a figure in % without a kind is a share). */
export const MetricKind = z.enum(['amount', 'share', 'change', 'rank', 'target', 'plan']);

/** How the source rounds a figure: 800多 (more_than), 约12.4 (about), 接近一半 (nearly), 不到1% (less_than). */
export const Approx = z.enum(['more_than', 'about', 'nearly', 'less_than']);

export const Metric = z.strictObject({
  id,
  label: localText.describe('what is measured, short enough for a chart axis'),
  value: z.number().finite().optional().describe('the figure; required unless the source gives it only in words (text)'),
  kind: MetricKind.optional().describe(
    'amount (default); share: 0-100 %; change: a change or growth rate, any sign (下降2.3% is -2.3); rank: a position (居全国第二位 is 2, unit 位); target: a goal (争取达到1200亿元), plan: an amount planned (拟投资131.5亿元): neither is ever shown as achieved',
  ),
  upper: z.number().finite().optional().describe('a range: value is the lower bound, upper the upper one (2～3年: value 2, upper 3)'),
  text: localText.optional().describe('a figure the source gives only in words (几十家): shown as this text, never charted or computed'),
  target_by: localText.optional().describe('kind target or plan: by when it is to be reached, as the source says (2～3年内, 2025年)'),
  decimals: z
    .number()
    .int()
    .min(0)
    .max(6)
    .optional()
    .describe('digits after the point as the source writes them (321.70 has 2); YAML drops trailing zeros'),
  unit: Unit,
  unit_en: text.optional().describe('the English of a unit the tool does not know, after the number (a 万 or 亿 in front of the unit is worked out: 2万人次 is 20,000)'),
  year: year.optional(),
  month: month.optional(),
  scope: localText.optional().describe('where or when the figure holds, when a year alone does not say'),
  approx: Approx.optional().describe('the source gives 800多 (more_than), 约12.4 (about), 接近一半 (nearly: value 50) or 不到1% (less_than)'),
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
  .describe('a header row names the columns: id, label, value, unit, quote, and optionally kind, text, upper, unit en, year, month, scope, approx, decimals, target by, reading kind, reading original, reading, ratio');

/** bar and hbar compare values; rings show shares (unit %), one ring per category; line shows a trend over years. */
export const ChartKind = z.enum(['bar', 'hbar', 'rings', 'line']);

export const Chart = z.strictObject({
  id,
  kind: ChartKind,
  title: localText,
  unit: Unit,
  categories: z.array(localText).min(1).optional().describe('one per metric of each series; a line chart may leave them out (its metrics\' years are used)'),
  annotate: z
    .enum(['change', 'cagr', 'none'])
    .optional()
    .describe('over years: change (default) marks the change first to last (×3.83, −2.3%); cagr the average annual growth (年均增长8.1%); none nothing'),
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
  headline: localText.optional().describe('the rest of the heading, e.g. 三个强化促保障'),
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
  year: year.optional().describe('without a year the milestones keep the order given'),
  month: month.optional(),
  text: localText,
  quote: text,
  reading: Reading.optional().describe('set when the year is a reading (今年 read as 2016)'),
});

export const Recognition = z.strictObject({
  year: year.optional(),
  month: month.optional(),
  by: localText.optional().describe('the ministry or body that gave it'),
  text: localText,
  quote: text,
  reading: Reading.optional().describe('set when the year is a reading (今年 read as 2016)'),
});

export const Comparison = z.strictObject({
  label: localText,
  from: id,
  to: id,
  from_label: localText.optional().describe('what the first figure is (推介项目); default: its year when the years differ, else its label'),
  to_label: localText.optional().describe('what the second figure is (签约落地); default as from_label'),
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
    footer: localText.optional().describe('the topic at the left of every footer; default: the title'),
  }),
  source: z.strictObject({
    title: localText,
    publisher: localText.optional().describe('who published it; the sources slide says so when unknown'),
    date: isoDate.optional().describe('when it was published; the sources slide says so when unknown'),
    via: localText.optional().describe('where the copy used was found'),
    url: z.url({ protocol: /^https?$/, error: 'expected a web address starting http:// or https://' }).optional().describe('the address of the copy used'),
    notes: z.array(localText).default([]).describe('how the copy was cleaned'),
  }),
  summary: localText.describe('the opening paragraph'),
  headline: z.array(Comparison).max(4).default([]).describe('then-and-now comparisons on the opening figures slide; none when the source has no such pair'),
  headline_title: localText.optional().describe('the title of the opening figures slide; default: 总体成效, with the two years when every comparison compares the same two'),
  key_figures: z.array(id).max(12).default([]).describe('metrics shown as cards on the opening figures slide, with or without comparisons'),
  metrics: z.array(Metric).min(1),
  charts: z.array(Chart).default([]),
  cases: z.array(Case).default([]),
  parts: z.array(Part).min(1),
  milestones: z.array(Milestone).default([]),
  timeline_title: localText.optional().describe('the title of the milestones slide; default: 改革历程 with the years'),
  recognitions: z.array(Recognition).default([]),
  recognitions_title: localText.optional().describe('the title of the recognitions slide; default: 国家层面的认可'),
  closing: z.strictObject({ title: localText, text: localText }).optional().describe('the closing slide; none without it'),
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
export type MetricKind = z.infer<typeof MetricKind>;
export type Milestone = Localized<z.infer<typeof Milestone>>;
export type Recognition = Localized<z.infer<typeof Recognition>>;
