/**
 * The one escaping rule for the Action's log (SECURITY.md guarantee 8): every line we print that carries user
 * data — step names, map items (they are part of internal names), parameter values, messages — goes through
 * `inertText`, so no text of a pipeline's can act on the job as a workflow command.
 *
 * The runner reads a log line as a command when, leading and trailing whitespace trimmed, it starts with `::`
 * (`::add-mask::x`, `::error::x`, `::stop-commands::t`, `::save-state name=n::v`), or when it contains the
 * legacy `##[command]` form anywhere. A line of user data therefore gets a zero-width space (U+200B) between
 * the two colons or hashes — it reads the same and is no longer a command. Values of our own commands
 * (group titles, annotation messages) are escaped with `escapeData` / `escapeProperty` instead, as the
 * toolkit does.
 */

const ZWSP = '\u200b';

/** One line of user data, made inert (line breaks inside are not expected: see `inertText`). */
export function inertLine(line: string): string {
  let out = line.replace(/##\[/g, `#${ZWSP}#[`);
  const lead = /^\s*/.exec(out)![0].length;
  if (out.startsWith('::', lead)) out = `${out.slice(0, lead)}:${ZWSP}:${out.slice(lead + 2)}`;
  return out;
}

/** User text of any number of lines, each made inert (`\r` alone counts as a line break, as for the runner). */
export function inertText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(inertLine)
    .join('\n');
}

/** User text on one line: line breaks become spaces, then made inert. For status lines and titles. */
export function inertOneLine(text: string): string {
  return inertLine(text.replace(/\r\n|\r|\n/g, ' '));
}

/**
 * A stream whose every write is made inert (`inertText`): for the CLI's own stderr when it runs inside a
 * workflow's `run:` step (`GITHUB_ACTIONS=true`), where error messages and status lines quote user data.
 * Each write is taken to start a line: our writes are whole lines, and escaping a line that is not a line
 * start only adds a zero-width space.
 */
export function inertStream<S extends NodeJS.WritableStream>(stream: S): S {
  return new Proxy(stream, {
    get(target, prop, receiver) {
      if (prop === 'write') {
        return (chunk: unknown, ...rest: unknown[]) =>
          (target.write as (...a: unknown[]) => boolean)(typeof chunk === 'string' ? inertText(chunk) : chunk, ...rest);
      }
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/** A workflow command's value (the toolkit's escapeData). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value (the toolkit's escapeProperty). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
