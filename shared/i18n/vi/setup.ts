import type { ModeWords, SetupWords } from '../setupWords.js';

export const modeWordsVi: ModeWords = {
  demoBand: 'CHẾ ĐỘ TRÌNH DIỄN — dữ liệu mẫu, không phải hệ thống thật',
};

/** For the supervisor setting up the kiosk the first time: plain steps, nothing technical left unsaid. */
export const setupWordsVi: SetupWords = {
  title: 'Cài đặt máy lần đầu',
  step: (step: number, of: number) => `Cài đặt máy lần đầu · Bước ${step}/${of}`,
  loading: 'Đang đọc thông tin cài đặt…',
  kioskId: 'Mã máy',
  commune: 'Đơn vị',
  supervisor: 'Cán bộ quản lý',

  pinTitle: 'Đặt mã PIN cho cán bộ quản lý',
  pinHint:
    'Mã PIN gồm 6 chữ số, không gồm 6 số giống nhau hay dãy liền như 123456. Chỉ cán bộ có tên dưới đây được biết mã này.',
  pinAgainTitle: 'Nhập lại mã PIN',
  pinAgainHint: 'Nhập lại đúng mã PIN vừa đặt, để chắc chắn không bấm nhầm.',
  pinLabel: 'Mã PIN mới',
  pinAgainLabel: 'Nhập lại mã PIN',
  pinProgress: (typed: number) => `Đã nhập ${typed} chữ số`,
  pinWrongLength: 'Mã PIN gồm đủ 6 chữ số.',
  pinMismatch: 'Hai lần nhập mã PIN không giống nhau. Xin đặt lại mã PIN từ đầu.',
  pinSaving: 'Đang lưu mã PIN…',

  kitTitle: 'Ghi bộ khôi phục',
  kitHint:
    'Bộ khôi phục giúp mở bản sao lưu dữ liệu của máy trên một máy mới. Cắm USB vào máy, rồi nhập đường dẫn đầy đủ của một thư mục trên USB.',
  folderLabel: 'Thư mục để ghi (đường dẫn đầy đủ)',
  folderExample: 'Ví dụ: /media/usb hoặc E:\\',
  folderInvalid: 'Xin nhập đường dẫn đầy đủ, bắt đầu bằng / hoặc bằng ổ đĩa như E:\\.',
  keyboardLabel: 'Bàn phím đường dẫn',
  capitals: 'Chữ hoa',
  space: 'Dấu cách',
  write: 'Ghi bộ khôi phục',
  writing: 'Đang ghi bộ khôi phục…',
  kitFailed: {
    DESTINATION_INVALID:
      'Không ghi được vào thư mục này. Xin nhập đường dẫn của một thư mục đã có trên USB (không phải thư mục dữ liệu của máy).',
    DESTINATION_FULL: 'USB đã đầy. Xin dùng USB khác, hoặc xóa bớt tệp trên USB, rồi thử lại.',
    WRITE_FAILED:
      'Không ghi được vào USB (có thể USB đã bị rút ra hoặc chỉ cho đọc). Xin cắm lại rồi thử lại.',
  },

  passphraseTitle: 'Chép lại mật khẩu khôi phục',
  passphraseHint:
    'Mật khẩu này chỉ hiện một lần và máy không lưu lại. Xin chép ra giấy, cất cùng USB ở nơi an toàn: không có mật khẩu thì không mở được bộ khôi phục.',
  passphraseLabel: 'Mật khẩu khôi phục',
  passphraseSpoken: (characters: string) => `Mật khẩu khôi phục, từng ký tự: ${characters}`,
  writtenTo: (file: string) => `Đã ghi bộ khôi phục vào: ${file}`,
  copied: 'Tôi đã chép lại mật khẩu khôi phục',
};
