// Line breaking for Chinese with Latin runs, and for English. Chinese breaks
// between words (ICU's dictionary segmentation, Intl.Segmenter with zh word
// granularity), never inside one (截至, 承接, 呈现); a number stays with its
// unit or 年 (20天, 3.83倍, 2021年4月, 800多万元). English breaks at spaces;
// Latin words and numbers stay whole. The usual kinsoku rules hold: no closing
// punctuation at the start of a line, no opening punctuation at its end.

const NO_START = new Set('，。、；：？！）》」』】〕〉”’…—·%％‰,.;:?!)]}'.split(''));
const MAX_CARRIED = 2;
const NO_END = new Set('（《「『【〔〈“‘([{'.split(''));

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
// Latin words and numbers with the marks inside them (321.70, 6.98%, third-party, Chun'an, ×3.83).
const LATIN = /[\p{Script=Latin}0-9×][\p{Script=Latin}0-9.,%+\-−×/:'’&]*/uy;
const NUMBER = /^[0-9][0-9.,]*%?$/;
// What follows a number as its unit or counter: 年 月 日, 天, 倍, 个, 亿元, 万人次, 800多, 20余, 个百分点 ...
const UNIT_START = /^[年月日天倍个家项名省亿万千百元角分多余人次户所件只位岁号期批类级届周种座条台辆套部本篇份场处张亩米吨克秒时点]/u;
// Words and signs that belong before a number: 约12.4个, 第3名, 近50%, 超1000家, +1.7个百分点.
const BEFORE_NUMBER = new Set(['约', '近', '超', '逾', '第', '共', '达', '+', '-', '−', '±', '＋']);

/** Whether a line may end with `before` and the next start with `after` (kinsoku: no closing mark first, no opening mark last). */
export const mayBreakBetween = (before: string, after: string): boolean =>
  !NO_START.has([...after.trimStart()][0] ?? '') && !NO_END.has([...before.trimEnd()].at(-1) ?? '');

/** Split text into the smallest pieces a line may break between. */
export function breakUnits(text: string): string[] {
  let units = known.get(text);
  if (units) return units;
  units = marksAttached(glue(pieces(text)));
  if (known.size > 20_000) known.clear();
  known.set(text, units);
  return units;
}
const known = new Map<string, string[]>();

/** Latin words, runs of white space, and the words ICU finds in everything else. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  let other = '';
  const flush = () => {
    if (other) for (const s of segmenter.segment(other)) out.push(s.segment);
    other = '';
  };
  while (i < text.length) {
    LATIN.lastIndex = i;
    const latin = LATIN.exec(text);
    if (latin) {
      flush();
      out.push(latin[0]);
      i += latin[0].length;
      continue;
    }
    const space = /\s+/y;
    space.lastIndex = i;
    const ws = space.exec(text);
    if (ws) {
      flush();
      out.push(ws[0]);
      i += ws[0].length;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    other += ch;
    i += ch.length;
  }
  flush();
  return out;
}

/**
 * A closing mark goes with the word before it, an opening mark with the word after it (“Eight Upgrades”,
 * 目标，): a line then never has to be mended by carrying characters of a word.
 */
function marksAttached(units: string[]): string[] {
  const out: string[] = [];
  let opening = '';
  for (const u of units) {
    const chars = [...u];
    const last = out[out.length - 1];
    if (!opening && chars.every((ch) => NO_START.has(ch)) && last !== undefined && !/\s$/.test(last)) out[out.length - 1] = last + u;
    else if (chars.every((ch) => NO_END.has(ch))) opening += u;
    else {
      out.push(opening + u);
      opening = '';
    }
  }
  if (opening) out.push(opening);
  return out;
}

/** Keep a number with its unit (and a date's 年 with its month), and 约 or 第 with the number after it. */
function glue(parts: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    let unit = parts[i]!;
    // A straight quote closes the word before it, or opens the one after it: it never starts or ends a line alone.
    if (unit === '"' || unit === "'") {
      const last = out[out.length - 1];
      if (last !== undefined && !/\s$/.test(last)) out[out.length - 1] = last + unit;
      else if (i + 1 < parts.length && !/^\s/.test(parts[i + 1]!)) parts[i + 1] = unit + parts[i + 1]!;
      else out.push(unit);
      continue;
    }
    if (!NUMBER.test(unit)) {
      out.push(unit);
      continue;
    }
    if (out.length && BEFORE_NUMBER.has(out[out.length - 1]!)) unit = out.pop()! + unit;
    let glued = 0;
    // The unit may stand after a space (1.7 个百分点, as figures are written): the space goes with it.
    const unitAt = (j: number) => j < parts.length && UNIT_START.test(parts[j]!) && [...parts[j]!].length <= 3;
    while (glued < 3 && (unitAt(i + 1) || (glued === 0 && parts[i + 1] === ' ' && unitAt(i + 2)))) {
      if (!unitAt(i + 1)) unit += parts[++i];
      unit += parts[++i];
      glued++;
      // 2021年4月, 2021年4月10日: one date.
      if (/[年月]$/.test(unit) && i + 2 < parts.length && NUMBER.test(parts[i + 1]!) && /^[月日]/.test(parts[i + 2]!)) {
        unit += parts[++i]!;
      }
    }
    out.push(unit);
  }
  return out;
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
    const units = breakUnits(paragraph).flatMap((u) => (u.length > 1 && width(u) > maxWidth ? tooWide(u, maxWidth, width) : [u]));
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
      const bad = (kept: string[], carried: string[]) => NO_START.has(carried[0]![0]!) || NO_END.has(kept[kept.length - 1]!.slice(-1));
      const carry = (from: string[]): [string[], string[]] => {
        const kept = [...from];
        const carried = [unit];
        while (carried.length <= MAX_CARRIED && kept.length > 1 && bad(kept, carried)) carried.unshift(kept.pop()!);
        return [kept, carried];
      };
      let [kept, carried] = carry(line);
      // Whole words could not mend the break (a line of one word; a carried word that fills a line):
      // carry characters instead. Only on very narrow lines.
      if ((bad(kept, carried) || widthOf(carried) > maxWidth) && line.some((u) => [...u].length > 1)) [kept, carried] = carry(line.flatMap((u) => [...u]));
      line = kept;
      lines.push(line.join('').trimEnd());
      line = carried;
      lineWidth = widthOf(carried);
    }
    lines.push(line.join('').trimEnd());
  }
  return lines;
}

/** A unit wider than a line: a number and its unit on two lines (+1.7 | 个百分点) when each fits, else its characters. */
function tooWide(u: string, maxWidth: number, width: (s: string) => number): string[] {
  const numbered = /^([^0-9]{0,2}[0-9][0-9.,]*%?)\s?(\S.*)$/u.exec(u);
  if (numbered && width(numbered[1]!) <= maxWidth && width(numbered[2]!) <= maxWidth) return [numbered[1]!, numbered[2]!];
  return [...u];
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
