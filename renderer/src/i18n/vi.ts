import type { AccountLevel, AccountStatus, LockReason } from '../../../shared/domain/account.js';
import { idNumberMessagesVi } from '../../../shared/rules/messages.vi.js';
import type { ClientErrorCode } from '../bridge/kioskClient';

/**
 * Every text the citizen reads, in Vietnamese. Another language is another object of the same
 * type (`Messages`). Written for an older citizen at a touch screen: short sentences, everyday
 * words, the app's own labels ("Quản lý thiết bị", "Hủy liên kết", "Xác nhận") so what is
 * learnt here carries over to the phone, and "ông/bà" as the polite address, like the rules.
 */
export const vi = {
  appName: 'Máy tự phục vụ VNeID',

  common: {
    back: 'Quay lại',
    continue: 'Tiếp tục',
    retry: 'Thử lại',
    end: 'Kết thúc',
  },

  welcome: {
    title: 'Xin chào ông/bà',
    lead: 'Máy này giúp ông/bà tự kiểm tra tài khoản định danh điện tử VNeID.',
    manageDevices: 'Quản lý thiết bị',
    manageDevicesHint: 'Xem các điện thoại đang liên kết với tài khoản VNeID và hủy liên kết điện thoại cũ.',
    kioskId: (kioskId: string) => `Mã máy: ${kioskId}`,
    connecting: 'Đang kết nối…',
  },

  identify: {
    step: (step: number, of: number) => `Bước ${step}/${of}`,
    idTitle: 'Nhập số định danh cá nhân',
    idHint: 'Số định danh cá nhân có 12 chữ số, in trên thẻ căn cước của ông/bà.',
    idLabel: 'Số định danh cá nhân',
    idProgress: (typed: number) => `Đã nhập ${typed}/12 chữ số`,
    passcodeTitle: 'Nhập mật khẩu VNeID',
    passcodeHint: 'Mật khẩu gồm 6 chữ số, là mật khẩu ông/bà dùng để đăng nhập ứng dụng VNeID.',
    passcodeLabel: 'Mật khẩu',
    passcodeProgress: (typed: number) => `Đã nhập ${typed}/6 chữ số`,
    passcodeWrongLength: 'Mật khẩu phải có đủ 6 chữ số.',
    forIdNumber: 'Số định danh',
    checking: 'Đang kiểm tra…',
    rules: idNumberMessagesVi,
  },

  pad: {
    label: 'Bàn phím số',
    backspace: 'Xóa',
    clear: 'Xóa hết',
  },

  account: {
    idNumber: 'Số định danh',
    level: 'Mức độ tài khoản',
    levelValue: (level: AccountLevel) => `Mức độ ${level}`,
    status: 'Trạng thái',
    statusValue: {
      active: 'Đang hoạt động',
      locked: 'Đang bị khóa',
    } satisfies Record<AccountStatus, string>,
    lockReason: 'Lý do khóa',
    lockSince: (date: string) => `từ ngày ${date}`,
    lockReasonValue: {
      'terms-violation': 'Vi phạm điều khoản sử dụng',
      'holder-request': 'Theo yêu cầu của chủ tài khoản',
      'id-card-revoked': 'Thẻ căn cước bị thu hồi',
      'holder-deceased': 'Chủ tài khoản đã qua đời',
      'competent-authority': 'Theo yêu cầu của cơ quan có thẩm quyền',
    } satisfies Record<LockReason, string>,
  },

  devices: {
    title: 'Quản lý thiết bị',
    intro: 'Đây là các thiết bị đã đăng nhập tài khoản VNeID của ông/bà.',
    loading: 'Đang tải danh sách thiết bị…',
    count: (count: number) => `Có ${count} thiết bị liên kết với tài khoản`,
    none: 'Tài khoản chưa liên kết với thiết bị nào.',
    model: 'Mẫu máy',
    os: 'Hệ điều hành',
    firstSeen: 'Đăng nhập lần đầu',
    lastSeen: 'Sử dụng lần cuối',
    lastPlace: 'Nơi sử dụng gần nhất',
    active: 'Đang sử dụng',
    activeHint: 'Tài khoản đang đăng nhập trên điện thoại này.',
    unlink: 'Hủy liên kết',
    endHint: 'Khi xong, bấm “Kết thúc” để xóa thông tin của ông/bà khỏi máy.',
  },

  confirm: {
    title: 'Hủy liên kết thiết bị',
    // The app's own confirmation sentence, word for word.
    question: (name: string) => `Bạn có chắc chắn muốn hủy liên kết với thiết bị ${name} không?`,
    consequence: 'Thiết bị này sẽ bị đăng xuất khỏi tài khoản VNeID của ông/bà.',
    confirm: 'Xác nhận',
    working: 'Đang xử lý…',
  },

  done: {
    referenceLabel: 'Mã tham chiếu',
    referenceHint: 'Xin ông/bà ghi lại hoặc chụp ảnh mã này để tra cứu khi cần.',
    nextTitle: 'Tiếp theo',
    reviewDevices: 'Xem lại thiết bị',
    unlinked: {
      title: 'Đã hủy liên kết thiết bị',
      body: (name: string) => `Thiết bị ${name} không còn liên kết với tài khoản VNeID của ông/bà.`,
      next: [
        'Máy cũ sẽ không dùng được tài khoản VNeID của ông/bà nữa.',
        'Bây giờ ông/bà có thể đăng nhập VNeID trên điện thoại mới.',
        'Khi xong, bấm “Kết thúc” để xóa thông tin của ông/bà khỏi máy này.',
      ],
    },
    alreadyUnlinked: {
      title: 'Đã hủy liên kết thiết bị',
      body: (name: string) => `Thiết bị ${name} đã được hủy liên kết từ trước. Không cần làm gì thêm.`,
    },
    waiting: {
      title: 'Đã ghi nhận, chờ gửi',
      body: (name: string) =>
        `Yêu cầu hủy liên kết thiết bị ${name} đã được lưu trên máy, nhưng chưa gửi được tới hệ thống định danh quốc gia.`,
      blockedBody: (name: string) =>
        `Yêu cầu hủy liên kết thiết bị ${name} đã được lưu, và đang chờ cán bộ xử lý một yêu cầu khác trên cùng tài khoản.`,
      next: [
        'Máy sẽ tự gửi yêu cầu khi có kết nối. Ông/bà không cần làm lại.',
        'Cho tới lúc đó, thiết bị vẫn còn liên kết.',
        'Nếu cần hỏi, xin đưa mã tham chiếu cho cán bộ.',
      ],
    },
    notDone: {
      title: 'Chưa hủy liên kết được',
      body: (name: string) => `Yêu cầu hủy liên kết thiết bị ${name} chưa được thực hiện.`,
      reasonLabel: 'Lý do',
      next: ['Thiết bị vẫn còn liên kết với tài khoản.', 'Xin đưa mã tham chiếu cho cán bộ để được hỗ trợ.'],
      /** Keyed by the national system's outcome code. */
      reasons: {
        HOLDER_DECEASED: 'Tài khoản của người đã qua đời không được thay đổi.',
        DEVICE_NOT_FOUND: 'Hệ thống định danh quốc gia không tìm thấy thiết bị này trong tài khoản.',
      } as Partial<Record<string, string>>,
      rejectedReason: 'Hệ thống định danh quốc gia không chấp nhận yêu cầu này.',
      conflictReason: 'Tài khoản vừa có một thay đổi khác, nên yêu cầu này cần cán bộ kiểm tra.',
    },
  },

  errors: {
    UNKNOWN_METHOD: 'Máy gặp lỗi khi xử lý yêu cầu. Xin nhờ cán bộ hỗ trợ.',
    BAD_ARGUMENTS: 'Thông tin nhập vào chưa đúng. Xin ông/bà kiểm tra lại.',
    INVALID_ID_NUMBER: 'Số định danh cá nhân không đúng. Xin ông/bà xem lại số trên thẻ căn cước.',
    NO_SESSION: 'Phiên làm việc đã hết. Xin bấm “Kết thúc” rồi bắt đầu lại.',
    VERIFICATION_FAILED: 'Số định danh hoặc mật khẩu không đúng. Xin ông/bà kiểm tra rồi nhập lại.',
    VERIFICATION_LOCKED:
      'Ông/bà đã nhập sai quá nhiều lần nên tạm thời không kiểm tra được. Xin thử lại sau, hoặc nhờ cán bộ hỗ trợ.',
    ACCOUNT_NOT_FOUND: 'Không tìm thấy tài khoản VNeID với số định danh này.',
    DEVICE_NOT_FOUND: 'Thiết bị này không còn trong danh sách. Xin xem lại danh sách thiết bị.',
    UPSTREAM_UNAVAILABLE:
      'Hiện không kết nối được với hệ thống định danh quốc gia. Xin ông/bà thử lại sau ít phút.',
    UPSTREAM_REFUSED: 'Hệ thống định danh quốc gia từ chối yêu cầu. Xin nhờ cán bộ hỗ trợ.',
    STORE_FAILED: 'Máy không lưu được yêu cầu. Xin nhờ cán bộ hỗ trợ.',
    INTERNAL: 'Máy gặp lỗi ngoài dự kiến. Xin thử lại, hoặc nhờ cán bộ hỗ trợ.',
    KIOSK_UNREACHABLE: 'Không kết nối được với dịch vụ của máy tự phục vụ. Xin thử lại, hoặc báo cán bộ.',
    KIOSK_ACCESS_DENIED: 'Máy chưa được mở đúng cách. Xin báo cán bộ để khởi động lại máy.',
    BAD_RESPONSE: 'Máy nhận được dữ liệu không hợp lệ. Xin thử lại, hoặc nhờ cán bộ hỗ trợ.',
  } satisfies Record<ClientErrorCode, string>,
};

export type Messages = typeof vi;
