// Editing YAML text in tests, and finding where an edit landed.

/** `text` with `from` replaced by `to`; fails unless `from` occurs exactly once. */
export function replaceOnce(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first < 0) throw new Error(`test setup: ${JSON.stringify(from)} not found`);
  if (text.indexOf(from, first + 1) >= 0) throw new Error(`test setup: ${JSON.stringify(from)} occurs more than once`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/** 1-based line and column of the first occurrence of `needle` at or after `from`. */
export function lineColOf(text: string, needle: string, from = 0): { line: number; col: number } {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`test setup: ${JSON.stringify(needle)} not found`);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const col = at - (before.lastIndexOf('\n') + 1) + 1;
  return { line, col };
}
