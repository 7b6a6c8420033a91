// Reading a written .pptx: its parts as bytes and text, relationships resolved.
import { strFromU8, unzipSync } from 'fflate';
import { posix } from 'node:path';

export interface Package {
  /** Every zip entry, by name, including any folder entries. */
  entries: string[];
  parts: Record<string, Uint8Array>;
  text(name: string): string;
  has(name: string): boolean;
}

export function openPackage(bytes: Uint8Array): Package {
  const parts = unzipSync(bytes);
  return {
    entries: Object.keys(parts),
    parts,
    has: (name) => name in parts,
    text: (name) => {
      const part = parts[name];
      if (!part) throw new Error(`no part ${name} in the package`);
      return strFromU8(part);
    },
  };
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The part the target names, resolved inside the package (no leading /). */
  resolved: string;
}

/** The relationships of a .rels part, targets resolved against its source part's folder. */
export function relationships(pkg: Package, relsName: string): Relationship[] {
  // a/b/_rels/c.xml.rels describes a/b/c.xml; _rels/.rels describes the package.
  const sourceDir = posix.dirname(posix.dirname(relsName));
  const out: Relationship[] = [];
  for (const m of pkg.text(relsName).matchAll(/<Relationship\s([^>]*?)\/?>/g)) {
    const attrs = attributes(m[1]!);
    const target = attrs.Target ?? '';
    const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(sourceDir === '.' ? '' : sourceDir, target));
    out.push({ id: attrs.Id ?? '', type: attrs.Type ?? '', target, external: attrs.TargetMode === 'External', resolved });
  }
  return out;
}

export function attributes(tagBody: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tagBody.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1]!] = decodeXml(m[2]!);
  return out;
}

export function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/** Slide part names in slide order: ppt/slides/slide1.xml, slide2.xml, ... */
export function slideNames(pkg: Package): string[] {
  return pkg.entries
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
}

/** The plain text of the paragraphs of an XML part, one string per <a:p>. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => decodeXml(t[1]!)).join(''));
}
