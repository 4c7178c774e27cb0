import type { ChangeKind, ChangeState } from '../../../shared/domain/change.js';
import type { ChangeResultCode } from '../../../shared/upstream/api.js';
import type { ReceiptLanguage } from '../../../shared/ipc/receiptContract.js';

/** What the slip says the request stands at; always the queue's real state (DESIGN §7). */
export type ReceiptStatus = 'waiting' | 'processed' | 'not-done';

export function receiptStatusOf(state: ChangeState): ReceiptStatus {
  switch (state) {
    case 'pending':
    case 'sending':
    case 'blocked':
      return 'waiting';
    case 'applied':
    case 'duplicate':
      return 'processed';
    case 'rejected':
    case 'conflict':
      return 'not-done';
  }
}

export interface ReceiptTexts {
  title: string;
  subtitle: string;
  kiosk: string;
  time: string;
  request: string;
  idNumber: string;
  reference: string;
  status: string;
  staff: string;
  printedAt: string;
  kinds: Readonly<Record<ChangeKind, string>>;
  statuses: Readonly<Record<ReceiptStatus, string>>;
  waitingNote: string;
  blockedNote: string;
  outcomes: Readonly<Record<ChangeResultCode, string>>;
  unknownOutcome: (code: string) => string;
  footer: string;
}

/** The app's own words (DESIGN §7), so what the slip says matches what people see in VNeID. */
export const receiptTextsVi: ReceiptTexts = {
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
    AUTHORITY_LOCK:
      'Tài khoản bị khóa theo yêu cầu của cơ quan có thẩm quyền. Chỉ Công an xã giải quyết việc mở khóa.',
    CARD_REVOKED: 'Thẻ căn cước đã bị thu hồi. Tài khoản được mở khóa khi được cấp thẻ mới.',
    LOCK_NEEDS_CHECKING: 'Lý do khóa cần được Công an xã kiểm tra.',
    HOLDER_DECEASED: 'Chủ tài khoản đã qua đời; tài khoản không thể mở khóa hay thay đổi.',
    ACCOUNT_NOT_FOUND: 'Không tìm thấy tài khoản có số định danh này.',
    EVIDENCE_INVALID: 'Không xác minh được người yêu cầu. Xin liên hệ cán bộ.',
    CHANGE_ID_REUSED: 'Yêu cầu bị trùng mã. Xin liên hệ cán bộ.',
  },
  unknownOutcome: (code) => `Mã kết quả: ${code}.`,
  footer:
    'Dùng mã tra cứu để xem tình trạng yêu cầu tại máy kiosk (mục "Tra cứu yêu cầu") hoặc gọi 1900 0368.',
};

export const receiptTextsEn: ReceiptTexts = {
  title: 'REQUEST RECEIPT',
  subtitle: 'Electronic identification account (VNeID)',
  kiosk: 'Kiosk',
  time: 'Time',
  request: 'Request',
  idNumber: 'ID number',
  reference: 'Reference',
  status: 'Status',
  staff: 'Assisted by',
  printedAt: 'Printed',
  kinds: {
    'unlink-device': 'Unlink a device',
    'unlink-all-devices': 'Unlink all devices',
    'unlock-request': 'Unlock the account',
  },
  statuses: {
    waiting: 'Recorded, waiting to send',
    processed: 'Processed',
    'not-done': 'Could not be done',
  },
  waitingNote: 'The request goes to the national identity system as soon as the connection is back.',
  blockedNote: 'The request waits for staff to deal with an earlier request on this account.',
  outcomes: {
    DEVICE_UNLINKED: 'The device was unlinked.',
    ALREADY_UNLINKED: 'The device had already been unlinked.',
    DEVICE_NOT_FOUND: 'This device is no longer linked to the account.',
    DEVICE_ID_REQUIRED: 'The request did not name a device. Please see a staff member.',
    ALL_DEVICES_UNLINKED: 'All devices were unlinked.',
    NO_LINKED_DEVICES: 'No device was linked to the account.',
    UNLOCKED: 'The account was unlocked.',
    REVIEW_PENDING: 'The request was received and waits for the identity agency to review it.',
    NOT_LOCKED: 'The account is not locked.',
    REVIEW_ALREADY_PENDING: 'An earlier unlock request is still waiting for review.',
    AUTHORITY_LOCK:
      "The account was locked at a competent authority's request. Only the commune police can lift it.",
    CARD_REVOKED: 'The ID card was revoked. The account unlocks when a new card is issued.',
    LOCK_NEEDS_CHECKING: 'The commune police must check the ground of the lock.',
    HOLDER_DECEASED: 'The holder has died; the account cannot be unlocked or changed.',
    ACCOUNT_NOT_FOUND: 'No account has this ID number.',
    EVIDENCE_INVALID: 'The request could not be proven to come from the holder. Please see a staff member.',
    CHANGE_ID_REUSED: 'The request reused a code. Please see a staff member.',
  },
  unknownOutcome: (code) => `Result code: ${code}.`,
  footer:
    'Use the reference at the kiosk ("Look up a request") or call 1900 0368 to see where the request stands.',
};

export function receiptTexts(language: ReceiptLanguage): ReceiptTexts {
  return language === 'en' ? receiptTextsEn : receiptTextsVi;
}

export function outcomeText(texts: ReceiptTexts, code: string): string {
  return Object.hasOwn(texts.outcomes, code)
    ? texts.outcomes[code as ChangeResultCode]
    : texts.unknownOutcome(code);
}
