import type { DayReportWords } from '../../../shared/i18n/dayReportWords.js';
import type { DayReport } from '../../../shared/ipc/reportContract.js';
import { csvField } from '../audit/auditCsv.js';
import { requestTable } from './reportRows.js';

/**
 * The day's requests as CSV, one row per request under Vietnamese headers. UTF-8 with a byte
 * order mark and CRLF line ends: without the mark Excel reads the file as the machine's ANSI
 * code page and "Hủy liên kết" comes out garbled.
 */
export function renderReportCsv(report: DayReport, words: DayReportWords): Buffer {
  const table = requestTable(report, words);
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvField).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
