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
};
