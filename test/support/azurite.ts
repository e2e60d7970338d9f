/**
 * Azurite (the Azure Blob emulator, pure JS) started and stopped by a test: the real blob store behind the
 * Results service double, with real SAS checks and real block-commit semantics (platform doc §5.7 B).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { get as httpGet } from 'node:http';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';

/** The documented Azurite development account (published in the Azurite README). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface AzuriteHandle {
  host: string;
  port: number;
  /** `http://127.0.0.1:<port>/devstoreaccount1` (path-style, as the SDK uses for IP hosts). */
  accountUrl: string;
  stop(): Promise<void>;
}

/** A free TCP port: bind a throwaway server to port 0 and release it. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Waits until *this* Azurite answers on `port`: an HTTP answer whose Server header names Azurite (a bare TCP
 * connect could reach another process that took the port between freePort() and Azurite's bind).
 */
async function waitForAzurite(port: number, timeoutMs: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`azurite exited early with code ${child.exitCode}`);
    const server = await new Promise<string>((resolve) => {
      const req = httpGet({ host: '127.0.0.1', port, path: '/', timeout: 5000 }, (res) => {
        res.resume();
        resolve(String(res.headers.server ?? ''));
      });
      req.once('timeout', () => req.destroy());
      req.once('error', () => resolve(''));
    });
    if (/^Azurite/.test(server)) return;
    if (server) throw new Error(`port ${port} is answered by '${server}', not Azurite`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`azurite did not answer on ${port} within ${timeoutMs} ms`);
}

/** Starts `azurite-blob` in memory on a free port on 127.0.0.1 with telemetry off. */
export async function startAzurite(): Promise<AzuriteHandle> {
  const require = createRequire(import.meta.url);
  const main = require.resolve('azurite/dist/src/blob/main.js');
  let lastErr: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [main, '--blobHost', '127.0.0.1', '--blobPort', String(port), '--inMemoryPersistence', '--disableTelemetry', '--skipApiVersionCheck', '--silent', '--loose'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      // Generous: loading Azurite takes seconds on a busy machine (a miss costs a restart on a new port).
      await waitForAzurite(port, 90_000, child);
    } catch (e) {
      child.kill('SIGKILL');
      lastErr = new Error(`${(e as Error).message}\n${stderr}`);
      continue;
    }
    return {
      host: '127.0.0.1',
      port,
      accountUrl: `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}`,
      stop: () =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 3000).unref();
        }),
    };
  }
  throw lastErr;
}
