// Characters that make XML ill-formed (pptxgenjs writes them raw): C0 controls
// other than tab and newline, U+FFFE/U+FFFF and lone surrogates. U+000B
// (vertical tab, a soft return in Office) becomes a newline.
const ILLEGAL = /[\u0000-\u0008\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\u000B/g, '\n').replace(ILLEGAL, '');
}
