// A request's path, or undefined when it tries to step out of where it is:
// dot segments, encoded or not, encoded slashes and backslashes, NUL. The
// server answers only names it knows, so such a path could not reach a file
// anyway; refusing it outright makes every traversal attempt a plain 404.
const FORBIDDEN_RAW = /(^|\/)\.\.?(\/|$)|%2e|%2f|%5c|%00|\\/i;

export function requestPath(url: string | undefined): string | undefined {
  if (!url || !url.startsWith('/')) return undefined;
  const raw = url.replace(/[?#].*$/s, '');
  if (FORBIDDEN_RAW.test(raw)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  // Decoded once more by anything downstream? Not here: but a path that still holds escapes or dots is refused.
  if (/(^|\/)\.\.?(\/|$)|\\|\0|%/.test(path)) return undefined;
  return path;
}
