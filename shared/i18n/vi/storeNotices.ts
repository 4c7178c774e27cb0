import type { StoreNoticeWords } from '../storeNoticeWords.js';
import { freePercentText, sizeText } from '../storeNoticeWords.js';

/** For the staff member on duty: what happened to the kiosk's data, and what to do. */
export const storeNoticeWordsVi: StoreNoticeWords = {
  open: 'Thông báo dữ liệu',
  title: 'Thông báo về dữ liệu của máy',
  hide: 'Ẩn thông báo',
  raisedAt: (when: string) => `Lúc ${when}`,
  acknowledge: 'Đã xem',
  acknowledgeLabel: (title: string) => `Đã xem: ${title}`,
  codes: {
    RECOVERED_FROM_LAST_GOOD: {
      title: 'Đã khôi phục dữ liệu từ bản sao',
      body: ({ setAside }) =>
        `Tệp dữ liệu chính bị hỏng và đã được để riêng (${setAside}). Máy đã dùng bản sao gần nhất cùng nhật ký, không mất yêu cầu nào.`,
    },
    DISCARDED_UNACKNOWLEDGED_WRITE: {
      title: 'Đã bỏ một lần ghi dở dang',
      body: ({ journal }) =>
        `Khi máy khởi động lại, một lần ghi chưa hoàn tất trong nhật ký số ${journal} đã bị bỏ. Lần ghi đó chưa được xác nhận với ai, nên không mất yêu cầu nào.`,
    },
    BACKGROUND_FOLD_FAILED: {
      title: 'Máy chưa gộp được dữ liệu',
      body: ({ reason }) =>
        reason === 'STORE_FULL'
          ? 'Máy không gộp được nhật ký vào tệp dữ liệu vì hết chỗ lưu. Dữ liệu vẫn an toàn trong nhật ký. Xin giải phóng chỗ trống trên ổ đĩa.'
          : 'Máy không gộp được nhật ký vào tệp dữ liệu. Dữ liệu vẫn an toàn trong nhật ký. Xin báo bộ phận kỹ thuật.',
    },
    DISK_LOW: {
      title: 'Ổ đĩa sắp đầy',
      body: (space) =>
        `Ổ đĩa chỉ còn trống ${sizeText(space.freeBytes, ',')} trên ${sizeText(space.totalBytes, ',')} (${freePercentText(space, ',')}). Xin giải phóng chỗ trống trước khi máy hết chỗ lưu.`,
    },
    AUDIT_DAMAGED: {
      title: 'Nhật ký hoạt động bị hỏng một dòng',
      body: ({ file, line, seqFrom, seqTo }) =>
        line === undefined
          ? `Các mục nhật ký ${seqFrom ?? '?'}–${seqTo ?? '?'} không còn trong ${file}. Máy vẫn hoạt động và ghi tiếp; xin báo bộ phận kỹ thuật và khôi phục từ bản sao lưu.`
          : `Dòng ${line} của tệp ${file} bị hỏng. Máy vẫn hoạt động; phần hỏng được để nguyên để kiểm tra. Xin báo bộ phận kỹ thuật.`,
    },
    LOSS_ACCEPTED: {
      title: 'Đã chấp nhận mất dữ liệu',
      body: ({ reportId }) =>
        `Máy được khởi động với sự chấp nhận biên bản mất dữ liệu ${reportId}. Xin đối chiếu các yêu cầu trong biên bản với người dân.`,
    },
    ARCHIVE_DAMAGED: {
      title: 'Lưu trữ yêu cầu bị hỏng',
      body: ({ batch, changes, line }) =>
        line !== undefined
          ? `Dòng ${line} của tệp lưu trữ ${batch} bị hỏng; dòng này được để riêng, không được đọc. Xin khôi phục tệp từ bản sao lưu.`
          : changes === undefined
            ? `Tệp lưu trữ ${batch} bị thiếu hoặc hỏng. Xin khôi phục từ bản sao lưu.`
            : `Tệp lưu trữ ${batch} bị thiếu hoặc hỏng (${changes} yêu cầu). Xin khôi phục từ bản sao lưu.`,
    },
    KEY_IN_FILE: {
      title: 'Khóa dữ liệu được giữ trong một tệp',
      body: ({ file }) =>
        `Máy này giữ khóa dữ liệu trong tệp ${file}, chỉ tài khoản người dùng của máy kiosk đọc được, vì máy được khởi động với KIOSK_KEY_STORE=file thay cho kho khóa của hệ điều hành. Ai đăng nhập được bằng tài khoản đó, hoặc sao chép thư mục dữ liệu, đều đọc được dữ liệu: hãy giữ máy luôn khóa, và báo bộ phận kỹ thuật nếu đây không phải là thiết lập có chủ ý.`,
    },
  },
};
