import type { CardScanWords } from '../cardScanWords.js';

export const cardScanWordsVi: CardScanWords = {
  cameraButton: 'Quét mã QR trên thẻ căn cước',
  camera: {
    title: 'Quét mã QR trên thẻ căn cước',
    hint: 'Đưa mã QR trên thẻ vào giữa khung vuông và giữ yên thẻ một chút.',
    videoLabel: 'Hình từ camera của máy',
    opening: 'Đang mở camera…',
    cancel: 'Hủy',
    retry: 'Thử lại',
    problems: {
      refused: 'Máy chưa được phép dùng camera. Xin nhờ cán bộ giúp, hoặc bấm "Hủy" để nhập số bằng tay.',
      none: 'Không tìm thấy camera của máy. Xin bấm "Hủy" để nhập số bằng tay.',
      busy: 'Camera đang bận hoặc bị lỗi. Xin chờ một chút rồi thử lại, hoặc bấm "Hủy" để nhập số bằng tay.',
      failed: 'Không mở được phần đọc mã QR. Xin thử lại, hoặc bấm "Hủy" để nhập số bằng tay.',
    },
  },
  confirmTitle: 'Đúng là thẻ của ông/bà?',
  confirmHint: 'Máy đã đọc mã QR trên thẻ căn cước. Nếu đúng, xin chọn cách xác minh.',
  confirmHintForStaff: 'Đọc từ mã QR trên thẻ. Cán bộ đối chiếu với thẻ và người đến làm việc.',
  holderName: 'Họ tên trên thẻ',
  issuedOn: 'Ngày cấp',
  usePasscode: 'Đúng, nhập passcode VNeID',
  useOtp: 'Đúng, nhận mã qua tin nhắn SMS',
  useStaff: 'Đúng, cán bộ xác nhận thẻ',
  notMine: 'Không phải, nhập lại',
  readFromCard: (issuedOn) =>
    `Số định danh và ngày sinh được đọc từ mã QR trên thẻ căn cước (ngày cấp ${issuedOn}). Mã QR không chứng minh người cầm thẻ: xin vẫn đối chiếu ảnh trên thẻ với người đến làm việc.`,
  offline:
    'Đã đọc được thẻ, nhưng máy đang mất kết nối với hệ thống định danh quốc gia nên chưa xác minh được lúc này.',
  referenceTitle: 'Đây là mã tra cứu trên phiếu hẹn.',
  referenceQuestion: (reference) => `Mã ${reference}. Ông/bà có muốn xem tình trạng yêu cầu này không?`,
  referenceLookup: 'Tra cứu yêu cầu này',
  notCardUrl:
    'Mã vừa quét là địa chỉ một trang web, không phải mã QR trên thẻ căn cước. Xin quét mã QR in trên thẻ.',
  notCardText: 'Mã vừa quét không phải mã QR trên thẻ căn cước. Xin quét mã QR in trên thẻ.',
  damaged: 'Chưa đọc được trọn mã QR trên thẻ. Xin quét lại, giữ thẻ thẳng và yên trước máy quét.',
  idNumber: (problem) => `Số định danh đọc từ thẻ không hợp lệ. ${problem}`,
  dobMismatch: (idNumberYear, dateOfBirthYear) =>
    `Trên mã vừa quét, số định danh ứng với năm sinh ${idNumberYear}, nhưng ngày sinh là năm ${dateOfBirthYear}. Mã có thể bị đọc sai: xin quét lại, hoặc nhập tay.`,
  genderMismatch:
    'Trên mã vừa quét, giới tính không khớp với số định danh. Mã có thể bị đọc sai: xin quét lại, hoặc nhập tay.',
  impossibleDateOfBirth:
    'Ngày sinh trong mã vừa quét không phải một ngày có thật. Xin quét lại, hoặc nhập tay.',
  impossibleIssuedOn:
    'Ngày cấp trong mã vừa quét không hợp lệ (chưa tới, hoặc trước ngày sinh). Xin quét lại, hoặc nhập tay.',
  cardOnLookup: 'Đây là mã QR trên thẻ căn cước, không phải mã tra cứu trên phiếu hẹn.',
  notReference: 'Mã vừa quét không phải mã tra cứu trên phiếu hẹn. Xin quét mã in trên phiếu.',
};
