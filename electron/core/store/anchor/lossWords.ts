import type { LossFinding } from './anchorCheck.js';
import type { LossReport } from './lossReport.js';

/**
 * The words printed when a start is refused for lost data. Staff read them on the kiosk's
 * console, so they come in Vietnamese first, then English; the report file holds the facts.
 */
export function findingWords(finding: LossFinding): { vi: string; en: string } {
  switch (finding.kind) {
    case 'journal-behind-audit':
      return {
        vi: `Nhật ký dữ liệu đã mất các bản ghi đã xác nhận: sổ kiểm tra có đến mục ${finding.fileSeq}, kho dữ liệu chỉ có đến mục ${finding.storeSeq}.`,
        en: `The journal lost acknowledged records: the audit log reaches entry ${finding.fileSeq}, the store only entry ${finding.storeSeq}.`,
      };
    case 'journal-missing':
      return {
        vi: `Thiếu tệp nhật ký dữ liệu (thế hệ ${finding.generations.join(', ')}).`,
        en: `Journal generation ${finding.generations.join(', ')} is missing.`,
      };
    case 'journal-damaged':
      return {
        vi: `Tệp nhật ký dữ liệu thế hệ ${finding.generation} bị hỏng ở lần ghi đã xác nhận số ${finding.flush}.`,
        en: `Flush ${finding.flush} of journal generation ${finding.generation} was acknowledged but is damaged (${finding.reason}).`,
      };
    case 'snapshot-unusable':
      return {
        vi: 'Không đọc được tệp dữ liệu chính lẫn bản sao dự phòng.',
        en: `Neither the kiosk data nor its last-good copy can be read (${finding.problem}).`,
      };
  }
}

const kindWords: Record<LossReport['kind'], string> = {
  'journal-behind-audit': 'Nhật ký dữ liệu mới nhất bị cắt hoặc bị xóa: mất các bản ghi đã xác nhận.',
  'journal-missing': 'Thiếu một tệp nhật ký dữ liệu: mất các bản ghi đã xác nhận.',
  'journal-damaged': 'Một tệp nhật ký dữ liệu bị hỏng: mất các bản ghi đã xác nhận.',
  'snapshot-unusable': 'Không đọc được tệp dữ liệu chính lẫn bản sao dự phòng.',
};

export function describeLossReport(report: LossReport, path: string): string[] {
  const changes = report.affectedChanges.map(
    (change) => `  - ${change.reference} (${change.action}, ${change.at})`,
  );
  const range = report.auditSeqFrom === null ? '' : ` (audit ${report.auditSeqFrom}–${report.auditSeqTo})`;
  return [
    '==== KIOSK DỪNG: DỮ LIỆU ĐÃ XÁC NHẬN BỊ MẤT / KIOSK STOPPED: ACKNOWLEDGED DATA IS MISSING ====',
    `Biên bản / Report: ${report.id}${range}`,
    `Tệp / File: ${path}`,
    `Mất gì: ${kindWords[report.kind]}`,
    `What: ${report.what}`,
    `Các yêu cầu bị ảnh hưởng (${report.affectedChanges.length}) / Affected requests:`,
    ...(changes.length === 0 ? ['  (không có / none known)'] : changes),
    'Cách khôi phục / How to recover:',
    '  1. Khôi phục thư mục dữ liệu từ bản sao lưu / Restore the data folder from a backup: npm run restore -- <backup folder>',
    `  2. Hoặc chấp nhận mất dữ liệu của đúng biên bản này / Or accept this one report: npm start -- --accept-loss=${report.id}`,
    'Không có gì bị xóa hay ghi đè / Nothing was deleted or overwritten.',
  ];
}
