import type { GuideWords } from '../screenWords.js';

/** The in-app guide, in Vietnamese: what the kiosk does, step by step, and how to stay safe. */
export const guideWordsVi: GuideWords = {
  title: 'Hướng dẫn hủy liên kết trên ứng dụng VNeID',
  lead: 'Tài khoản VNeID chỉ đăng nhập được trên một điện thoại tại một thời điểm. Khi đổi máy mới, ông/bà hủy liên kết máy cũ như sau:',
  stepLabel: (step: number) => `Bước ${step}`,
  steps: [
    {
      title: 'Mở VNeID, bấm “Cá nhân”',
      body: 'Đăng nhập ứng dụng VNeID. Ở dưới cùng màn hình, bấm vào mục “Cá nhân”.',
    },
    {
      title: 'Bấm “Quản lý thiết bị”',
      body: 'Trong các mục của tài khoản, bấm “Quản lý thiết bị” để xem các máy đã từng đăng nhập.',
    },
    {
      title: 'Chọn máy cũ, bấm “Hủy liên kết”',
      body: 'Xem kỹ danh sách. Máy nào đáng ngờ hoặc không còn dùng, bấm “Hủy liên kết” ở máy đó.',
    },
    {
      title: 'Bấm “Xác nhận”',
      body: 'Ứng dụng hỏi lại ông/bà có chắc chắn không. Bấm “Xác nhận” là xong.',
    },
  ],
  /** Words drawn on the pictures of the phone: the app's own labels, which stay Vietnamese. */
  drawing: {
    home: 'Trang chủ',
    personal: 'Cá nhân',
    manageDevices: 'Quản lý thiết bị',
    accountInfo: 'Thông tin tài khoản',
    settings: 'Cài đặt',
    oldPhone: 'Máy cũ',
    newPhone: 'Máy mới',
    unlink: 'Hủy liên kết',
    confirm: 'Xác nhận',
    cancel: 'Hủy bỏ',
    question: 'Hủy liên kết thiết bị?',
  },
  safetyTitle: 'Để giữ an toàn tài khoản',
  safety: [
    'Không cho người khác biết passcode hay mã trong tin nhắn.',
    'Đăng xuất VNeID trước khi cho người khác mượn điện thoại.',
    'Cập nhật ứng dụng VNeID thường xuyên.',
  ],
  atKiosk: 'Làm ngay tại máy này',
};
