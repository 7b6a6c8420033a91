// The plain way of using this stack, for comparison in `npm run bench`: a
// script that reads the data, renders every chart with chartjs-node-canvas
// and writes the deck with pptxgenjs, as a developer would write it in an
// afternoon. No cache, no layout measuring, no finishing: one slide per
// section with its points and chart, the same 17 slides and 7 charts as the
// reference deck, each chart drawn at 3 pixels per point of the box it has on
// its slide. chartjs-node-canvas fixes the size per renderer, so each chart
// gets its own, as its documentation shows.
//
//   node bench/baseline.mjs data/zhejiang-2023.yaml out/baseline.pptx
//
// Needs chartjs-node-canvas and canvas (see the README: optional renderer).
import { readFileSync } from 'node:fs';
import { ChartJSNodeCanvas } from 'chartjs-node-canvas';
import pptxgen from 'pptxgenjs';
import { parse } from 'yaml';

const [dataFile = 'data/zhejiang-2023.yaml', outFile = 'out/baseline.pptx'] = process.argv.slice(2);
// Texts may carry English ({ zh, en }): the Chinese deck takes zh.
const zh = (t) => (t && typeof t === 'object' ? t.zh : t);
const data = parse(readFileSync(dataFile, 'utf8'));
const metric = new Map(data.metrics.map((m) => [m.id, m]));
const FONT = 'Briefing Sans SC';
const BLUE = '1F4E79';

const FONT_FILE = new URL('../templates/default/fonts/BriefingSansSC-Regular.otf', import.meta.url).pathname;
// Where charts go, in inches: under a headline figure, or beside a section's points.
const HEADLINE_BOX = { w: 3.54, h: 2.69 };
const SECTION_BOX = { w: 7, h: 3.25 };
const headlineCharts = new Set(data.headline.map((h) => h.chart));

async function chartPng(chart) {
  const box = headlineCharts.has(chart.id) ? HEADLINE_BOX : SECTION_BOX;
  const renderer = new ChartJSNodeCanvas({ width: Math.round(box.w * 72 * 3), height: Math.round(box.h * 72 * 3), backgroundColour: 'white' });
  renderer.registerFont(FONT_FILE, { family: FONT });
  const values = chart.series.map((s) => s.metrics.map((id) => metric.get(id).value));
  const font = { family: FONT, size: 36 };
  const config =
    chart.kind === 'rings'
      ? {
          type: 'doughnut',
          data: { labels: chart.categories.map(zh), datasets: values.map((v) => ({ data: v, backgroundColor: ['#1F4E79', '#C0392B', '#5B9BD5', '#E1A23B'] })) },
          options: { plugins: { legend: { labels: { font } } } },
        }
      : {
          type: 'bar',
          data: { labels: chart.categories.map(zh), datasets: chart.series.map((s, i) => ({ label: zh(s.name), data: values[i], backgroundColor: i ? '#C0392B' : '#1F4E79' })) },
          options: { indexAxis: chart.kind === 'hbar' ? 'y' : 'x', scales: { x: { ticks: { font } }, y: { ticks: { font } } }, plugins: { legend: { labels: { font } } } },
        };
  return `data:image/png;base64,${(await renderer.renderToBuffer(config)).toString('base64')}`;
}

const pptx = new pptxgen();
pptx.layout = 'LAYOUT_WIDE';
const text = { fontFace: FONT, color: '1F2937' };
const titled = (title) => {
  const slide = pptx.addSlide();
  slide.addText(title, { x: 0.5, y: 0.3, w: 12.3, h: 0.8, fontSize: 28, bold: true, color: BLUE, fontFace: FONT });
  return slide;
};
const bullets = (slide, lines, w = 5.6) =>
  slide.addText(lines.map((t) => ({ text: t, options: { bullet: true, breakLine: true } })), { x: 0.5, y: 1.3, w, h: 5.4, fontSize: 16, valign: 'top', ...text });

const cover = pptx.addSlide();
cover.addText(zh(data.meta.title), { x: 0.8, y: 2.4, w: 11.7, h: 1.2, fontSize: 40, bold: true, color: BLUE, fontFace: FONT });
cover.addText(`${zh(data.meta.organisation)}  ${data.meta.date}`, { x: 0.8, y: 3.8, w: 11.7, h: 0.6, fontSize: 20, ...text });

const sections = data.parts.flatMap((p) => p.sections);
bullets(titled('目录'), sections.map((s) => `${zh(s.title)} ${zh(s.headline)}`), 12);
titled('概述').addText(zh(data.summary), { x: 0.5, y: 1.3, w: 12.3, h: 5.4, fontSize: 18, valign: 'top', ...text });

const charts = new Map(await Promise.all(data.charts.map(async (c) => [c.id, await chartPng(c)])));
const headline = titled('主要成效');
data.headline.forEach((h, i) => {
  const from = metric.get(h.from);
  const to = metric.get(h.to);
  headline.addText(`${zh(h.label)}\n${from.value}${from.unit} → ${to.value}${to.unit}`, { x: 0.5 + i * 4.2, y: 1.3, w: 4, h: 1.2, fontSize: 16, ...text });
  if (h.chart) headline.addImage({ data: charts.get(h.chart), x: 0.5 + i * 4.2, y: 2.7, ...HEADLINE_BOX });
});

for (const s of sections) {
  const slide = titled(`${zh(s.title)}：${zh(s.headline)}`);
  bullets(slide, s.points.map(zh));
  const chart = s.charts[0];
  if (chart) slide.addImage({ data: charts.get(chart), x: 6, y: 1.5, ...SECTION_BOX });
  slide.addNotes(zh(s.summary));
}

bullets(titled('改革历程'), data.milestones.map((m) => `${m.year}年 ${zh(m.text)}`), 12);
bullets(titled('获得肯定'), data.recognitions.map((r) => `${r.year}年 ${zh(r.by)} ${zh(r.text)}`), 12);
bullets(titled('典型案例'), data.cases.map((c) => `${zh(c.place)}：${zh(c.title)}`), 12);
bullets(titled('资料来源'), [`${zh(data.source.publisher)}《${zh(data.source.title)}》，${data.source.date}`, ...data.source.notes.map(zh)], 12);
const closing = titled(zh(data.closing.title));
closing.addText(zh(data.closing.text), { x: 0.5, y: 1.3, w: 12.3, h: 5.4, fontSize: 18, valign: 'top', ...text });

await pptx.writeFile({ fileName: outFile });
console.log(`${outFile}: ${pptx.slides.length} slides, ${charts.size} charts`);
