import type { StaffAdminWords } from '../staffAdminWords.js';

export const staffAdminWordsVi: StaffAdminWords = {
  intro: 'Thêm cán bộ, tạm khóa tài khoản, cấp lại mã PIN và mở khóa khi cán bộ nhập sai quá nhiều lần.',
  listTitle: 'Danh sách cán bộ',
  loading: 'Đang đọc danh sách cán bộ…',
  roles: { staff: 'Cán bộ', supervisor: 'Cán bộ phụ trách' },
  statuses: {
    active: 'Đang hoạt động',
    locked: 'Bị khóa do nhập sai',
    'awaiting-first-pin': 'Chờ đặt mã PIN',
    disabled: 'Đã tạm khóa',
  },
  you: '(đang đăng nhập)',
  notRegistered: 'Chờ đăng ký với hệ thống quốc gia',
  setupCodeUntil: (time) => `Mã cài đặt dùng được đến ${time}`,
  setupCodeExpired: 'Mã cài đặt đã hết hạn: cấp lại mã PIN để có mã mới',
  lockedUntil: (time) => `Khóa đến ${time}`,

  add: 'Thêm cán bộ',
  disable: 'Tạm khóa',
  enable: 'Mở lại',
  resetPin: 'Cấp lại mã PIN',
  unlock: 'Mở khóa',
  makeSupervisor: 'Đặt làm cán bộ phụ trách',
  makeStaff: 'Chuyển thành cán bộ',
  confirmDisableTitle: 'Tạm khóa tài khoản?',
  confirmDisable: (name, staffId) =>
    `${name} (${staffId}) sẽ không đăng nhập được cho đến khi được mở lại. Nếu đang đăng nhập, sẽ bị đăng xuất ngay.`,
  confirmResetTitle: 'Cấp lại mã PIN?',
  confirmReset: (name, staffId) =>
    `Mã PIN hiện tại của ${name} (${staffId}) sẽ hết dùng được ngay. Máy sẽ cấp một mã cài đặt mới để cán bộ tự đặt mã PIN.`,
  confirmRoleTitle: 'Đổi vai trò?',
  confirmRole: (name, staffId, role) => `${name} (${staffId}) sẽ trở thành: ${role}.`,
  doneDisabled: (staffId) => `Đã tạm khóa ${staffId}.`,
  doneEnabled: (staffId) => `Đã mở lại ${staffId}.`,
  doneUnlocked: (staffId) => `Đã mở khóa ${staffId}.`,
  doneRole: (staffId, role) => `${staffId} giờ là: ${role}.`,

  enrolTitle: 'Thêm cán bộ',
  enrolIdHint: 'Mã cán bộ gồm 2 đến 4 chữ cái rồi 2 đến 6 chữ số, ví dụ CB09. Mỗi mã chỉ dùng cho một người.',
  enrolNameTitle: 'Họ và tên cán bộ',
  enrolNameHint: 'Nhập đầy đủ họ và tên, có dấu, như trên giấy tờ.',
  enrolNameLabel: 'Họ và tên',
  enrolNameMissing: 'Xin nhập họ và tên cán bộ.',
  enrolRoleTitle: 'Vai trò',
  enrolRoleHint: 'Cán bộ phụ trách được thêm, tạm khóa và cấp lại mã PIN cho cán bộ khác.',
  enrolSubmit: 'Thêm và cấp mã cài đặt',
  enrolling: 'Đang thêm cán bộ…',

  codeShownTitle: 'Mã cài đặt',
  codeFor: (name, staffId) => `Cho ${name} (${staffId})`,
  codeLabel: 'Mã cài đặt',
  codeValidUntil: (time) => `Dùng được một lần, đến ${time}.`,
  codeOnce:
    'Mã chỉ hiện một lần. Hãy đưa mã cho cán bộ: khi đăng nhập lần đầu, họ chọn “Lần đầu đăng nhập / có mã cài đặt”, nhập mã này rồi tự đặt mã PIN.',
  codeDone: 'Đã đưa mã cho cán bộ',

  setupPath: 'Lần đầu đăng nhập / có mã cài đặt',
  setupTitle: 'Đặt mã PIN bằng mã cài đặt',
  codeTitle: 'Nhập mã cài đặt',
  codeHint: 'Mã cài đặt gồm 8 chữ số, do cán bộ phụ trách cấp. Mã dùng được một lần, trong 24 giờ.',
  codeFieldLabel: 'Mã cài đặt',
  codeProgress: (typed) => `Đã nhập ${typed}/8 chữ số`,
  codeWrongLength: 'Mã cài đặt có đủ 8 chữ số.',
  codeWrong: (left) =>
    left === undefined
      ? 'Mã cán bộ hoặc mã cài đặt không đúng.'
      : `Mã cán bộ hoặc mã cài đặt không đúng. Còn ${left} lần thử.`,

  newPinTitle: 'Đặt mã PIN mới',
  newPinHint: 'Mã PIN gồm 6 chữ số. Không dùng 6 chữ số giống nhau hay dãy liền như 123456.',
  newPinLabel: 'Mã PIN mới',
  newPinAgainTitle: 'Nhập lại mã PIN mới',
  newPinAgainHint: 'Nhập lại đúng mã PIN vừa đặt, để chắc chắn không bấm nhầm.',
  newPinAgainLabel: 'Nhập lại mã PIN mới',
  pinProgress: (typed) => `Đã nhập ${typed}/6 chữ số`,
  pinRules: {
    length: 'Mã PIN mới phải có đủ 6 chữ số.',
    'same-digits': 'Mã PIN không được gồm 6 chữ số giống nhau. Xin chọn mã khác.',
    sequence: 'Mã PIN không được là dãy số liền nhau như 123456 hay 987654. Xin chọn mã khác.',
  },
  pinsDiffer: 'Hai lần nhập mã PIN không giống nhau. Xin đặt lại mã PIN mới.',
  pinSaving: 'Đang lưu mã PIN…',

  forcedTitle: 'Cần đổi mã PIN',
  forcedHint: 'Mã PIN đang dùng theo quy định cũ. Xin đặt mã PIN mới gồm 6 chữ số trước khi làm việc.',

  changeTitle: 'Đổi mã PIN',
  currentPinTitle: 'Nhập mã PIN hiện tại',
  currentPinHint: 'Để chắc chắn đúng người, xin nhập mã PIN đang dùng.',
  currentPinLabel: 'Mã PIN hiện tại',
  changed: 'Đã đổi mã PIN. Lần đăng nhập sau, xin dùng mã PIN mới.',
};
