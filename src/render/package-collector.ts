// Stands in for JSZip inside pptxgenjs (bundle alias in scripts/build.mjs and
// vitest.config.ts). pptxgenjs only puts parts into a JSZip and asks for the
// archive; every deck is then taken apart again to be finished and re-zipped
// (render/finish.ts). Here the parts are simply kept: generating the archive
// in JSZip and unzipping it took about 50 ms a deck. Archives pptxgenjs needs
// as such (a native chart's embedded workbook) are zipped with fflate.
import { strToU8, zipSync } from 'fflate';

type Data = string | Uint8Array | ArrayBuffer;

/** What `pptx.write()` returns: an empty byte array carrying the parts. */
export class CollectedPackage extends Uint8Array {
  constructor(readonly parts: Record<string, Uint8Array>) {
    super(0);
  }
}

export default class PackageCollector {
  private readonly parts = new Map<string, Uint8Array>();

  constructor(private readonly root = '') {}

  /** Folders are implicit in part names; a folder object adds parts under its path. */
  folder(name: string): PackageCollector {
    const sub = new PackageCollector(`${this.root}${name.replace(/\/?$/, '/')}`);
    // Parts put into a folder belong to the root's package.
    sub.file = (part: string, data: Data, o?: { base64?: boolean }) => this.file(`${name.replace(/\/?$/, '/')}${part}`, data, o);
    return sub;
  }

  file(name: string, data: Data, o: { base64?: boolean } = {}): this {
    const bytes = typeof data === 'string' ? (o.base64 ? new Uint8Array(Buffer.from(data, 'base64')) : strToU8(data)) : new Uint8Array(data);
    this.parts.set(`${this.root}${name}`, bytes);
    return this;
  }

  async generateAsync(o: { type: string }): Promise<unknown> {
    const parts = Object.fromEntries(this.parts);
    if (o.type === 'uint8array') return new CollectedPackage(parts);
    const zipped = zipSync(parts, { level: 0, mtime: new Date(1980, 0, 1) });
    if (o.type === 'base64') return Buffer.from(zipped).toString('base64');
    if (o.type === 'nodebuffer') return Buffer.from(zipped);
    throw new Error(`internal: pptxgenjs asked for a ${o.type} archive`);
  }
}
