import type { GuideWords } from '../screenWords.js';

/** The in-app guide, in English: what the kiosk does, step by step, and how to stay safe. */
export const guideWordsEn: GuideWords = {
  title: 'How to unlink a phone in the VNeID app',
  lead: 'A VNeID account can be signed in on only one phone at a time. When you get a new phone, unlink the old one like this:',
  stepLabel: (step: number) => `Step ${step}`,
  steps: [
    {
      title: 'Open VNeID, tap “Cá nhân” (Personal)',
      body: 'Sign in to the VNeID app. At the very bottom of the screen, tap “Cá nhân”.',
    },
    {
      title: 'Tap “Quản lý thiết bị” (Manage devices)',
      body: 'Among the account items, tap “Quản lý thiết bị” to see every phone that has signed in.',
    },
    {
      title: 'Pick the old phone, tap “Hủy liên kết” (Unlink)',
      body: 'Read the list carefully. For a phone you do not use or do not recognise, tap “Hủy liên kết”.',
    },
    {
      title: 'Tap “Xác nhận” (Confirm)',
      body: 'The app asks whether you are sure. Tap “Xác nhận” and it is done.',
    },
  ],
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
  safetyTitle: 'To keep the account safe',
  safety: [
    'Never tell anyone your passcode or the code in a text message.',
    'Sign out of VNeID before lending your phone to someone.',
    'Keep the VNeID app up to date.',
  ],
  atKiosk: 'Do it here at the kiosk',
};
