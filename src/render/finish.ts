// Finishing the package pptxgenjs wrote: mend its known defects
// (../shared/notes/pptxgenjs.md) and re-zip it reproducibly and compressed.
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { finishCharts } from './finish-charts.js';
import { CollectedPackage } from './package-collector.js';
import { verifyPackage } from './verify.js';
import { packageOrder, zipEntries } from './zip.js';
import { titlePlaceholders } from './title-placeholders.js';
import { useOrgMasters } from './org-masters.js';
import type { OrgTemplate } from '../template/load-org.js';
import type { PlacedSlide } from '../layout/placed.js';

export interface FinishOptions {
  /** The one date stamped everywhere in the package. */
  date: Date;
  /** The deck's language: notes and chart texts are tagged with it. */
  lang?: 'zh-CN' | 'en-US';
  eastAsian: string;
  latin: string;
  /** Pictures to put in place of the placeholder pptxgenjs was given, by part name. */
  pictures?: Map<string, Uint8Array>;
  placeholder?: Uint8Array;
  /** An organisation's template: its masters replace pptxgenjs's, each slide (of `kinds`, in order) on its layout. */
  org?: OrgTemplate;
  kinds?: PlacedSlide['layout'][];
}

export function finishPackage(bytes: Uint8Array, o: FinishOptions): Uint8Array {
  // The parts as pptxgenjs wrote them: kept by the collector standing in for JSZip, or unzipped.
  const files: Record<string, Uint8Array> = bytes instanceof CollectedPackage ? { ...bytes.parts } : unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name]!);
  const put = (name: string, s: string) => (files[name] = strToU8(s));

  const foreign = o.org ? useOrgMasters(files, o.org, o.kinds ?? []) : new Set<string>();
  // [Content_Types].xml declares a slide master per slide that does not exist (#1444); an organisation's
  // masters and layouts, put where pptxgenjs's were, are declared again: one Override per part (OPC
  // allows no more), the last, which is the organisation's.
  const types = text('[Content_Types].xml');
  const lastOverride = new Map([...types.matchAll(/<Override PartName="\/([^"]+)"[^>]*\/>/g)].map((m) => [m[1]!, m.index!]));
  put(
    '[Content_Types].xml',
    types.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (tag, part: string, at: number) => (part in files && lastOverride.get(part) === at ? tag : '')),
  );

  for (const [part, png] of o.pictures ?? []) {
    // A part that is missing or is not the placeholder means pptxgenjs named its media otherwise.
    const found = files[part];
    if (!found || !o.placeholder || Buffer.compare(found, o.placeholder) !== 0) throw new Error(`internal: ${part} is not the chart placeholder pptxgenjs was given`);
    files[part] = png;
  }

  // Our own layouts: the cover's title is a centred title (ctrTitle), every other slide's a title.
  // An organisation's layouts have their own title placeholders, whose colour and face the titles take.
  titlePlaceholders(files, o.org ? { inherit: true } : { typeFor: (layout) => (/<p:cSld name="COVER"/.test(layout) ? 'ctrTitle' : 'title') });

  const iso = o.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const lang = o.lang ?? 'zh-CN';
  finishCharts(files, { eastAsian: o.eastAsian, iso, mtime: zipTime(o.date), lang });
  put(
    'docProps/core.xml',
    text('docProps/core.xml')
      .replace(/(<dcterms:created[^>]*>)[^<]*/, `$1${iso}`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${iso}`),
  );

  for (const name of Object.keys(files)) {
    if (!name.endsWith('.xml') || foreign.has(name)) continue;
    let xml = text(name);
    const before = xml;
    // softBreakBefore writes the paragraph's <a:pPr> again after <a:br/>, where the schema forbids it.
    if (name.startsWith('ppt/slides/')) xml = xml.replace(/<a:br\/><a:pPr\b(?:[^>]*\/>|[^>]*>.*?<\/a:pPr>)/g, '<a:br/>');
    if (name === 'ppt/presentation.xml') xml = notesMasterAfterMasters(xml);
    if (xml.includes('<p:bgPr')) xml = withEffectList(xml);
    // Speaker notes are always written as en-US: right for English decks only.
    if (lang !== 'en-US' && (name.startsWith('ppt/notesSlides/') || name.startsWith('ppt/notesMasters/'))) xml = xml.replaceAll('lang="en-US"', `lang="${lang}"`);
    // English runs name Chinese as their alternative language, as PowerPoint does, so any Chinese left is set as Chinese.
    if (lang === 'en-US' && name.startsWith('ppt/slides/')) xml = xml.replace(/(<a:rPr lang="en-US") altLang="en-US"/g, '$1 altLang="zh-CN"');
    // fontFace fills latin, ea and cs alike: give Latin text the template's Latin face.
    if (o.latin !== o.eastAsian) xml = xml.replaceAll(`<a:latin typeface="${o.eastAsian}"`, `<a:latin typeface="${o.latin}"`);
    if (xml !== before) put(name, xml);
  }
  const problems = verifyPackage(files, foreign);
  // A defect here is the tool's, not the user's: fail the build, never ship the file.
  if (problems.length) throw new Error(`internal: the finished package has defects PowerPoint would repair:\n  ${problems.join('\n  ')}`);
  return rezip(files, o.date);
}

/**
 * pptxgenjs writes <p:notesMasterIdLst> after <p:sldIdLst>; the schema's
 * sequence (and PowerPoint's own files) put it right after <p:sldMasterIdLst>.
 */
export function notesMasterAfterMasters(xml: string): string {
  const list = /<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>|<p:notesMasterIdLst\/>/.exec(xml);
  const masters = xml.indexOf('</p:sldMasterIdLst>');
  if (!list || masters < 0 || list.index < masters) return xml;
  const rest = xml.slice(0, list.index) + xml.slice(list.index + list[0].length);
  const at = masters + '</p:sldMasterIdLst>'.length;
  return rest.slice(0, at) + list[0] + rest.slice(at);
}

/**
 * A background without <a:effectLst/> makes PowerPoint offer a repair
 * (pptxgenjs #1442); PowerPoint's own files always carry one. The schema's
 * place for it: after the fill, before any <p:extLst>.
 */
export function withEffectList(xml: string): string {
  return xml.replace(/<p:bgPr\b([^>]*)>([\s\S]*?)<\/p:bgPr>/g, (whole, attrs: string, inner: string) => {
    if (/<a:effect(?:Lst|Dag)\b/.test(inner)) return whole;
    const ext = inner.indexOf('<p:extLst');
    const body = ext < 0 ? `${inner}<a:effectLst/>` : `${inner.slice(0, ext)}<a:effectLst/>${inner.slice(ext)}`;
    return `<p:bgPr${attrs}>${body}</p:bgPr>`;
  });
}

/**
 * Zip entry times are local wall-clock times: build the date from UTC parts so
 * every time zone writes the same bytes. Zip dates run from 1980 to 2107
 * (fflate: 2099): outside that, the nearest end.
 */
function zipTime(date: Date): Date {
  const y = Math.min(2099, Math.max(1980, date.getUTCFullYear()));
  if (y === date.getUTCFullYear()) return new Date(y, date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds());
  return new Date(y, y === 1980 ? 0 : 11, y === 1980 ? 1 : 31);
}

/** Sorted entries, [Content_Types].xml first, one fixed date, deflated. */
function rezip(files: Record<string, Uint8Array>, date: Date): Uint8Array {
  const mtime = zipTime(date);
  const names = Object.keys(files).sort(packageOrder);
  return zipEntries(
    // Folder entries are not parts of the package.
    names.filter((name) => !name.endsWith('/')).map((name) => ({ name, data: files[name]!, deflate: !/\.(png|jpe?g|xlsx)$/.test(name) })),
    mtime,
  );
}
