// wawoff2 (Google's woff2 in WebAssembly) ships no types.
declare module 'wawoff2' {
  const wawoff2: { decompress(woff2: Uint8Array): Promise<Uint8Array>; compress(sfnt: Uint8Array): Promise<Uint8Array> };
  export default wawoff2;
}
