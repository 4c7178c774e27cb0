import type { AuditFilter, AuditLogEntry } from '../../../shared/ipc/auditContract.js';
import type { ExportedFile } from '../../../shared/ipc/exportedFile.js';
import type { AuditCsvColumn, AuditLogWords } from '../../../shared/i18n/auditLogWords.js';
import { auditCsvColumns, auditOutcomeText } from '../../../shared/i18n/auditLogWords.js';
import { VIETNAM_OFFSET_MS } from '../../../shared/rules/time.js';

const BOM = '\uFEFF';

/**
 * The filtered entries as a CSV that Excel opens with its Vietnamese letters intact: UTF-8 with
 * a BOM, CRLF line ends, RFC 4180 quoting, one header row in the catalogue's words, then one
 * row per entry, newest first. The action is in words beside its code (the code sorts and
 * filters the same in any language).
 */
export function auditCsv(entries: readonly AuditLogEntry[], words: AuditLogWords): string {
  const rows = [auditCsvColumns.map((column) => words.csv.headers[column])];
  for (const entry of entries) rows.push(auditCsvColumns.map((column) => cell(entry, column, words)));
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The CSV as the export hands it over, named for the kiosk and the filter. */
export function auditCsvFile(csv: string, kioskId: string, filter: AuditFilter, now: Date): ExportedFile {
  const parts = ['nhat-ky', kioskId, filter.day ?? `den-${vietnamStamp(now)}`, filter.staffId, filter.action];
  const fileName = `${parts
    .filter((part): part is string => part !== undefined)
    .join('_')
    .replace(/[^\w.-]/g, '-')
    .slice(0, 115)}.csv`;
  return {
    fileName,
    mediaType: 'text/csv; charset=utf-8',
    contentBase64: Buffer.from(csv, 'utf8').toString('base64'),
  };
}

function cell(entry: AuditLogEntry, column: AuditCsvColumn, words: AuditLogWords): string {
  switch (column) {
    case 'seq':
      return String(entry.seq);
    case 'at':
      return vietnamDateTime(entry.at);
    case 'action':
      return words.actions[entry.action];
    case 'actionCode':
      return entry.action;
    case 'actor':
      return words.csv.actors[entry.actor];
    case 'outcome':
      return entry.outcome === undefined ? '' : auditOutcomeText(words, entry.outcome);
    case 'staffId':
    case 'idNumberMasked':
    case 'reference':
    case 'detail':
      return entry[column] ?? '';
  }
}

/**
 * RFC 4180: a field holding a comma, a quote or a line break is quoted, quotes doubled. A field
 * that Excel would run as a formula (= + - @ at the start) gets a leading apostrophe, so text
 * from the log can never compute anything in the office's spreadsheet.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** dd/mm/yyyy HH:mm:ss in Vietnam time: the log's order matters to the second. */
function vietnamDateTime(iso: string): string {
  const local = new Date(Date.parse(iso) + VIETNAM_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ` +
    `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}`
  );
}

function vietnamStamp(now: Date): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 16).replace(/[:T]/g, '-');
}
