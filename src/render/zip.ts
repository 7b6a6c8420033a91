// Writing the package: entries in the order given, one fixed date, XML
// deflated, pictures stored. fflate assembles the archive; Node's own zlib
// deflates (level 9: about 5 ms for a deck's XML, where fflate's deflate in
// JavaScript took 40 ms or more in a fresh process, most of it compiling
// itself). The bytes are fixed by the zlib that Node.js version carries, as
// the chart pictures' are: the same Node.js gives the same deck.
import { deflateRawSync } from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';

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

const deflated = (data: Uint8Array): Uint8Array => deflateRawSync(data, { level: 9 });

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
