import { COMMUNE_POLICE, HOTLINE } from '../../domain/contacts.js';
import type { Catalogue } from '../Catalogue.js';
import { cardScanWordsVi } from './cardScan.js';
import { errorWordsVi } from './errors.js';
import { guideWordsVi } from './guide.js';
import { dayReportWordsVi } from './dayReport.js';
import { auditLogWordsVi } from './auditLog.js';
import { deskWordsVi } from './desk.js';
import { officeWordsVi } from './office.js';
import { staffAdminWordsVi } from './staffAdmin.js';
import { receiptScreenWordsVi } from './receiptScreen.js';
import { receiptSlipWordsVi } from './receiptSlip.js';
import { modeWordsVi, setupWordsVi } from './setup.js';
import { storeNoticeWordsVi } from './storeNotices.js';
import { accountContentWordsVi, deviceWordsVi, idNumberWordsVi, unlockWordsVi } from './ruleWords.js';

/**
 * Every text the citizen reads, in Vietnamese; English (../en) is another `Catalogue`. Written
 * for an older citizen at a touch screen: short sentences, everyday words, the app's own labels
 * ("Quản lý thiết bị", "Hủy liên kết", "Xác nhận") so what is learnt here carries over to the
 * phone, and "ông/bà" as the polite address, as in the words for the rules (./ruleWords.ts).
 */
