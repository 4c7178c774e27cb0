import { COMMUNE_POLICE } from '../../domain/contacts.js';
import type { AccountContentWords, DeviceWords, IdNumberWords, UnlockWords } from '../ruleWords.js';

/*
 * Vietnamese words for the rules' codes. Written for a 65-year-old reading at a kiosk: short
 * sentences, everyday words, the app's own labels ("Hủy liên kết"), and "ông/bà" as the
 * polite way to address any adult.
 */

const CHECK_AGAIN = 'Xin ông/bà xem lại số trên thẻ căn cước.';

export const idNumberWordsVi: IdNumberWords = {
  NOT_DIGITS: () => `Số định danh chỉ gồm chữ số. ${CHECK_AGAIN}`,
  WRONG_LENGTH: ({ length }) =>
    length === 0
      ? 'Xin ông/bà nhập số định danh. Số định danh phải có 12 chữ số.'
      : `Số định danh phải có 12 chữ số, số vừa nhập có ${length} chữ số.`,
  UNKNOWN_PROVINCE: ({ provinceCode }) =>
    `Mã tỉnh ${provinceCode} (ba chữ số đầu) không đúng. ${CHECK_AGAIN}`,
  BAD_CENTURY_DIGIT: ({ centuryDigit }) =>
    `Chữ số thứ tư (${centuryDigit}) không đúng: chữ số này cho biết giới tính và thế kỷ sinh. ${CHECK_AGAIN}`,
  BIRTH_YEAR_IN_FUTURE: ({ birthYear }) =>
    `Theo số này, năm sinh là ${birthYear}, một năm chưa tới. ${CHECK_AGAIN}`,
  DOB_MISMATCH: ({ birthYear, dateOfBirthYear }) =>
    `Theo số định danh, năm sinh là ${birthYear}, nhưng ngày sinh đã nhập là năm ${dateOfBirthYear}. Xin ông/bà xem lại số định danh hoặc ngày sinh.`,
  GENDER_MISMATCH: ({ gender, enteredGender }) =>
    `Theo số định danh, giới tính là ${genderWord(gender)}, nhưng giới tính đã chọn là ${genderWord(enteredGender)}. Xin ông/bà xem lại số định danh hoặc giới tính.`,
};

function genderWord(gender: 'male' | 'female'): string {
  return gender === 'male' ? 'nam' : 'nữ';
}

export const unlockWordsVi: UnlockWords = {
  outcomes: {
    'can-unlock-now': 'Có thể mở khóa ngay',
    'needs-review': 'Cần xem xét trước khi mở khóa',
    'go-to-commune-police': `Cần đến ${COMMUNE_POLICE}`,
    'cannot-unlock': 'Không thể mở khóa',
    'not-locked': 'Tài khoản không bị khóa',
  },
  reasons: {
    NOT_LOCKED: {
      reason: 'Tài khoản đang dùng bình thường, không bị khóa.',
      whoCanUnlock: 'Không cần mở khóa.',
    },
    HOLDER_REQUEST: {
      reason: 'Tài khoản bị khóa vì chính ông/bà đã yêu cầu khóa.',
      whoCanUnlock: 'Chính ông/bà có thể yêu cầu mở khóa, sau khi chứng minh mình là chủ tài khoản.',
    },
    LOCK_ENDED: {
      reason: 'Tài khoản bị khóa có thời hạn, và thời hạn đó đã hết.',
      whoCanUnlock: 'Hệ thống sẽ tự mở khóa khi nhận được yêu cầu của ông/bà.',
    },
    TERMS_VIOLATION_ONGOING: {
      reason: 'Tài khoản bị khóa vì vi phạm điều khoản sử dụng ứng dụng VNeID, và thời gian khóa chưa hết.',
      whoCanUnlock: 'Cơ quan Công an quản lý tài khoản định danh sẽ xem xét yêu cầu mở khóa.',
    },
    ID_CARD_REVOKED: {
      reason: 'Tài khoản bị khóa vì thẻ căn cước của ông/bà đã bị thu hồi.',
      whoCanUnlock: `Tài khoản sẽ được mở lại khi ông/bà được cấp lại thẻ căn cước. Việc này làm tại ${COMMUNE_POLICE}, không làm được ở máy này.`,
    },
    COMPETENT_AUTHORITY: {
      reason: 'Tài khoản bị khóa theo yêu cầu của tòa án hoặc cơ quan nhà nước có thẩm quyền.',
      whoCanUnlock: 'Chỉ cơ quan Công an mới mở khóa được, sau khi xem xét. Không mở được ở máy này.',
    },
    HOLDER_DECEASED: {
      reason: 'Tài khoản đã bị khóa vì chủ tài khoản đã qua đời.',
      whoCanUnlock: 'Tài khoản này không thể mở lại.',
    },
    LOCK_NEEDS_CHECKING: {
      reason: 'Tài khoản đang bị khóa, nhưng máy này chưa biết rõ lý do.',
      whoCanUnlock: `${COMMUNE_POLICE} sẽ kiểm tra và hướng dẫn ông/bà.`,
    },
  },
  nextSteps: {
    NONE: 'Ông/bà không cần làm gì thêm.',
    SUBMIT_UNLOCK_REQUEST:
      'Ông/bà có thể gửi yêu cầu mở khóa ngay tại đây. Khi yêu cầu được xử lý, tài khoản sẽ được mở và ông/bà đăng nhập VNeID lại như trước.',
    // The hotline is not repeated here: the screen's "Cần hỏi thêm" box gives it once.
    SUBMIT_FOR_REVIEW:
      'Ông/bà có thể gửi yêu cầu mở khóa tại đây. Yêu cầu sẽ được xem xét. Xin giữ phiếu có mã tra cứu để xem kết quả sau.',
    REISSUE_ID_CARD: `Xin ông/bà mang giấy tờ đến ${COMMUNE_POLICE} để làm thủ tục cấp lại thẻ căn cước.`,
    VISIT_COMMUNE_POLICE: `Xin ông/bà mang thẻ căn cước đến ${COMMUNE_POLICE} để được hướng dẫn.`,
    REPORT_MISTAKE_TO_COMMUNE_POLICE: `Nếu thông tin này bị nhầm, xin mang giấy tờ đến ${COMMUNE_POLICE} để được kiểm tra lại.`,
  },
  grounds: {
    'terms-violation': 'vi phạm điều khoản sử dụng ứng dụng VNeID',
    'holder-request': 'chính chủ tài khoản đã yêu cầu khóa',
    'id-card-revoked': 'thẻ căn cước đã bị thu hồi',
    'holder-deceased': 'chủ tài khoản đã qua đời',
    'competent-authority': 'tòa án hoặc cơ quan nhà nước có thẩm quyền đã yêu cầu khóa',
  },
  withGround: {
    LOCK_ENDED: (ground) => `Tài khoản bị khóa vì ${ground}. Thời hạn khóa đã hết.`,
    LOCK_NEEDS_CHECKING: (ground) =>
      `Tài khoản bị khóa, với lý do ghi là ${ground}. Lý do này không áp dụng cho mức độ của tài khoản, nên cần được kiểm tra lại.`,
  },
};

