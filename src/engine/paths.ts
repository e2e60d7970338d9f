import path from 'node:path';

/** The path to open for `file` given relative to `cwd`, written the way users like to read it in messages. */
export function userPath(cwd: string, file: string): string {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}
