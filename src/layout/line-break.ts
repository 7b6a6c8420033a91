// Line breaking for Chinese with Latin runs, and for English: break between
// any two CJK characters and at spaces, keep Latin words and numbers whole, and follow the usual
// kinsoku rules: no closing punctuation at the start of a line, no opening
// punctuation at its end.

const NO_START = new Set('，。、；：？！）》」』】〕〉”’…—·%％‰,.;:?!)]}'.split(''));
const MAX_CARRIED = 2;
const NO_END = new Set('（《「『【〔〈“‘([{'.split(''));

/** Split text into the smallest pieces a line may break between. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  // Words (Latin letters, digits and the marks inside words and numbers:
  // 321.70, 6.98%, third-party, Chun'an, ×3.83) stay together; spaces separate.
  // English therefore wraps at spaces, and a word breaks only when it alone is
  // wider than the line (wrapText).
  const re = /[\p{Script=Latin}0-9×][\p{Script=Latin}0-9.,%+\-−×/:'’&]*|\s+|[\s\S]/gu;
  for (const m of text.matchAll(re)) units.push(m[0]);
  return units;
}

/**
 * Greedy wrap of `text` to `maxWidth`. Returns lines. Widths add up: a line is
 * as wide as its units plus `gap` where two units meet (the space viewers put
 * between Chinese and Latin text). A unit wider than a line is split into
 * characters.
 */
export function wrapText(text: string, maxWidth: number, width: (s: string) => number, gap: (a: string, b: string) => number = () => 0): string[] {
  const lines: string[] = [];
  const widthOf = (units: string[]) => units.reduce((w, u, i) => w + width(u) + (i ? gap(units[i - 1]!.slice(-1), u[0]!) : 0), 0);
  for (const paragraph of text.split('\n')) {
    const units = breakUnits(paragraph).flatMap((u) => (u.length > 1 && width(u) > maxWidth ? [...u] : [u]));
    let line: string[] = [];
    let lineWidth = 0;
    for (const unit of units) {
      const added = line.length ? width(unit) + gap(line[line.length - 1]!.slice(-1), unit[0]!) : width(unit);
      if (line.length === 0 || lineWidth + added <= maxWidth) {
        if (line.length > 0 || !/^\s+$/.test(unit)) {
          line.push(unit);
          lineWidth += added;
        }
        continue;
      }
      if (/^\s+$/.test(unit)) {
        lines.push(line.join(''));
        line = [];
        lineWidth = 0;
        continue;
      }
      // Carry units over so the new line does not start with closing
      // punctuation and the old one does not end with opening punctuation.
      // At most two units: a longer run of such marks breaks where it must.
      const carried: string[] = [unit];
      while (carried.length <= MAX_CARRIED && line.length > 1 && (NO_START.has(carried[0]![0]!) || NO_END.has(line[line.length - 1]!.slice(-1)))) {
        carried.unshift(line.pop()!);
      }
      lines.push(line.join('').trimEnd());
      line = carried;
      lineWidth = widthOf(carried);
    }
    lines.push(line.join('').trimEnd());
  }
  return lines;
}

/**
 * The text of the first `n` of its wrapped `lines`, and the rest, cut in the
 * text itself (wrapText drops the spaces it breaks at; rejoining lines would
 * run two English words together).
 */
export function splitAfterLines(text: string, lines: string[], n: number): [string, string] {
  let at = 0;
  for (const line of lines.slice(0, n)) {
    while (at < text.length && /\s/.test(text[at]!) && !text.startsWith(line, at)) at++;
    // A line is a piece of the text; anything else (a paragraph break) falls back to joining.
    if (!text.startsWith(line, at)) return [lines.slice(0, n).join(''), lines.slice(n).join('')];
    at += line.length;
  }
  return [text.slice(0, at).trimEnd(), text.slice(at).trimStart()];
}
