// `briefing template import <file> [--name NAME]`: templates/NAME/ from an
// organisation's PowerPoint file: template.yaml with the colours, faces,
// slide size and areas found in it (to adjust), the master's first picture
// as logo.png, and the file itself beside them. The folder is written whole
// or not at all; an existing one is never replaced.
import { copyFile, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { strFromU8 } from 'fflate';
import { stringify } from 'yaml';
import { userError, type Diagnostic } from '../errors.js';
import { loadOrgTemplate } from '../template/load-org.js';
import { EMU_PER_IN, relsOf, type OrgFile } from '../template/org-file.js';

export interface Imported {
  dir: string;
  warnings: Diagnostic[];
}

/** A template name from a file name: lower case letters, digits and hyphens. */
export const templateNameOf = (file: string) =>
  basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'organisation';

export async function importTemplate(file: string, templatesDir: string, name = templateNameOf(file)): Promise<Imported> {
  if (!/^[a-z0-9][a-z0-9_-]*$/i.test(name)) throw userError(name, 'a template name is letters, digits, - and _', { hint: `e.g. --name ${templateNameOf(file)}` });
  const dir = join(templatesDir, name);
  if (await stat(dir).then(() => true, () => false)) throw userError(dir, 'exists already: nothing written', { hint: 'choose another --name, or remove the folder' });
  const ext = extname(file).toLowerCase();
  const kept = `${name}${ext}`;
  // Everything is read and checked before anything is written.
  const loaded = await loadOrgTemplate(file, file, templatesDir);
  const { spec, org } = loaded;
  const logo = masterPicture(org.file, org.layouts.content);
  const yaml = {
    name,
    description: `Imported from ${basename(file)}: its masters, layouts and theme carry the design. Colours, faces and areas below were found in it; adjust them here.`,
    master: { file: kept },
    slide: spec.slide,
    colors: spec.colors,
    fonts: { east_asian: spec.fonts.east_asian, latin: spec.fonts.latin },
    ...(logo ? { logo: { file: 'logo.png', width_in: logo.w, height_in: logo.h } } : {}),
    areas: spec.areas,
  };
  const temp = join(templatesDir, `.${name}.importing-${process.pid}`);
  await mkdir(temp, { recursive: true });
  try {
    await copyFile(file, join(temp, kept));
    if (logo) await writeFile(join(temp, 'logo.png'), logo.bytes);
    await writeFile(join(temp, 'template.yaml'), `# Template "${name}", imported from ${basename(file)} (briefing template import).\n# Validated by src/schema/template.ts; areas are inches from the slide's top left corner.\n${stringify(yaml, { lineWidth: 0 })}`);
    await rename(temp, dir);
  } catch (e) {
    await rm(temp, { recursive: true, force: true });
    throw e;
  }
  return { dir, warnings: loaded.warnings };
}

/** The first PNG picture the content layout's master draws (an emblem, a logo; not a background), with its size in inches. */
function masterPicture(org: OrgFile, layout: string): { bytes: Uint8Array; w: number; h: number } | undefined {
  const master = org.masters.find((m) => m.layouts.some((l) => l.part === layout)) ?? org.masters[0]!;
  const xml = strFromU8(org.parts[master.part]!);
  const rels = relsOf(org.parts, master.part);
  for (const pic of xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)) {
    const id = /r:embed="([^"]+)"/.exec(pic[0])?.[1];
    const ext = /<a:ext cx="(\d+)" cy="(\d+)"/.exec(pic[0]);
    const target = rels.find((r) => r.id === id)?.target;
    const bytes = target ? org.parts[target] : undefined;
    if (!bytes || !ext || !(bytes[0] === 0x89 && bytes[1] === 0x50)) continue;
    // A picture covering much of the slide is its background, not an emblem.
    if (Number(ext[1]) * Number(ext[2]) > 0.25 * org.cx * org.cy) continue;
    // Nor is a stripe along an edge.
    const ratio = Number(ext[1]) / Math.max(1, Number(ext[2]));
    if (ratio > 6 || ratio < 1 / 6) continue;
    const r = (v: string) => Math.round((Number(v) / EMU_PER_IN) * 1000) / 1000;
    return { bytes, w: r(ext[1]!), h: r(ext[2]!) };
  }
  return undefined;
}
