/**
 * Go's filepath.Clean for '/'-separated paths (pprof cleans file names before keying on them):
 * collapses repeated slashes and "." elements, resolves ".." lexically, "" becomes "".
 */
export function cleanPath(path: string): string {
  // pprof only cleans non-empty names, and most Go paths are already clean
  if (path === '' || !/\/\/|(^|\/)\.\.?(\/|$)|.\/$/.test(path)) return path;
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return '/' + joined;
  return joined === '' ? '.' : joined;
}
