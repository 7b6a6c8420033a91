// The deck on an organisation's template: pptxgenjs's master and layouts are
// replaced by the file's slide masters, layouts and theme (with the pictures
// and other parts they use), and each slide is pointed at the layout chosen
// for its kind. Slides the file holds are not copied; neither is anything
// that is not reached from its masters (macros never are).
import { posix } from 'node:path';
import { strFromU8, strToU8 } from 'fflate';
import type { PlacedSlide } from '../layout/placed.js';
import type { OrgTemplate } from '../template/load-org.js';
import { relsOf as relationships } from '../template/org-file.js';

type Files = Record<string, Uint8Array>;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Relationship types never followed from a master or layout. */
const SKIP = new Set(['slide', 'notesSlide', 'notesMaster', 'handoutMaster', 'vbaProject', 'presentation']);

const text = (files: Files, name: string) => strFromU8(files[name]!);
const relsName = (part: string) => `${posix.dirname(part)}/_rels/${posix.basename(part)}.rels`;
const attr = (xml: string, n: string) => new RegExp(`\\b${n}="([^"]*)"`).exec(xml)?.[1];

/** Puts the organisation's masters in place of pptxgenjs's; returns the names of the parts copied. */
export function useOrgMasters(files: Files, org: OrgTemplate, kinds: PlacedSlide['layout'][]): Set<string> {
  const src = org.file.parts;
  for (const name of Object.keys(files)) if (/^ppt\/(slideMasters|slideLayouts)\//.test(name)) delete files[name];

  // The parts reached from the masters, each under its name in the deck.
  const names = new Map<string, string>();
  let themes = 1;
  const nameFor = (part: string): string => {
    if (/^ppt\/(slideMasters|slideLayouts)\/[^/]+\.xml$/.test(part)) return part;
    if (/^ppt\/theme\/[^/]+\.xml$/.test(part)) return `ppt/theme/theme${++themes}.xml`;
    return `${posix.dirname(part)}/template-${posix.basename(part)}`;
  };
  const queue = org.file.masters.map((m) => m.part);
  while (queue.length) {
    const part = queue.shift()!;
    if (names.has(part) || !src[part]) continue;
    names.set(part, nameFor(part));
    for (const r of relationships(src, part)) if (!r.external && !SKIP.has(r.type) && !names.has(r.target)) queue.push(r.target);
  }

  const types = strFromU8(src['[Content_Types].xml']!);
  const typeOf = (part: string) =>
    attr(new RegExp(`<Override\\b[^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`).exec(types)?.[0] ?? '', 'ContentType') ??
    attr(new RegExp(`<Default\\b[^>]*Extension="${posix.extname(part).slice(1)}"[^>]*/>`, 'i').exec(types)?.[0] ?? '', 'ContentType') ??
    'application/octet-stream';
  let overrides = '';
  for (const [from, to] of names) {
    files[to] = /\.xml$/.test(from) ? strToU8(uniqueShapeIds(strFromU8(src[from]!))) : src[from]!;
    overrides += `<Override PartName="/${to}" ContentType="${typeOf(from)}"/>`;
    const rels = src[relsName(from)];
    if (!rels) continue;
    // Targets renamed with their parts, relative to the part's new folder; relationships not followed are dropped.
    const kept = [...strFromU8(rels).matchAll(/<Relationship\b[^>]*\/>/g)].flatMap(([tag]) => {
      const r = relationships({ [relsName(from)]: strToU8(`<Relationships>${tag}</Relationships>`) }, from)[0]!;
      if (r.external) return [tag];
      const target = names.get(r.target);
      return target ? [tag.replace(/\bTarget="[^"]*"/, `Target="${posix.relative(posix.dirname(to), target)}"`)] : [];
    });
    files[relsName(to)] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${kept.join('')}</Relationships>`);
  }
  files['[Content_Types].xml'] = strToU8(text(files, '[Content_Types].xml').replace('</Types>', `${overrides}</Types>`));

  // presentation.xml: the file's masters (with their ids), its slide size; its theme in the presentation's relationships.
  const presRels = 'ppt/_rels/presentation.xml.rels';
  const orgPres = strFromU8(src['ppt/presentation.xml'] ?? new Uint8Array());
  const orgIds = [...orgPres.matchAll(/<p:sldMasterId\b[^>]*\bid="(\d+)"/g)].map((m) => m[1]!);
  let rels = text(files, presRels).replace(/<Relationship\b[^>]*\/slideMaster"[^>]*\/>/g, '');
  const list = org.file.masters.map((m, i) => {
    rels = rels.replace('</Relationships>', `<Relationship Id="rIdTemplateMaster${i + 1}" Type="${REL}/slideMaster" Target="${posix.relative('ppt', m.part)}"/></Relationships>`);
    return `<p:sldMasterId id="${orgIds[i] ?? 2147483648 + i * 100}" r:id="rIdTemplateMaster${i + 1}"/>`;
  });
  const contentTheme = names.get(org.file.masters.find((m) => m.layouts.some((l) => l.part === org.layouts.content))?.theme ?? '');
  if (contentTheme) rels = rels.replace(/(<Relationship\b[^>]*\/theme"[^>]*Target=")[^"]*"/, `$1${posix.relative('ppt', contentTheme)}"`);
  files[presRels] = strToU8(rels);
  files['ppt/presentation.xml'] = strToU8(
    text(files, 'ppt/presentation.xml')
      .replace(/<p:sldMasterIdLst>[\s\S]*?<\/p:sldMasterIdLst>/, `<p:sldMasterIdLst>${list.join('')}</p:sldMasterIdLst>`)
      .replace(/<p:sldSz\b[^>]*\/>/, `<p:sldSz cx="${org.file.cx}" cy="${org.file.cy}"/>`),
  );

  // Each slide on the layout chosen for its kind.
  kinds.forEach((kind, i) => {
    const name = `ppt/slides/_rels/slide${i + 1}.xml.rels`;
    if (!files[name]) throw new Error(`internal: no relationships for slide ${i + 1}`);
    files[name] = strToU8(text(files, name).replace(/(<Relationship\b[^>]*\/slideLayout"[^>]*Target=")[^"]*"/, `$1../slideLayouts/${posix.basename(org.layouts[kind])}"`));
  });
  return new Set(names.values());
}

/** Shape ids made unique within a part (LibreOffice writes the shape tree's id again on a shape). */
function uniqueShapeIds(xml: string): string {
  if (!xml.includes('<p:cNvPr')) return xml;
  const seen = new Set<string>();
  const ids = [...xml.matchAll(/<p:cNvPr\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
  let next = Math.max(0, ...ids) + 1;
  return xml.replace(/(<p:cNvPr\b[^>]*\bid=")(\d+)"/g, (whole, head: string, id: string) => {
    if (!seen.has(id)) {
      seen.add(id);
      return whole;
    }
    return `${head}${next++}"`;
  });
}