export const vi: Catalogue = {
  /** BCP 47 tag of this catalogue, for the page's `lang`. */
  lang: 'vi',
  appName: 'Máy tự phục vụ VNeID',

  language: {
    /** The toggle is written in the language it switches to, so a reader of that language finds it. */
    switchTo: 'English',
    switchToLang: 'en',
    switchToLabel: 'Switch the screen to English',
  },

  common: {
    back: 'Quay lại',
    continue: 'Tiếp tục',
    retry: 'Thử lại',
    end: 'Kết thúc',
    home: 'Về màn hình đầu',
    cancel: 'Hủy bỏ',
    confirm: 'Xác nhận',
    working: 'Đang xử lý…',
    scrollMore: 'Kéo xuống để xem thêm',
    hotline: HOTLINE,
    communePolice: COMMUNE_POLICE,
  },

  welcome: {
    title: 'Xin chào ông/bà',
    lead: 'Máy này giúp ông/bà tự kiểm tra tài khoản định danh điện tử VNeID. Xin chọn việc cần làm:',
    actions: {
      devices: {
        title: 'Quản lý thiết bị',
        hint: 'Xem các điện thoại đang liên kết với tài khoản VNeID.',
      },
      unlink: {
        title: 'Hủy liên kết thiết bị',
        hint: 'Đổi điện thoại mới, hoặc mất điện thoại cũ.',
      },
      unlock: {
        title: 'Mở khóa tài khoản',
        hint: 'Xem vì sao tài khoản bị khóa và cách mở khóa.',
      },
      lookup: {
        title: 'Tra cứu yêu cầu',
        hint: 'Nhập mã trên phiếu để xem kết quả.',
      },
      guide: {
        title: 'Hướng dẫn trên điện thoại',
        hint: 'Cách tự hủy liên kết trong ứng dụng VNeID.',
      },
    },
    staffEntry: 'Cán bộ',
    staffEntryLabel: 'Cán bộ: đăng nhập chế độ hỗ trợ',
    kioskId: (kioskId: string) => `Mã máy: ${kioskId}`,
    connecting: 'Đang kết nối…',
    assistedLead: 'Cán bộ đang hỗ trợ. Xin chọn việc cần làm cho công dân:',
    offlineTitle: 'Máy đang mất kết nối với hệ thống định danh quốc gia',
    offlineBody:
      'Xem thiết bị, hủy liên kết và mở khóa tài khoản cần kết nối này, nên lúc này chưa làm được tại máy. Ông/bà vẫn có thể tra cứu yêu cầu đã làm tại máy này và xem hướng dẫn trên điện thoại.',
    offlineAskStaff:
      'Nếu cần làm ngay, xin nhờ cán bộ hỗ trợ: cán bộ ghi nhận yêu cầu, máy tự gửi khi có kết nối.',
    needsConnection: 'Cần kết nối. Lúc này chưa làm được.',
  },

  identify: {
    step: (step: number, of: number) => `Bước ${step}/${of}`,
    idTitle: 'Nhập số định danh cá nhân',
    idHint: 'Số định danh cá nhân có 12 chữ số, in trên thẻ căn cước của ông/bà.',
    idLabel: 'Số định danh cá nhân',
    idProgress: (typed: number) => `Đã nhập ${typed}/12 chữ số`,
    forIdNumber: 'Số định danh',
    checking: 'Đang kiểm tra…',
    rules: idNumberWordsVi,

    dobTitle: 'Nhập ngày sinh',
    dobHint: 'Nhập ngày, tháng, năm sinh như trên thẻ căn cước. Ví dụ: 05/02/1960 thì bấm 0 5 0 2 1 9 6 0.',
    dobLabel: 'Ngày sinh (ngày/tháng/năm)',
    dobProgress: (typed: number) => `Đã nhập ${typed}/8 chữ số`,
    dobSpoken: (day: string, month: string, year: string) =>
      `Ngày ${day || '…'}, tháng ${month || '…'}, năm ${year || '…'}.`,
    dobIncomplete: 'Xin nhập đủ ngày, tháng và năm sinh: 8 chữ số.',
    dobBadDay: 'Ngày phải từ 01 đến 31. Xin xem lại.',
    dobBadMonth: 'Tháng phải từ 01 đến 12. Xin xem lại.',
    dobNotADate: (text: string) => `Ngày ${text} không có trên lịch. Xin xem lại.`,
    dobInFuture: 'Ngày sinh không thể sau ngày hôm nay. Xin xem lại.',
    dobTooOld: 'Năm sinh phải từ 1900 trở đi. Xin xem lại.',
    dobShown: 'Ngày sinh',

    methodTitle: 'Chọn cách xác minh',
    methodHint: 'Để bảo vệ tài khoản, máy cần biết đúng là ông/bà. Xin chọn một cách:',
    methods: {
      passcode: {
        title: 'Passcode VNeID',
        hint: '6 chữ số ông/bà nhập mỗi lần mở ứng dụng VNeID trên điện thoại.',
      },
      otp: {
        title: 'Mã qua tin nhắn (SMS)',
        hint: 'Máy gửi mã 6 chữ số tới số điện thoại đã đăng ký.',
      },
      staff: {
        title: 'Cán bộ kiểm tra thẻ căn cước',
        hint: 'Cán bộ đối chiếu thẻ căn cước với người đến làm việc.',
      },
    },

    passcodeTitle: 'Nhập passcode VNeID',
    passcodeHint:
      'Passcode gồm 6 chữ số, là mã ông/bà nhập mỗi lần mở ứng dụng VNeID (không phải mật khẩu đăng nhập tài khoản).',
    passcodeLabel: 'Passcode',
    passcodeProgress: (typed: number) => `Đã nhập ${typed}/6 chữ số`,
    passcodeWrongLength: 'Passcode phải có đủ 6 chữ số.',

    otpTitle: 'Nhập mã qua tin nhắn',
    otpHint: 'Mã gồm 6 chữ số, có hiệu lực trong 5 phút.',
    otpSending: 'Đang gửi mã…',
    otpSentTo: (masked: string) => `Mã đã được gửi tới số ${masked}.`,
    otpLabel: 'Mã trong tin nhắn',
    otpProgress: (typed: number) => `Đã nhập ${typed}/6 chữ số`,
    otpWrongLength: 'Mã phải có đủ 6 chữ số.',
    otpResend: 'Gửi lại mã',
    otpResendIn: (seconds: number) => `Gửi lại mã sau ${seconds} giây`,
    otpWrong: 'Mã không đúng. Xin xem lại tin nhắn rồi nhập lại.',
    passcodeWrongLeft: (left: number) =>
      `Số định danh hoặc passcode không đúng. Còn ${left} lần thử, sau đó việc xác minh số định danh này sẽ tạm bị khóa.`,
    otpWrongLeft: (left: number) =>
      `Mã không đúng. Còn ${left} lần thử, sau đó việc xác minh số định danh này sẽ tạm bị khóa.`,
    verificationLockedUntil: (time: string) =>
      `Đã nhập sai quá nhiều lần. Việc xác minh số định danh này tạm bị khóa đến ${time}. Khi đó ông/bà có thể thử lại, hoặc nhờ cán bộ hỗ trợ ngay.`,
    otpExpired: 'Mã đã hết hạn hoặc đã dùng. Xin bấm “Gửi lại mã” để nhận mã mới.',
    otpRateLimited: (seconds: number | undefined) =>
      seconds === undefined
        ? 'Mã vừa được gửi. Xin chờ một lát rồi bấm “Gửi lại mã”.'
        : `Mã vừa được gửi. Xin chờ ${seconds} giây rồi bấm “Gửi lại mã”.`,
    otpNoPhone: `Tài khoản này chưa đăng ký số điện thoại để nhận mã. Xin dùng passcode VNeID, hoặc nhờ cán bộ hỗ trợ.`,
    otpUsePasscode: 'Dùng passcode VNeID',
    otpOffline:
      'Hiện chưa gửi được mã: máy đang mất kết nối với hệ thống định danh quốc gia. Xin quay lại sau ít phút, hoặc nhờ cán bộ hỗ trợ.',

    attestTitle: 'Cán bộ xác nhận danh tính',
    attestHint: 'Cán bộ đối chiếu thẻ căn cước với người đến làm việc, rồi đánh dấu và bấm “Xác nhận”.',
    attestCheck: 'Tôi đã kiểm tra thẻ căn cước',
    attestCheckHint:
      'Số định danh và ngày sinh trên thẻ khớp với thông tin ở trên, và ảnh trên thẻ đúng là người này.',
    attestNeedCheck: 'Xin đánh dấu “Tôi đã kiểm tra thẻ căn cước” trước khi xác nhận.',
    attestBy: (staffId: string) => `Xác nhận được ghi lại dưới tên cán bộ ${staffId}.`,
    attestTypedNumber: 'Số định danh đã nhập (đối chiếu với số trên thẻ)',
  },

  cardScan: cardScanWordsVi,

  pad: {
    label: 'Bàn phím số',
    codeLabel: 'Bàn phím mã tra cứu',
    staffLabel: 'Bàn phím chữ và số',
    backspace: 'Xóa',
    clear: 'Xóa hết',
    dash: 'Gạch ngang',
  },

  account: {
    title: 'Tài khoản của ông/bà',
    titleDeceased: 'Thông tin tài khoản',
    idNumber: 'Số định danh',
    level: 'Mức độ tài khoản',
    levelValue: (level) => `Mức độ ${level}`,
    levelExplained: {
      1: 'Mức độ 1: số định danh, họ tên, ngày sinh, giới tính.',
      2: 'Mức độ 2: như mức độ 1, thêm ảnh chân dung, vân tay và giấy tờ tích hợp (giấy phép lái xe, thẻ bảo hiểm y tế…).',
    },
    status: 'Trạng thái',
    statusValue: {
      active: 'Đang hoạt động',
      locked: 'Đang bị khóa',
    },
    unknown: 'Chưa kiểm tra được',
    lockReason: 'Lý do khóa',
    lockSince: (date: string) => `từ ngày ${date}`,
    lockReasonValue: {
      'terms-violation': 'Vi phạm điều khoản sử dụng',
      'holder-request': 'Theo yêu cầu của chủ tài khoản',
      'id-card-revoked': 'Thẻ căn cước bị thu hồi',
      'holder-deceased': 'Chủ tài khoản đã qua đời',
      'competent-authority': 'Theo yêu cầu của cơ quan có thẩm quyền',
    },
    loading: 'Đang tải thông tin tài khoản…',
    activeNote: 'Tài khoản đang dùng bình thường, không bị khóa.',
    lockTitle: 'Vì sao tài khoản bị khóa',
    lockedOn: (date: string) => `Bị khóa từ ngày ${date}.`,
    lockedUntil: (date: string) => `Thời hạn khóa đến ngày ${date}.`,
    lockedBy: 'Nơi yêu cầu khóa',
    whoCanUnlock: 'Ai mở khóa được',
    nextStep: 'Việc tiếp theo',
    contactTitle: 'Cần hỏi thêm',
    contactHotline: (hotline: string) => `Tổng đài VNeID: ${hotline}`,
    contactPolice: (police: string) => `${police}, tại trụ sở xã`,
    requestUnlock: 'Gửi yêu cầu mở khóa',
    requestUnlockOffline: 'Ghi nhận yêu cầu mở khóa (gửi sau)',
    manageDevices: 'Quản lý thiết bị',
    seeAccount: 'Xem lý do khóa tài khoản',
    rules: unlockWordsVi,
    offlineTitle: 'Hiện chưa kiểm tra được tài khoản',
    offlineBody:
      'Máy đang mất kết nối với hệ thống định danh quốc gia, nên chưa xem được thông tin tài khoản. Xin thử lại sau ít phút.',
    offlineAssisted: 'Cán bộ vẫn có thể ghi nhận yêu cầu cho công dân. Máy sẽ tự gửi khi có kết nối trở lại.',
    offlineSelf: 'Nếu cần làm ngay, xin nhờ cán bộ hỗ trợ.',
  },

  accountContents: accountContentWordsVi,

  devices: {
    title: 'Quản lý thiết bị',
    intro: 'Đây là các thiết bị đã đăng nhập tài khoản VNeID của ông/bà.',
    introDeceased: 'Đây là các thiết bị đã đăng nhập tài khoản VNeID này.',
    loading: 'Đang tải danh sách thiết bị…',
    count: (count: number) => `Có ${count} thiết bị liên kết với tài khoản`,
    none: 'Tài khoản chưa liên kết với thiết bị nào.',
    name: 'Tên thiết bị',
    model: 'Mẫu máy',
    modelCode: (code: string) => `${code} (mã máy)`,
    os: 'Hệ điều hành',
    firstSeen: 'Đăng nhập lần đầu',
    lastSeen: 'Sử dụng lần cuối',
    lastPlace: 'Nơi sử dụng gần nhất',
    active: 'Đang sử dụng',
    activeHint: 'Tài khoản đang đăng nhập trên điện thoại này.',
    suspicious: 'Cần xem lại',
    unlink: 'Hủy liên kết',
    rules: deviceWordsVi,
    frozen: 'Tài khoản này không thể thay đổi, nên không hủy liên kết được thiết bị.',
    endHint: 'Khi xong, bấm “Kết thúc” để xóa thông tin của ông/bà khỏi máy.',
    endHintDeceased: 'Khi xong, bấm “Kết thúc” để xóa thông tin tài khoản này khỏi máy.',
    offlineTitle: 'Hiện chưa xem được danh sách thiết bị',
    offlineBody:
      'Máy đang mất kết nối với hệ thống định danh quốc gia, nên chưa xem được các thiết bị. Xin thử lại sau ít phút.',
    unlinkAll: 'Hủy liên kết tất cả thiết bị',
    unlinkAllHint:
      'Khi chưa xem được danh sách, cán bộ có thể ghi nhận yêu cầu hủy liên kết tất cả thiết bị. Máy sẽ gửi khi có kết nối.',
  },

  confirm: {
    title: 'Hủy liên kết thiết bị',
    // The app's own confirmation sentence, with "ông/bà" for the app's "Bạn".
    question: (name: string) => `Ông/bà có chắc chắn muốn hủy liên kết với thiết bị ${name} không?`,
    consequence: 'Thiết bị này sẽ bị đăng xuất khỏi tài khoản VNeID của ông/bà.',
    activeTitle: 'Hủy liên kết điện thoại đang dùng',
    activeQuestion: (name: string) =>
      `Nếu hủy liên kết, ứng dụng VNeID trên điện thoại ${name} sẽ bị đăng xuất ngay.`,
    activeConsequence:
      'Đây là điện thoại ông/bà đang dùng VNeID. Sau khi hủy, ông/bà phải đăng nhập VNeID lại. Nếu vẫn dùng điện thoại này, xin bấm “Giữ lại”.',
    activeAcknowledge: 'Tôi hiểu: ứng dụng VNeID trên điện thoại này sẽ bị đăng xuất ngay.',
    keep: 'Giữ lại',
    unlinkActive: 'Hủy liên kết',
    unlinkAllTitle: 'Hủy liên kết tất cả thiết bị',
    unlinkAllQuestion: 'Hủy liên kết tài khoản VNeID với tất cả các thiết bị?',
    unlinkAllConsequence:
      'Mọi điện thoại đang đăng nhập sẽ bị đăng xuất. Sau đó ông/bà đăng nhập lại trên điện thoại mới.',
    unlockTitle: 'Gửi yêu cầu mở khóa',
    unlockQuestion: 'Gửi yêu cầu mở khóa tài khoản VNeID của ông/bà?',
    unlockOffline: 'Máy đang mất kết nối: yêu cầu sẽ được lưu lại và tự gửi khi có kết nối.',
    confirm: 'Xác nhận',
    working: 'Đang xử lý…',
  },

  receipt: receiptScreenWordsVi,

  receiptSlip: receiptSlipWordsVi,
  storeNotices: storeNoticeWordsVi,

  lookup: {
    title: 'Tra cứu yêu cầu',
    hint: 'Nhập mã tra cứu in trên phiếu (10 ký tự, gồm chữ số và chữ A đến F), hoặc đưa mã QR trên phiếu vào máy quét.',
    label: 'Mã tra cứu',
    progress: (typed: number) => `Đã nhập ${typed}/10 ký tự`,
    submit: 'Tra cứu',
    searching: 'Đang tra cứu…',
    incomplete: 'Mã tra cứu có 10 ký tự. Xin xem lại phiếu.',
    resultTitle: 'Kết quả tra cứu',
    kind: 'Loại yêu cầu',
    status: 'Tình trạng',
    acceptedAt: 'Ngày tiếp nhận',
    updatedAt: 'Cập nhật lần cuối',
    basis: {
      'national-system': 'Theo hệ thống định danh quốc gia.',
      'kiosk-record': 'Theo kết quả hệ thống định danh quốc gia đã trả lời máy này.',
      'not-yet-received': 'Theo máy này: hệ thống định danh quốc gia chưa có thông tin về yêu cầu.',
      'not-checked': 'Theo máy này: hiện chưa hỏi được hệ thống định danh quốc gia.',
    },
    another: 'Tra cứu mã khác',
    states: {
      waiting: 'Đã ghi nhận, chờ gửi',
      waitingBody: 'Yêu cầu đang được lưu trên máy và sẽ tự gửi khi có kết nối.',
      reviewPending: 'Đang chờ xem xét',
      reviewPendingBody: 'Cơ quan Công an đang xem xét yêu cầu. Xin tra cứu lại sau vài ngày.',
      approved: 'Đã được chấp thuận',
      refused: 'Không được chấp thuận',
      done: 'Đã xử lý xong',
      notDone: 'Không thực hiện được',
    },
    doneBodies: {
      'unlink-device': 'Thiết bị đã được hủy liên kết.',
      'unlink-all-devices': 'Tất cả thiết bị đã được hủy liên kết.',
      'unlock-request': 'Tài khoản đã được mở khóa.',
    },
    duplicateBodies: {
      'unlink-device': 'Thiết bị đã được hủy liên kết từ trước.',
      'unlink-all-devices': 'Tài khoản không còn liên kết với thiết bị nào.',
      'unlock-request': 'Tài khoản không cần mở khóa, hoặc yêu cầu đã được gửi từ trước.',
    },
  },

  guide: guideWordsVi,

  staff: {
    signInTitle: 'Cán bộ đăng nhập',
    idTitle: 'Nhập mã cán bộ',
    idHint: 'Mã cán bộ gồm chữ và số, ví dụ CB01.',
    idLabel: 'Mã cán bộ',
    idProgress: (typed: number) => `Đã nhập ${typed} ký tự`,
    idInvalid: 'Mã cán bộ gồm 2 đến 4 chữ cái, rồi 2 đến 6 chữ số, ví dụ CB01.',
    pinTitle: 'Nhập mã PIN',
    pinHint: 'Mã PIN riêng của cán bộ, từ 4 đến 8 chữ số.',
    pinLabel: 'Mã PIN',
    pinProgress: (typed: number) => `Đã nhập ${typed} chữ số`,
    pinWrongLength: 'Mã PIN có từ 4 đến 8 chữ số.',
    pinWrong: (left: number | undefined) =>
      left === undefined
        ? 'Mã cán bộ hoặc mã PIN không đúng.'
        : `Mã cán bộ hoặc mã PIN không đúng. Còn ${left} lần thử.`,
    lockedOut: (until: string | undefined) =>
      until === undefined
        ? 'Nhập sai quá nhiều lần. Mã cán bộ này tạm bị khóa, xin thử lại sau.'
        : `Nhập sai quá nhiều lần. Mã cán bộ này tạm bị khóa đến ${until}.`,
    signInWait: (seconds: number) =>
      `Đã nhập sai nhiều lần trên máy này. Xin chờ ${seconds} giây rồi nhập lại.`,
    forStaff: 'Mã cán bộ',
    bar: (staffId: string) => `Chế độ hỗ trợ — Cán bộ ${staffId}`,
    signOut: 'Đăng xuất',
  },

  office: officeWordsVi,
  dayReport: dayReportWordsVi,
  auditLog: auditLogWordsVi,
  desk: deskWordsVi,
  staffAdmin: staffAdminWordsVi,
  sync: {
    offlineTitle: 'Mất kết nối với hệ thống định danh quốc gia',
    offlineSelf: 'Hiện chưa kiểm tra được thông tin. Xin thử lại sau, hoặc nhờ cán bộ hỗ trợ.',
    offlineAssisted: 'Yêu cầu được lưu trên máy và tự gửi khi có kết nối.',
    waiting: (count: number) => `${count} yêu cầu đang chờ gửi.`,
  },

  idle: {
    title: 'Ông/bà còn ở đây không?',
    body: (seconds: number) =>
      `Nếu không, sau ${seconds} giây máy sẽ xóa thông tin của ông/bà để bảo vệ tài khoản.`,
    continue: 'Tiếp tục',
    end: 'Kết thúc ngay',
    wipedTitle: 'Thông tin của ông/bà đã được xóa',
    wipedBody: 'Máy đã xóa mọi thông tin vừa nhập. Cảm ơn ông/bà.',
    staffTitle: 'Cán bộ còn làm việc không?',
    staffBody: (seconds: number) =>
      `Nếu không, sau ${seconds} giây máy sẽ đăng xuất cán bộ và xóa thông tin của người dân đang được phục vụ.`,
    staffEnd: 'Đăng xuất ngay',
  },

  mode: modeWordsVi,

  setup: setupWordsVi,

  errors: errorWordsVi,
};
