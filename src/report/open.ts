/** `--open`: hands a file to the desktop's opener (open / xdg-open / start) when there is one. Never throws. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

function onPath(cmd: string, env: Record<string, string | undefined>): boolean {
  return (env.PATH ?? '').split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, cmd)));
}

/** Resolves true when an opener was started (the browser itself may still fail to show it). */
export function openInBrowser(file: string, env: Record<string, string | undefined> = process.env): Promise<boolean> {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [file]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', file]] : ['xdg-open', [file]];
  if (process.platform !== 'win32' && !onPath(cmd as string, env)) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      // The file path is one argument, never shell text.
      const child = spawn(cmd as string, args as string[], { stdio: 'ignore', detached: true, env: env as NodeJS.ProcessEnv });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}
