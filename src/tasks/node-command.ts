/**
 * The syntax of a node task's command, apart from the runner: `validate` reads it without loading the runner
 * (which brings v8 serialisation and the console routing of in-process functions).
 */
/** Splits `path/to/module.js:exportName` / `module.mjs#name` / `module.js`. */
export function parseNodeCommand(command: string): { modulePath: string; exportName: string } {
  const c = command.trim();
  const hash = c.lastIndexOf('#');
  if (hash >= 0) return { modulePath: c.slice(0, hash), exportName: c.slice(hash + 1) || 'default' };
  const colon = c.lastIndexOf(':');
  // A colon after the last path separator (and not a Windows drive letter) separates the export name.
  if (colon > 1 && colon > c.lastIndexOf('/') && colon > c.lastIndexOf('\\')) {
    return { modulePath: c.slice(0, colon), exportName: c.slice(colon + 1) || 'default' };
  }
  return { modulePath: c, exportName: 'default' };
}
