/** The run report (issue #16): one self-contained HTML file per run. */
export { renderHtmlReport, renderReportDocument, scriptSafeJson } from './render.js';
export { buildReportData, executionLogEntries, type ReportData, type ReportOptions } from './model.js';
export { collectExecutionLogs, secretValuesFor, writeRunReport, type WriteReportOptions } from './write.js';
