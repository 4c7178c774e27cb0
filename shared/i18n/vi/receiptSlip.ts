import { COMMUNE_POLICE, HOTLINE } from '../../domain/contacts.js';
import type { ReceiptSlipWords } from '../receiptSlipWords.js';

/** The app's own words (DESIGN §7), so what the slip says matches what people see in VNeID. */
export const receiptSlipWordsVi: ReceiptSlipWords = {
  title: 'BIÊN NHẬN YÊU CẦU',
  subtitle: 'Tài khoản định danh điện tử (VNeID)',
  kiosk: 'Máy kiosk',
  time: 'Thời gian',
  request: 'Nội dung',
  idNumber: 'Số định danh',
  reference: 'Mã tra cứu',
  status: 'Trạng thái',
  staff: 'Cán bộ hỗ trợ',
  printedAt: 'In lúc',
  kinds: {
    'unlink-device': 'Hủy liên kết thiết bị',
    'unlink-all-devices': 'Hủy liên kết tất cả thiết bị',
    'unlock-request': 'Yêu cầu mở khóa tài khoản',
  },
  statuses: {
    waiting: 'Đã ghi nhận, chờ gửi',
    processed: 'Đã xử lý',
    'not-done': 'Không thực hiện được',
  },
  waitingNote: 'Yêu cầu sẽ được gửi đến hệ thống định danh quốc gia ngay khi có kết nối.',
  blockedNote: 'Yêu cầu đang chờ cán bộ xử lý một yêu cầu trước đó của tài khoản này.',
  outcomes: {
    DEVICE_UNLINKED: 'Đã hủy liên kết thiết bị.',
    ALREADY_UNLINKED: 'Thiết bị đã được hủy liên kết từ trước.',
    DEVICE_NOT_FOUND: 'Thiết bị này không còn liên kết với tài khoản.',
    DEVICE_ID_REQUIRED: 'Yêu cầu thiếu thông tin thiết bị. Xin liên hệ cán bộ.',
    ALL_DEVICES_UNLINKED: 'Đã hủy liên kết tất cả thiết bị.',
    NO_LINKED_DEVICES: 'Tài khoản không còn thiết bị nào được liên kết.',
    UNLOCKED: 'Tài khoản đã được mở khóa.',
    REVIEW_PENDING: 'Yêu cầu đã được tiếp nhận và đang chờ cơ quan quản lý xem xét.',
    NOT_LOCKED: 'Tài khoản không bị khóa.',
    REVIEW_ALREADY_PENDING: 'Đã có một yêu cầu mở khóa trước đó đang chờ xem xét.',
    AUTHORITY_LOCK: `Tài khoản bị khóa theo yêu cầu của cơ quan có thẩm quyền. Chỉ ${COMMUNE_POLICE} giải quyết việc mở khóa.`,
    CARD_REVOKED: 'Thẻ căn cước đã bị thu hồi. Tài khoản được mở khóa khi được cấp thẻ mới.',
    LOCK_NEEDS_CHECKING: `Lý do khóa cần được ${COMMUNE_POLICE} kiểm tra.`,
    HOLDER_DECEASED: 'Chủ tài khoản đã qua đời; tài khoản không thể mở khóa hay thay đổi.',
    ACCOUNT_NOT_FOUND: 'Không tìm thấy tài khoản có số định danh này.',
    EVIDENCE_INVALID: 'Không xác minh được người yêu cầu. Xin liên hệ cán bộ.',
    CHANGE_ID_REUSED: 'Yêu cầu bị trùng mã. Xin liên hệ cán bộ.',
  },
  unknownOutcome: (code) => `Mã kết quả: ${code}.`,
  footer: `Dùng mã tra cứu để xem tình trạng yêu cầu tại máy kiosk (mục "Tra cứu yêu cầu") hoặc gọi ${HOTLINE}.`,
};
