import type { ModeWords, SetupWords } from '../setupWords.js';

export const modeWordsEn: ModeWords = {
  demoBand: 'DEMO MODE — sample data, not the real system',
};

export const setupWordsEn: SetupWords = {
  title: 'First-time setup',
  step: (step: number, of: number) => `First-time setup · Step ${step} of ${of}`,
  loading: 'Reading the setup details…',
  kioskId: 'Kiosk ID',
  commune: 'Office',
  supervisor: 'Supervisor',

  pinTitle: 'Set the supervisor’s PIN',
  pinHint:
    'A PIN has 6 digits, not one digit six times nor a run like 123456. Only the staff member named below should know it.',
  pinAgainTitle: 'Type the PIN again',
  pinAgainHint: 'Type the same PIN once more, to be sure no key was pressed by mistake.',
  pinLabel: 'New PIN',
  pinAgainLabel: 'PIN again',
  pinProgress: (typed: number) => `${typed} digits entered`,
  pinWrongLength: 'A PIN has 6 digits.',
  pinMismatch: 'The two PINs are not the same. Please set the PIN again from the start.',
  pinSaving: 'Saving the PIN…',

  kitTitle: 'Write the recovery kit',
  kitHint:
    'The recovery kit lets a backup of this kiosk’s data be opened on a new machine. Plug in a USB stick, then type the full path of a folder on it.',
  folderLabel: 'Folder to write to (full path)',
  folderExample: 'For example: /media/usb or E:\\',
  folderInvalid: 'Please type a full path, starting with / or with a drive such as E:\\.',
  keyboardLabel: 'Path keyboard',
  capitals: 'Capitals',
  space: 'Space',
  write: 'Write the recovery kit',
  writing: 'Writing the recovery kit…',
  kitFailed: {
    DESTINATION_INVALID:
      'The kit cannot be written to this folder. Please type the path of a folder that exists on the USB stick (not the kiosk’s own data folder).',
    DESTINATION_FULL:
      'The USB stick is full. Please use another one, or delete some files from it, and try again.',
    WRITE_FAILED:
      'Writing to the USB stick failed (it may have been removed, or be read-only). Please plug it in again and retry.',
  },

  passphraseTitle: 'Write down the recovery passphrase',
  passphraseHint:
    'This passphrase is shown only once and the kiosk does not keep it. Write it on paper and keep it with the USB stick in a safe place: without it the recovery kit cannot be opened.',
  passphraseLabel: 'Recovery passphrase',
  passphraseSpoken: (characters: string) => `Recovery passphrase, one character at a time: ${characters}`,
  writtenTo: (file: string) => `The recovery kit was written to: ${file}`,
  copied: 'I have written down the recovery passphrase',
};
