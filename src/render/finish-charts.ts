// Mending pptxgenjs's native charts (../shared/notes/pptxgenjs.md): Chinese
// faces on their texts, the orphan third axis id, part names that do not
// depend on how many decks this process made before, and embedded workbooks
// with fixed dates and a fixed zip, so that output stays reproducible.
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { packageOrder, zipEntries } from './zip.js';

type Files = Record<string, Uint8Array>;

export function finishCharts(files: Files, o: { eastAsian: string; iso: string; mtime: Date; lang?: string }): void {
  renumberCharts(files);
  for (const name of Object.keys(files)) {
    if (/^ppt\/charts\/chart\d+\.xml$/.test(name)) files[name] = strToU8(mendChartXml(strFromU8(files[name]!), o.eastAsian, o.lang));
    if (/^ppt\/embeddings\/.+\.xlsx$/.test(name)) files[name] = fixedWorkbook(files[name]!, o.iso, o.mtime);
  }
}

export function mendChartXml(xml: string, eastAsian: string, lang = 'zh-CN'): string {
  return (
    xml
      // Titles, axes, legends and data labels name only a Latin face (#1420).
      .replace(/(<a:latin typeface="[^"]*"[^>]*\/>)(?!\s*<a:ea\b)/g, `$1<a:ea typeface="${eastAsian}"/>`)
      .replace(/<c:lang val="[^"]*"\/>/, `<c:lang val="${lang}"/>`)
      .replaceAll('lang="en-US"', `lang="${lang}"`)
      // A bar or line chart refers to its two axes; pptxgenjs adds a third id of no axis (#1534).
      .replace(/(<c:(?:bar|line)Chart>[\s\S]*?)(<c:axId val="\d+"\/>\s*<c:axId val="\d+"\/>)\s*<c:axId val="\d+"\/>/g, '$1$2')
      // A line chart's grouping comes first, and is required; pptxgenjs writes none.
      .replace(/<c:lineChart>(?!<c:grouping)/g, '<c:lineChart><c:grouping val="standard"/>')
      // A series' points (one colour each) come before its data labels, not after.
      .replace(/(<c:dLbls>[\s\S]*?<\/c:dLbls>)(\s*(?:<c:dPt>[\s\S]*?<\/c:dPt>\s*)+)/g, '$2$1')
      .replace(/<c:lineChart>[\s\S]*?<\/c:lineChart>/g, mendLineSeries)
  );
}

/** A line series has no invertIfNegative (a bar's), and its marker comes before its data labels. */
function mendLineSeries(chart: string): string {
  return chart
    .replace(/<c:invertIfNegative val="\d"\/>/g, '')
    .replace(/(<c:dLbls>[\s\S]*?<\/c:dLbls>)(<c:marker>[\s\S]*?<\/c:marker>)/g, '$2$1');
}

/**
 * pptxgenjs numbers charts with a counter global to the module: the second
 * deck built in one process would have chart8.xml where the first had
 * chart1.xml. Number them 1, 2, ... in every deck.
 */
function renumberCharts(files: Files): void {
  const ids = [...new Set(Object.keys(files).flatMap((n) => /^ppt\/charts\/chart(\d+)\.xml$/.exec(n)?.[1] ?? []))].map(Number).sort((a, b) => a - b);
  const next = new Map(ids.map((id, i) => [id, i + 1]));
  if (ids.every((id, i) => id === i + 1)) return;
  const rename = (s: string) =>
    s.replace(/chart(\d+)\.xml/g, (m, id: string) => (next.has(Number(id)) ? `chart${next.get(Number(id))}.xml` : m)).replace(
      /Microsoft_Excel_Worksheet(\d+)\.xlsx/g,
      (m, id: string) => (next.has(Number(id)) ? `Microsoft_Excel_Worksheet${next.get(Number(id))}.xlsx` : m),
    );
  for (const name of Object.keys(files)) {
    const bytes = files[name]!;
    delete files[name];
    files[rename(name)] = /\.(xml|rels)$/.test(name) ? strToU8(rename(strFromU8(bytes))) : bytes;
  }
}

/** The workbook pptxgenjs embeds, with its dates fixed and its entries re-zipped like the deck. */
function fixedWorkbook(xlsx: Uint8Array, iso: string, mtime: Date): Uint8Array {
  const parts = unzipSync(xlsx);
  const core = parts['docProps/core.xml'];
  if (core) {
    parts['docProps/core.xml'] = strToU8(
      strFromU8(core)
        .replace(/(<dcterms:created[^>]*>)[^<]*/, `$1${iso}`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${iso}`),
    );
  }
  const names = Object.keys(parts)
    .filter((n) => !n.endsWith('/'))
    .sort(packageOrder);
  return zipEntries(names.map((name) => ({ name, data: parts[name]!, deflate: true })), mtime);
}