export const deviceWordsVi: DeviceWords = {
  moreThanOneActive:
    'Danh sách thiết bị có hơn một máy đang đăng nhập, điều này không được phép. Xin báo cán bộ để kiểm tra.',
  reasons: {
    stale: ({ daysSinceLastSeen }) =>
      `Đã ${daysSinceLastSeen} ngày máy này không đăng nhập VNeID. Nếu ông/bà không còn dùng máy này, nên Hủy liên kết.`,
    'unfamiliar-place': ({ place }) =>
      `Lần cuối máy này được dùng ở "${place}", khác với nơi dùng các máy khác của ông/bà. Nếu ông/bà không nhận ra máy này, nên Hủy liên kết ngay.`,
  },
};

/** The app's own names for what an account holds ("Thông tin tài khoản"). */
export const accountContentWordsVi: AccountContentWords = {
  items: {
    'id-number': 'Số định danh cá nhân',
    'full-name': 'Họ, chữ đệm và tên',
    'date-of-birth': 'Ngày, tháng, năm sinh',
    gender: 'Giới tính',
    passport: 'Thông tin hộ chiếu (người nước ngoài)',
    portrait: 'Ảnh chân dung',
    fingerprints: 'Vân tay',
    'linked-papers': 'Giấy tờ tích hợp',
  },
  paperKinds: {
    'driving-licence': 'Giấy phép lái xe',
    'vehicle-registration': 'Giấy đăng ký xe',
    'health-insurance-card': 'Thẻ bảo hiểm y tế',
    'social-insurance-book': 'Sổ bảo hiểm xã hội',
    'tax-code': 'Mã số thuế',
  },
  problems: {
    PASSPORT_MISSING: 'Tài khoản của người nước ngoài cần có thông tin hộ chiếu.',
    PORTRAIT_ON_LEVEL_1: 'Tài khoản mức độ 1 không lưu ảnh chân dung.',
    FINGERPRINTS_ON_LEVEL_1: 'Tài khoản mức độ 1 không lưu vân tay.',
    PAPERS_ON_LEVEL_1: 'Tài khoản mức độ 1 không tích hợp giấy tờ.',
    PORTRAIT_MISSING: 'Tài khoản mức độ 2 phải có ảnh chân dung.',
    FINGERPRINTS_MISSING: 'Tài khoản mức độ 2 phải có vân tay.',
    DUPLICATE_PAPER: 'Một giấy tờ được tích hợp hai lần.',
  },
};
