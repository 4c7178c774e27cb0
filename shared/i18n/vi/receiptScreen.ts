import { COMMUNE_POLICE, HOTLINE } from '../../domain/contacts.js';
import type { ReceiptScreenWords } from '../screenWords.js';

/** The receipt screen: what was recorded, what happens next, and why when refused. */
export const receiptScreenWordsVi: ReceiptScreenWords = {
  referenceLabel: 'Mã tra cứu',
  referenceMeaning:
    'Mã này dùng để xem kết quả yêu cầu: chọn “Tra cứu yêu cầu” trên máy này, hoặc đọc mã cho tổng đài.',
  referenceHint: 'Xin in phiếu, hoặc ghi lại hay chụp ảnh mã này.',
  nextTitle: 'Tiếp theo',
  reviewDevices: 'Xem lại thiết bị',
  seeAccount: 'Xem tài khoản',
  reasonLabel: 'Lý do',
  print: 'In phiếu',
  reprint: 'In lại phiếu',
  printing: 'Đang in phiếu…',
  printed: 'Đã in phiếu. Xin nhận phiếu ở máy in.',
  printSent: 'Đã gửi lệnh in. Nếu máy in không ra phiếu, xin nhờ cán bộ giúp.',
  printFailed: 'Không in được phiếu. Xin nhờ cán bộ in giúp.',
  waitingTitle: 'Đã ghi nhận, chờ gửi',
  waitingNext: [
    'Máy sẽ tự gửi yêu cầu khi có kết nối. Ông/bà không cần làm lại.',
    'Xin giữ phiếu, và dùng mã tra cứu để xem kết quả sau.',
  ],
  kinds: {
    'unlink-device': 'Hủy liên kết thiết bị',
    'unlink-all-devices': 'Hủy liên kết tất cả thiết bị',
    'unlock-request': 'Yêu cầu mở khóa tài khoản',
  },
  unlink: {
    doneTitle: 'Đã hủy liên kết thiết bị',
    doneBody: (name: string) => `Thiết bị ${name} không còn liên kết với tài khoản VNeID của ông/bà.`,
    doneNext: [
      'Máy cũ sẽ không dùng được tài khoản VNeID của ông/bà nữa.',
      'Bây giờ ông/bà có thể đăng nhập VNeID trên điện thoại mới.',
      'Khi xong, bấm “Kết thúc” để xóa thông tin của ông/bà khỏi máy này.',
    ],
    alreadyBody: (name: string) => `Thiết bị ${name} đã được hủy liên kết từ trước. Không cần làm gì thêm.`,
    waitingBody: (name: string) =>
      `Yêu cầu hủy liên kết thiết bị ${name} đã được lưu trên máy, nhưng chưa gửi được tới hệ thống định danh quốc gia. Cho tới lúc đó, thiết bị vẫn còn liên kết.`,
    notDoneTitle: 'Chưa hủy liên kết được',
    notDoneBody: (name: string) => `Yêu cầu hủy liên kết thiết bị ${name} chưa được thực hiện.`,
  },
  unlinkAll: {
    doneTitle: 'Đã hủy liên kết tất cả thiết bị',
    doneBody: 'Không còn điện thoại nào đăng nhập tài khoản VNeID của ông/bà.',
    doneNext: [
      'Ông/bà đăng nhập VNeID lại trên điện thoại mới.',
      'Khi xong, bấm “Kết thúc” để xóa thông tin của ông/bà khỏi máy này.',
    ],
    alreadyBody: 'Tài khoản không còn liên kết với thiết bị nào. Không cần làm gì thêm.',
    waitingBody:
      'Yêu cầu hủy liên kết tất cả thiết bị đã được lưu trên máy, nhưng chưa gửi được tới hệ thống định danh quốc gia.',
    notDoneTitle: 'Chưa hủy liên kết được',
    notDoneBody: 'Yêu cầu hủy liên kết tất cả thiết bị chưa được thực hiện.',
  },
  unlock: {
    unlockedTitle: 'Tài khoản đã được mở khóa',
    unlockedBody: 'Tài khoản VNeID của ông/bà đã hoạt động trở lại.',
    unlockedNext: [
      'Ông/bà mở ứng dụng VNeID và đăng nhập lại như trước.',
      'Khi xong, bấm “Kết thúc” để xóa thông tin của ông/bà khỏi máy này.',
    ],
    reviewTitle: 'Đã gửi yêu cầu mở khóa',
    reviewBody: 'Yêu cầu đang chờ cơ quan Công an xem xét. Tài khoản vẫn bị khóa cho tới khi có kết quả.',
    reviewNext: [
      'Xin giữ phiếu. Dùng mã tra cứu trên máy này để xem kết quả sau vài ngày.',
      `Cần hỏi thêm, xin gọi tổng đài ${HOTLINE}.`,
    ],
    alreadyPendingBody: 'Yêu cầu mở khóa đã được gửi từ trước và đang chờ xem xét. Không cần gửi lại.',
    notLockedTitle: 'Tài khoản không bị khóa',
    notLockedBody: 'Tài khoản đang hoạt động, không cần mở khóa.',
    waitingBody:
      'Yêu cầu mở khóa đã được lưu trên máy, nhưng chưa gửi được tới hệ thống định danh quốc gia. Tài khoản vẫn bị khóa cho tới khi yêu cầu được xử lý.',
    notDoneTitle: 'Chưa mở khóa được',
    notDoneBody: 'Yêu cầu mở khóa chưa được chấp nhận.',
  },
  notDoneNext: [
    `Xin mang thẻ căn cước đến ${COMMUNE_POLICE}, hoặc gọi tổng đài ${HOTLINE}.`,
    'Đưa mã tra cứu cho cán bộ để được hỗ trợ.',
  ],
  /** Keyed by the national system's outcome code. */
  reasons: {
    HOLDER_DECEASED: 'Tài khoản của người đã qua đời không được thay đổi và không thể mở lại.',
    AUTHORITY_LOCK:
      'Tài khoản bị khóa theo yêu cầu của tòa án hoặc cơ quan có thẩm quyền. Chỉ cơ quan Công an mới mở khóa được.',
    CARD_REVOKED: `Thẻ căn cước đã bị thu hồi. Tài khoản chỉ mở lại khi ông/bà được cấp lại thẻ tại ${COMMUNE_POLICE}.`,
    LOCK_NEEDS_CHECKING: `Lý do khóa cần được ${COMMUNE_POLICE} kiểm tra.`,
    DEVICE_NOT_FOUND: 'Hệ thống định danh quốc gia không tìm thấy thiết bị này trong tài khoản.',
    ACCOUNT_NOT_FOUND: 'Hệ thống định danh quốc gia không tìm thấy tài khoản này.',
    EVIDENCE_INVALID:
      'Việc xác minh danh tính đã hết hạn trước khi yêu cầu được gửi. Xin làm lại với cán bộ.',
    STAFF_UNKNOWN:
      'Cán bộ đã xác nhận thẻ chưa được đăng ký với hệ thống định danh quốc gia. Xin làm lại với một cán bộ đã được đăng ký.',
    DATE_OF_BIRTH_MISMATCH:
      'Ngày sinh cán bộ nhập từ thẻ không khớp với hồ sơ của số định danh này. Xin kiểm tra lại thẻ căn cước và làm lại.',
    ID_NUMBER_IMPOSSIBLE: 'Số định danh này không thể có. Xin kiểm tra lại thẻ căn cước.',
    LOCK_STATE_CHANGED:
      'Tài khoản vừa bị khóa lại sau khi ông/bà xác minh, nên yêu cầu này không còn đúng. Xin làm lại với cán bộ.',
    DEVICE_STATE_CHANGED:
      'Thiết bị của tài khoản vừa thay đổi sau khi ông/bà xác minh, nên yêu cầu này không còn đúng. Xin làm lại với cán bộ.',
  },
  rejectedReason: 'Hệ thống định danh quốc gia không chấp nhận yêu cầu này.',
  conflictReason: 'Tài khoản vừa có một thay đổi khác, nên yêu cầu này cần cán bộ kiểm tra.',
  blockedBody: 'Yêu cầu đang chờ cán bộ xử lý một yêu cầu khác trên cùng tài khoản.',
};
