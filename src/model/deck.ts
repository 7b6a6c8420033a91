// The deck model: plain objects, no positions. Built by the model stage from
// data + template, placed by layout, drawn by render.

export interface Deck {
  title: string;
  subject: string;
  author: string;
  /** ISO date of the source; stamped as the package date. */
  date: string;
  /** The language tag of every run and note. */
  lang: 'zh-CN' | 'en-US';
  slides: Slide[];
}

export type SlideKind =
  | 'title'
  | 'agenda'
  | 'headline'
  | 'divider'
  | 'measure'
  | 'timeline'
  | 'area'
  | 'recognitions'
  | 'sources'
  | 'closing';

export interface Slide {
  kind: SlideKind;
  /** 1-based slide number. */
  number: number;
  title: string;
  subtitle?: string;
  blocks: Block[];
  /** Speaker notes: plain text, paragraphs separated by blank lines. */
  notes: string;
  /** `note` explains a mark used on the slide (the ＊ of interpreted figures). */
  footer: { text: string; source: string; page: string; note?: string };
}

export type Block =
  | { type: 'bullets'; items: string[] }
  | { type: 'paragraph'; text: string; role: 'lead' | 'body' | 'caption' }
  | { type: 'figures'; items: Figure[] }
  | { type: 'comparisons'; items: ComparisonFigure[] }
  | { type: 'chart'; chart: ChartSpec }
  | { type: 'cases'; items: CaseCard[] }
  /** A milestone without a year has `year` undefined and the label ''; the order given is kept. */
  | { type: 'timeline'; items: TimelineItem[] }
  /** `heading`: said above the list when the tool's default does not fit (readings that are inferred). */
  | { type: 'list'; items: ListItem[]; heading?: string }
  | { type: 'agenda'; items: { number: string; title: string; detail: string }[] };

/** A key figure as shown: value already formatted with its unit. */
export interface Figure {
  value: string;
  label: string;
  context?: string;
  /** Set when the figure is a reading of a corrupted source or inferred from it, not a figure it states plainly. */
  interpreted?: boolean;
  /** Set (with interpreted) when the figure is inferred from its context (今年 read as 2016), not read from a damaged string. */
  inferred?: boolean;
  /** A short badge shown with the value, e.g. 目标 for a target: never shown as achieved. */
  tag?: string;
}

export interface ComparisonFigure {
  label: string;
  from: Figure;
  to: Figure;
  multiple?: string;
  chart?: ChartSpec;
}

export interface CaseCard {
  place: string;
  title: string;
  /** The case's figures, formatted with their units. */
  figures: string[];
}

/** Marks of a milestone or recognition whose year is a reading (its label or badge carries the ＊). */
interface Marked {
  interpreted?: boolean;
  inferred?: boolean;
}

export interface TimelineItem extends Marked {
  label: string;
  text: string;
  year?: number;
  /** With the year: 2021年4月 is year 2021, month 4 (two milestones of one year are then apart on the axis). */
  month?: number;
}

export interface ListItem extends Marked {
  badge: string;
  heading: string;
  text: string;
}

export interface ChartSpec {
  id: string;
  kind: 'bar' | 'hbar' | 'rings' | 'line';
  title: string;
  /** The unit as titles and alt text name it: 亿元, CNY billion. */
  unit: string;
  /**
   * The chart's own numbers (axis ticks, bare numbers, a native chart's data
   * sheet) are the values with the point moved this many places: -1 shows
   * 亿元 in billions. 0 in Chinese decks. `values` stay the data's.
   */
  shift?: number;
  /** Around a bare number, to state its unit (native data labels): CNY … billion, …%, …亿元. */
  affix?: { prefix: string; suffix: string };
  categories: string[];
  /**
   * `labels` carry the unit (alt text, single series); `numbers` do not (crowded multi-series charts).
   * `tags[i]` is set (目标, 计划) on a figure not achieved, a target or a plan: drawn outlined, its label says so; '' on the others.
   */
  series: { name: string; values: number[]; labels: string[]; numbers: string[]; tags?: string[] }[];
  /** Index of the category drawn in the accent colour (the current value), if any. */
  highlight?: number;
  /**
   * The change from the first to the current value, as analysts mark it:
   * ×3.83 for a multiple of 2 or more, −59.9% otherwise. Computed, never typed in.
   */
  change?: string;
  /**
   * The annotation as drawn over the chart: the change with its base year
   * (较2015年 ×3.83), or the average annual growth (年均增长8.1%). Computed.
   */
  badge?: string;
  /** Upper bound of the value axis, when the unit has one (100 for %). */
  max?: number;
  /** States every number, for the picture's alt text. */
  alt: string;
}
