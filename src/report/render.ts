/**
 * `renderHtmlReport(runLog, options)`: one self-contained HTML file showing a run — header, graph coloured
 * by status (dagre layout, inlined), Gantt of every attempt, per-step parameters, metrics, files with
 * lineage and execution logs.
 *
 * Safety: the run's data travels only as JSON inside `<script type="application/json">`, with `<`, `>`, `&`,
 * U+2028 and U+2029 escaped, so no value can close the element; the page inserts every value with
 * `textContent` and links only http(s) URLs. A Content-Security-Policy allows exactly the page's own two
 * scripts (by hash) and no network at all (`default-src 'none'`).
 */
import { createHash } from 'node:crypto';
import { InternalError } from '../errors.js';
import type { RunLog } from '../runlog/model.js';
import { DAGRE_JS } from './dagre-source.generated.js';
import { buildReportData, type ReportData, type ReportOptions } from './model.js';
import { PAGE_CSS, PAGE_JS } from './page.js';

export type { ReportOptions, ReportData } from './model.js';

/** JSON that can sit inside a <script> element: nothing in it can end the element or start a comment. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The page around a report document (exported for the bench, which renders documents it built itself). */
export function renderReportDocument(data: ReportData): string {
  for (const code of [DAGRE_JS, PAGE_JS]) if (/<\/script|<!--/i.test(code)) throw new InternalError('report page script contains </script or <!--');
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${sha256(DAGRE_JS)}' 'sha256-${sha256(PAGE_JS)}'`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  // The title is the only value outside the JSON; it is escaped for HTML text.
  const title = attr(`run ${data.run.id} — ${({ S: 'SUCCESS', F: 'FAIL', P: 'PROCESSING', C: 'CREATED' } as Record<string, string>)[data.run.status] ?? 'unknown'}`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>${PAGE_CSS}</style>`,
    '</head>',
    '<body>',
    '<div id="app"><p id="loading">Loading the run report… (it needs JavaScript)</p></div>',
    `<script type="application/json" id="run-data">${scriptSafeJson(data)}</script>`,
    `<script>${DAGRE_JS}</script>`,
    `<script>${PAGE_JS}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** One self-contained HTML string for a run log (any store layout, ours or runnable's). */
export function renderHtmlReport(runLog: RunLog, options: ReportOptions = {}): string {
  return renderReportDocument(buildReportData(runLog, options));
}
