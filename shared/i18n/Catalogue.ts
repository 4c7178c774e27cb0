import type { DayReportWords } from './dayReportWords.js';
import type { AuditLogWords } from './auditLogWords.js';
import type { DeskWords } from './deskWords.js';
import type { OfficeWords } from './officeWords.js';
import type { ReceiptSlipWords } from './receiptSlipWords.js';
import type { StaffAdminWords } from './staffAdminWords.js';
import type { AccountContentWords } from './ruleWords.js';
import type { ModeWords, SetupWords } from './setupWords.js';
import type { StoreNoticeWords } from './storeNoticeWords.js';
import type {
  AccountWords,
  CommonWords,
  ConfirmWords,
  DevicesWords,
  ErrorWords,
  GuideWords,
  IdentifyWords,
  IdleWords,
  LanguageSwitchWords,
  LookupWords,
  PadWords,
  ReceiptScreenWords,
  StaffWords,
  SyncWords,
  WelcomeWords,
} from './screenWords.js';
import type { CardScanWords } from './cardScanWords.js';
import type { Language } from './language.js';

/**
 * Every word the kiosk shows or prints, in one language: the screens', the rules' and the
 * printed slip's. This type is the one list of keys. Each language is declared as a
 * `Catalogue`, so a key missing in one language, or present in only one, fails the typecheck
 * (test/unit/i18n/catalogueKeys.test.ts proves it).
 */
export interface Catalogue {
  /** BCP 47 tag of this catalogue, for the page's `lang`. */
  lang: Language;
  appName: string;
  language: LanguageSwitchWords;
  common: CommonWords;
  welcome: WelcomeWords;
  identify: IdentifyWords;
  /** Reading the ID card's QR code: the camera, the card's check, codes that are not a card (issue 13). */
  cardScan: CardScanWords;
  pad: PadWords;
  account: AccountWords;
  /** What an account holds, for the coming day report and any screen that lists it. */
  accountContents: AccountContentWords;
  devices: DevicesWords;
  confirm: ConfirmWords;
  receipt: ReceiptScreenWords;
  /** The printed slip, which the core lays out. */
  receiptSlip: ReceiptSlipWords;
  lookup: LookupWords;
  guide: GuideWords;
  staff: StaffWords;
  /** The store's notices on the staff bar (issue 9). */
  storeNotices: StoreNoticeWords;
  sync: SyncWords;
  /** The office pages behind the staff bar's menu (issue 11). */
  office: OfficeWords;
  /** The day report page, its PDF and CSV (issue 11). */
  dayReport: DayReportWords;
  /** The audit log page, "Nhật ký" (issue 11, part A). */
  auditLog: AuditLogWords;
  /** The sync desk (issue 11, part S). */
  desk: DeskWords;
  /** Staff accounts, setup codes and PIN changes (issue 11, part M). */
  staffAdmin: StaffAdminWords;
  idle: IdleWords;
  /** The demo band (issue 10). */
  mode: ModeWords;
  /** The first-run screens of a provisioned kiosk (issue 10). */
  setup: SetupWords;
  errors: ErrorWords;
}
