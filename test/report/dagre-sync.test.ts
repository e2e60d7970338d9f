/**
 * src/report/dagre-source.generated.ts is the installed @dagrejs/dagre's dist/dagre.min.js (inlined into every
 * report, so the file is self-contained). Regenerate with `node test/report/generate-dagre-source.mjs`.
 */
import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';

test('the inlined dagre is the installed one (regenerate: node test/report/generate-dagre-source.mjs)', async () => {
  // @ts-expect-error a plain .mjs helper without types
  const { renderDagreModule } = (await import('./generate-dagre-source.mjs')) as { renderDagreModule: () => string };
  expect(readFileSync(new URL('../../src/report/dagre-source.generated.ts', import.meta.url), 'utf8')).toBe(renderDagreModule());
});
