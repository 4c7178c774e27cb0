import type { ErrorWords } from '../screenWords.js';

/** What the screen says for each error code, in Vietnamese: the code and its facts decide, never the message text. */
export const errorWordsVi: ErrorWords = {
  UNKNOWN_METHOD: 'Máy gặp lỗi khi xử lý yêu cầu. Xin nhờ cán bộ hỗ trợ.',
  BAD_ARGUMENTS: 'Thông tin nhập vào chưa đúng. Xin ông/bà kiểm tra lại.',
  INVALID_ID_NUMBER: 'Số định danh cá nhân không đúng. Xin ông/bà xem lại số trên thẻ căn cước.',
  NO_SESSION: 'Phiên làm việc đã hết. Xin bấm “Kết thúc” rồi bắt đầu lại.',
  VERIFICATION_FAILED: 'Số định danh hoặc passcode không đúng. Xin ông/bà kiểm tra rồi nhập lại.',
  VERIFICATION_LOCKED:
    'Ông/bà đã nhập sai quá nhiều lần nên tạm thời không kiểm tra được. Xin thử lại sau, hoặc nhờ cán bộ hỗ trợ.',
  ACCOUNT_NOT_FOUND: 'Không tìm thấy tài khoản VNeID với số định danh này.',
  DEVICE_NOT_FOUND: 'Thiết bị này không còn trong danh sách. Xin xem lại danh sách thiết bị.',
  UPSTREAM_UNAVAILABLE:
    'Hiện không kết nối được với hệ thống định danh quốc gia. Xin ông/bà thử lại sau ít phút.',
  UPSTREAM_REFUSED: 'Hệ thống định danh quốc gia từ chối yêu cầu. Xin nhờ cán bộ hỗ trợ.',
  STORE_FAILED: 'Máy không lưu được yêu cầu. Xin nhờ cán bộ hỗ trợ.',
  STORE_FULL: 'Máy đang hết chỗ lưu, xin báo cán bộ.',
  NOTICE_NOT_FOUND: 'Thông báo này đã được xem hoặc không còn nữa.',
  // Issue 10, first run (part A).
  SETUP_REQUIRED: 'Máy đang được cài đặt. Cán bộ phụ trách cần hoàn tất các bước cài đặt ban đầu trước.',
  SETUP_NOT_AVAILABLE: 'Bước cài đặt này hiện không dùng được.',
  SETUP_PIN_MISMATCH: 'Hai mã PIN không giống nhau. Xin nhập lại mã PIN, hai lần.',
  RECOVERY_KIT_FAILED: 'Chưa ghi được bộ khôi phục. Xin kiểm tra USB (còn chỗ, đã cắm chắc) rồi thử lại.',
  SUPERVISOR_REQUIRED: 'Chỉ cán bộ phụ trách mới làm được việc này.',
  REPORT_DAY_NOT_AVAILABLE: 'Không lập được báo cáo cho ngày này.',
  // Issue 11, the sync desk (part S).
  CHANGE_NOT_FOUND: 'Không còn yêu cầu này trong hàng đợi.',
  CHANGE_NOT_RESENDABLE:
    'Hệ thống định danh quốc gia đã quyết định yêu cầu này; gửi lại chỉ nhận lại đúng kết quả cũ. Hãy đóng yêu cầu.',
  CHANGE_NOT_CLOSABLE: 'Yêu cầu này không chờ cán bộ xử lý nên không đóng được.',
  // Issue 11, staff accounts (part M).
  STAFF_ID_TAKEN: 'Mã cán bộ này đã có người dùng. Xin chọn mã khác.',
  STAFF_NOT_FOUND: 'Không có cán bộ nào với mã này.',
  PIN_TOO_WEAK: 'Mã PIN mới chưa đủ an toàn. Xin chọn mã khác.',
  SETUP_CODE_WRONG: 'Mã cán bộ hoặc mã cài đặt không đúng.',
  SETUP_CODE_EXPIRED: 'Mã cài đặt đã quá 24 giờ. Xin cán bộ phụ trách cấp mã mới.',
  STAFF_DISABLED: 'Tài khoản cán bộ này đang tạm khóa. Xin liên hệ cán bộ phụ trách.',
  LAST_SUPERVISOR:
    'Đây là cán bộ phụ trách cuối cùng đang hoạt động: không thể tạm khóa hay chuyển thành cán bộ.',
  PIN_CHANGE_REQUIRED: 'Cần đổi mã PIN trước khi làm việc khác.',
  // Issue 13: a card read from its QR code.
  CARD_ISSUE_DATE_INVALID:
    'Ngày cấp trên thẻ không hợp lệ (sau ngày hôm nay hoặc trước ngày sinh). Xin quét lại thẻ, hoặc nhập tay.',
  INTERNAL: 'Máy gặp lỗi ngoài dự kiến. Xin thử lại, hoặc nhờ cán bộ hỗ trợ.',
  OFFLINE:
    'Hiện chưa kiểm tra được: máy đang mất kết nối với hệ thống định danh quốc gia. Xin thử lại sau ít phút, hoặc nhờ cán bộ hỗ trợ.',
  STAFF_REQUIRED: 'Việc này cần cán bộ hỗ trợ. Xin mời cán bộ đến máy.',
  STAFF_PIN_WRONG: 'Mã cán bộ hoặc mã PIN không đúng.',
  STAFF_LOCKED_OUT: 'Nhập sai quá nhiều lần. Mã cán bộ này tạm bị khóa, xin thử lại sau.',
  STAFF_SIGN_IN_WAIT: 'Đã nhập sai nhiều lần trên máy này. Xin chờ một lát rồi nhập lại.',
  OTP_RATE_LIMITED: 'Mã vừa được gửi. Xin chờ một lát rồi bấm “Gửi lại mã”.',
  NO_REGISTERED_PHONE:
    'Tài khoản này chưa đăng ký số điện thoại để nhận mã. Xin dùng passcode VNeID, hoặc nhờ cán bộ hỗ trợ.',
  OTP_EXPIRED: 'Mã đã hết hạn hoặc đã dùng. Xin bấm “Gửi lại mã” để nhận mã mới.',
  UNLOCK_NOT_POSSIBLE: 'Không thể gửi yêu cầu mở khóa tại máy này. Xin xem hướng dẫn ở trên.',
  BAD_REFERENCE: 'Mã tra cứu không đúng. Mã có 10 ký tự, gồm chữ số và chữ A đến F. Xin xem lại phiếu.',
  REQUEST_NOT_FOUND: 'Không tìm thấy yêu cầu nào với mã này. Xin xem lại mã trên phiếu.',
  RECEIPT_NOT_AVAILABLE: 'Chưa lấy được phiếu cho yêu cầu này. Xin nhờ cán bộ hỗ trợ.',
  BACKUP_FAILED: 'Sao lưu chưa xong. Xin kiểm tra USB (còn chỗ trống, đã cắm chắc) rồi thử lại.',
  STAFF_NOT_REGISTERED:
    'Tài khoản cán bộ đang chờ đăng ký với hệ thống quốc gia; chưa thể xác nhận thẻ. Hãy thử lại khi có kết nối.',
  KIOSK_UNREACHABLE: 'Không kết nối được với dịch vụ của máy tự phục vụ. Xin thử lại, hoặc báo cán bộ.',
  KIOSK_ACCESS_DENIED: 'Máy chưa được mở đúng cách. Xin báo cán bộ để khởi động lại máy.',
  BAD_RESPONSE: 'Máy nhận được dữ liệu không hợp lệ. Xin thử lại, hoặc nhờ cán bộ hỗ trợ.',
};
