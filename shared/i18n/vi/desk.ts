import type { DeskWords } from '../deskWords.js';

function duration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'chưa tới 1 phút';
  const hours = Math.floor(minutes / 60);
  if (hours === 0) return `${minutes} phút`;
  const rest = minutes % 60;
  return rest === 0 ? `${hours} giờ` : `${hours} giờ ${rest} phút`;
}

export const deskWordsVi: DeskWords = {
  intro: 'Hàng đợi gửi hệ thống định danh quốc gia, và các yêu cầu cần cán bộ xử lý.',
  counts: { pending: 'Chờ gửi', sending: 'Đang gửi', blocked: 'Đang bị giữ', needsStaff: 'Cần cán bộ' },
  connection: {
    unknown: 'Đang kiểm tra kết nối với hệ thống định danh quốc gia',
    online: 'Đang kết nối với hệ thống định danh quốc gia',
    offline: 'Mất kết nối với hệ thống định danh quốc gia',
  },
  lastSuccess: (when) => `Gửi thành công lần cuối: ${when}`,
  neverSucceeded: 'Chưa gửi thành công lần nào từ khi máy khởi động',
  lastError: (words) => `Lỗi gần nhất: ${words}`,
  syncErrors: {
    UPSTREAM_UNREACHABLE: 'không kết nối được với hệ thống quốc gia',
    UPSTREAM_TIMEOUT: 'hệ thống quốc gia không trả lời kịp',
    UPSTREAM_MALFORMED: 'câu trả lời nhận được không đúng mẫu',
    UPSTREAM_UNAVAILABLE: 'hệ thống quốc gia đang gặp sự cố',
    UPSTREAM_RATE_LIMITED: 'hệ thống quốc gia yêu cầu chờ rồi gửi lại',
    UPSTREAM_REFUSED: 'hệ thống quốc gia từ chối cả lô yêu cầu',
    KIOSK_FAILURE: 'máy không lưu được dữ liệu',
  },
  sendNow: 'Gửi ngay',
  sendNowAsked: 'Đã yêu cầu gửi ngay.',
  ageingTitle: 'Thời gian chờ gửi',
  ageing: {
    ok: 'Bình thường',
    warning: 'Cảnh báo: có yêu cầu chờ gửi quá lâu',
    escalation: 'Báo cấp trên: yêu cầu chờ gửi sắp quá hạn 24 giờ',
  },
  oldest: (age) => `Yêu cầu chờ lâu nhất: ${age}`,
  nothingUnsent: 'Không có yêu cầu nào chờ gửi.',
  thresholds: (warn, escalate) => `Cảnh báo sau ${warn}, báo cấp trên sau ${escalate}.`,
  badge: 'Chờ gửi quá lâu',
  duration,
  listTitle: 'Yêu cầu cần cán bộ xử lý',
  empty: 'Không có yêu cầu nào cần cán bộ xử lý.',
  more: (shown, total) => `Đang hiện ${shown} trên ${total} yêu cầu, cũ nhất trước.`,
  reference: 'Mã tra cứu',
  idNumber: 'Số định danh',
  kind: 'Loại',
  madeAt: 'Thời điểm',
  madeBy: 'Người làm',
  byStaff: (staffId) => `Cán bộ ${staffId}`,
  byCitizen: 'Công dân tự làm',
  waited: 'Đã chờ',
  why: {
    conflict: 'Xung đột: tài khoản đã thay đổi sau khi xác minh',
    rejected: 'Bị từ chối',
    'batch-refused': 'Cả lô bị từ chối, chưa được xét',
    blocked: 'Đang bị giữ',
    'transient-error': 'Gửi chưa được, máy sẽ tự gửi lại',
  },
  refusal: (status, code) => `Hệ thống quốc gia trả lời ${status}${code === undefined ? '' : ` (${code})`}.`,
  blockedBehind: (reference) => `Chờ sau yêu cầu ${reference} trên cùng tài khoản.`,
  resend: 'Gửi lại',
  resendLabel: (reference) => `Gửi lại yêu cầu ${reference}`,
  resendCannotHelp:
    'Hệ thống quốc gia đã quyết định yêu cầu này; gửi lại chỉ nhận lại đúng kết quả cũ. Hãy đóng yêu cầu với lý do.',
  close: 'Đóng',
  closeLabel: (reference) => `Đóng yêu cầu ${reference}`,
  closeDialog: {
    title: (reference) => `Đóng yêu cầu ${reference}`,
    reasonLegend: 'Lý do đóng',
    noteLabel: 'Ghi chú (không bắt buộc)',
    noteHint: 'Tối đa 200 ký tự. Không ghi họ tên hay số định danh.',
    confirm: 'Đóng yêu cầu',
    cancel: 'Quay lại',
  },
  closeReasons: {
    'citizen-self-served': 'Công dân đã tự xử lý trên điện thoại',
    'referred-to-police': 'Chuyển Công an xã xử lý',
    'entered-wrongly': 'Nhập sai, đã làm lại',
    other: 'Khác',
  },
  closedStatus: (reason) => `Đã đóng: ${reason}`,
  closedNote: (note) => `Ghi chú của cán bộ: ${note}`,
  closedSource: 'Theo máy này: cán bộ đã đóng yêu cầu tại đây.',
  closedReceipt: 'Cán bộ đã đóng yêu cầu này.',
  resent: (reference) => `Đã gửi lại yêu cầu ${reference}.`,
  closed: (reference) => `Đã đóng yêu cầu ${reference}.`,
  noticesTitle: 'Thông báo về dữ liệu của máy',
  noNotices: 'Không có thông báo nào.',
  loadFailed: 'Chưa đọc được hàng đợi.',
  retry: 'Thử lại',
};
