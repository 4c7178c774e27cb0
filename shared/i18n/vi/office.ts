import type { OfficeWords } from '../officeWords.js';

export const officeWordsVi: OfficeWords = {
  menu: 'Quản trị',
  pages: {
    sync: 'Đồng bộ',
    report: 'Báo cáo ngày',
    audit: 'Nhật ký',
    staff: 'Quản lý cán bộ',
    pin: 'Đổi mã PIN',
  },
  backToKiosk: 'Về màn hình chính',
  loading: 'Đang mở trang…',
  loadFailed: 'Không mở được trang này. Xin thử lại; nếu vẫn lỗi, hãy báo bộ phận kỹ thuật.',
  retry: 'Thử lại',
};
