// Line breaking for Chinese with Latin runs: break between any two CJK
// characters, keep Latin words and numbers whole, and follow the usual
// kinsoku rules: no closing punctuation at the start of a line, no opening
// punctuation at its end.

const NO_START = new Set('，。、；：？！）》」』】〕〉”’…—·%％‰,.;:?!)]}'.split(''));
const NO_END = new Set('（《「『【〔〈“‘([{'.split(''));

/** Split text into the smallest pieces a line may break between. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  // Latin letters, digits and the marks inside numbers stay together; spaces separate.
  const re = /[A-Za-z0-9][A-Za-z0-9.,%+\-−×/:]*|\s+|[\s\S]/gu;
  for (const m of text.matchAll(re)) units.push(m[0]);
  return units;
}

/**
 * Greedy wrap of `text` to `maxWidth` given a width function. Returns lines.
 * A unit wider than a whole line is split into characters.
 */
export function wrapText(text: string, maxWidth: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const units = breakUnits(paragraph).flatMap((u) => (u.length > 1 && width(u) > maxWidth ? [...u] : [u]));
    let line: string[] = [];
    for (const unit of units) {
      if (line.length === 0 || width(line.join('') + unit) <= maxWidth) {
        if (line.length > 0 || !/^\s+$/.test(unit)) line.push(unit);
        continue;
      }
      if (/^\s+$/.test(unit)) {
        lines.push(line.join(''));
        line = [];
        continue;
      }
      // Carry units over so the new line does not start with closing
      // punctuation and the old one does not end with opening punctuation.
      const carried: string[] = [unit];
      while (line.length > 1 && (NO_START.has(carried[0]![0]!) || NO_END.has(line[line.length - 1]!.slice(-1)))) {
        carried.unshift(line.pop()!);
      }
      lines.push(line.join('').trimEnd());
      line = carried;
    }
    lines.push(line.join('').trimEnd());
  }
  return lines;
}
