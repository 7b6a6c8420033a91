// Writing the package: entries in the order given, one fixed date, XML
// deflated, pictures stored. fflate deflates (its output is fixed by the
// locked version, not by the zlib a Node build carries: the same bytes on
// every machine) and assembles the archive. Deflated parts are remembered by
// content, so a rebuild (watch mode, a batch of similar decks) compresses only
// the parts that changed.
import { createHash } from 'node:crypto';
import { Zip, ZipPassThrough, deflateSync } from 'fflate';

/** An entry whose data is deflated already; fflate computes its CRC from the source pushed. */
class Deflated extends ZipPassThrough {
  constructor(
    name: string,
    private readonly deflated: Uint8Array,
  ) {
    super(name);
    this.compression = 8;
  }
  protected override process(_source: Uint8Array, final: boolean): void {
    this.ondata(null, this.deflated as Uint8Array<ArrayBuffer>, final);
  }
}

const deflatedByContent = new Map<string, Uint8Array>();
const MAX_REMEMBERED = 4000;

function deflated(data: Uint8Array): Uint8Array {
  const key = createHash('sha1').update(data).digest('base64');
  let out = deflatedByContent.get(key);
  if (!out) {
    out = deflateSync(data, { level: 9 });
    if (deflatedByContent.size >= MAX_REMEMBERED) deflatedByContent.clear();
    deflatedByContent.set(key, out);
  }
  return out;
}

/** Package order: [Content_Types].xml first (as Office expects), then by name. */
export function packageOrder(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '[Content_Types].xml') return -1;
  if (b === '[Content_Types].xml') return 1;
  return a < b ? -1 : 1;
}

export interface ZipEntry {
  name: string;
  data: Uint8Array;
  /** false for data that is compressed already (PNG). */
  deflate: boolean;
}

export function zipEntries(entries: readonly ZipEntry[], mtime: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  for (const e of entries) {
    const file = e.deflate ? new Deflated(e.name, deflated(e.data)) : new ZipPassThrough(e.name);
    file.mtime = mtime;
    zip.add(file);
    file.push(e.data, true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
