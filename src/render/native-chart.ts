// The chart spec as a native PowerPoint chart (pptxgenjs addChart, with its
// data sheet), so that staff can change it in PowerPoint. The same spec draws
// the picture; shares (rings) become bars on a 0-100 % axis here.
import type PptxGenJS from 'pptxgenjs';
import type { Box } from '../layout/placed.js';
import type { ChartSpec } from '../model/deck.js';
import type { Template } from '../schema/template.js';
import { xmlSafe } from '../util/sanitize.js';
import { shiftPoint } from '../model/format-en.js';
import { wordsForTag } from '../model/words.js';

type SlideApi = ReturnType<PptxGenJS['addSlide']>;

/**
 * Excel number format showing the unit. One format serves the whole chart:
 * when its figures have the same decimals, exactly those (0.0"%"); when they
 * differ (84 and 321.70), General, which never adds digits the source did not
 * write (it shows 321.7). English figures get thousands separators and
 * their words around the number (CNY 32.17 billion).
 */
export function numberFormat(spec: ChartSpec): string {
  const decimals = new Set(spec.series.flatMap((s) => s.numbers.map((n) => (n.includes('.') ? n.length - n.indexOf('.') - 1 : 0))));
  const quote = (s: string) => (s ? `"${s.replaceAll('"', '')}"` : '');
  const grouped = spec.series.some((s) => s.numbers.some((n) => n.includes(',')));
  const affix = spec.affix ?? { prefix: '', suffix: spec.unit };
  const [before, after] = [quote(affix.prefix), quote(affix.suffix)];
  if (decimals.size !== 1) return `${before}General${after}`;
  const d = [...decimals][0]!;
  return `${before}${grouped ? '#,##0' : '0'}${d ? `.${'0'.repeat(d)}` : ''}${after}`;
}

/** The values as the chart's own numbers show them (billions in English for 亿元), digit-exact. */
export const sheetValues = (spec: ChartSpec, values: number[]): number[] => values.map((v) => (spec.shift ? Number(shiftPoint(String(v), spec.shift)) : v));

/** Height of the change badge, inches. */
const BADGE_H = 0.32;

/** Categories whose figures are all targets or plans: named so on the axis (a native chart cannot outline one bar or point). */
function categoriesMarked(spec: ChartSpec, lang: 'zh-CN' | 'en-US'): string[] {
  const w = wordsForTag(lang);
  return spec.categories.map((c, i) => {
    const tag = spec.series[0]!.tags?.[i];
    return tag && spec.series.every((s) => s.tags?.[i]) ? w.aside(c, lang === 'en-US' ? tag.toLowerCase() : tag) : c;
  });
}

export function addNativeChart(pptx: PptxGenJS, slide: SlideApi, spec: ChartSpec, box: Box, t: Template, name: string, lang: 'zh-CN' | 'en-US' = 'zh-CN'): void {
  const line = spec.kind === 'line';
  const single = spec.series.length === 1;
  // One colour per series; in a single series of bars, a target is a grey bar (and its category says 目标).
  const tags = single && !line ? spec.series[0]!.tags : undefined;
  const colors = tags?.some(Boolean) ? tags.map((x) => (x ? t.colors.muted : t.colors.primary)) : single ? [t.colors.primary] : t.colors.chart;
  const face = t.fonts.latin;
  const labels = categoriesMarked(spec, lang);
  const data = spec.series.map((s) => ({ name: xmlSafe(s.name), labels: labels.map(xmlSafe), values: sheetValues(spec, s.values) }));
  const horizontal = spec.kind === 'hbar' || spec.kind === 'rings';
  // The change badge gets a band of its own above the chart: over the plot it
  // covered the taller bar's value label (seen in the English deck).
  const band = spec.badge ? BADGE_H + 0.08 : 0;
  const kindOptions = line
    ? { lineSize: 2.25, lineDataSymbol: 'circle', lineDataSymbolSize: 8, dataLabelPosition: 't' }
    : {
        barDir: horizontal ? 'bar' : 'col',
        // Horizontal bars in the order of the categories, top down, as in the picture.
        catAxisOrientation: horizontal ? 'maxMin' : 'minMax',
        dataLabelPosition: 'outEnd',
      };
  slide.addChart(line ? pptx.ChartType.line : pptx.ChartType.bar, data, {
    x: box.x,
    y: box.y + band,
    w: box.w,
    h: box.h - band,
    ...kindOptions,
    chartColors: colors,
    showValue: true,
    dataLabelFormatCode: numberFormat(spec),
    dataLabelFontFace: face,
    dataLabelFontSize: 12,
    dataLabelColor: t.colors.text,
    catAxisLabelFontFace: face,
    catAxisLabelFontSize: 12,
    catAxisLabelColor: t.colors.text,
    valAxisLabelFontFace: face,
    valAxisLabelFontSize: 12,
    valAxisLabelColor: t.colors.muted,
    valAxisLabelFormatCode: spec.unit === '%' ? '0"%"' : '0',
    valAxisMinVal: 0,
    ...(spec.max !== undefined ? { valAxisMaxVal: spec.max } : {}),
    valGridLine: { color: 'E5E7EB', size: 0.75 },
    catGridLine: { style: 'none' },
    showLegend: spec.series.length > 1,
    legendPos: 't',
    legendFontFace: face,
    legendFontSize: 12,
    showTitle: false,
    altText: xmlSafe(spec.alt),
    objectName: name,
  } as PptxGenJS.IChartOpts);
  // The change from the first to the current value, over the chart as in the picture.
  if (spec.badge) {
    const text = spec.badge;
    const values = spec.series[0]!.values;
    // Away from the taller bar's label: on the left when the value grew.
    const grew = values[spec.highlight ?? values.length - 1]! >= values[0]!;
    const w = Math.min(2.2, 0.13 * [...text].length + 0.3);
    slide.addText(xmlSafe(text), {
      x: grew ? box.x + 0.7 : box.x + box.w - w - 0.1,
      y: box.y,
      w,
      h: BADGE_H,
      margin: 0,
      fontFace: t.fonts.east_asian,
      fontSize: 12,
      bold: true,
      color: t.colors.on_primary,
      fill: { color: t.colors.accent },
      align: 'center',
      valign: 'middle',
      lang,
      objectName: `${name}-change`,
    });
  }
}
