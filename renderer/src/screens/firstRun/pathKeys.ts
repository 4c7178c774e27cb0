import type { PadKey } from '../../components/KeyPad';

const char = (value: string): PadKey => ({ kind: 'char', value });

/**
 * A folder path on the kiosk's own pad: digits, the alphabet in order (small or capital: a USB
 * stick's label is often in capitals, and Linux paths tell them apart), and the characters of
 * `/media/usb`, `E:\` and `\\server\share`.
 */
export function pathKeys(capitals: boolean, spaceLabel: string): readonly PadKey[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return [
    ...'1234567890'.split('').map(char),
    ...(capitals ? letters.toUpperCase() : letters).split('').map(char),
    ...['/', '\\', ':', '.', '-', '_'].map(char),
    { kind: 'char', value: ' ', label: spaceLabel, face: spaceLabel, span: 4 },
    { kind: 'clear', span: 2 },
    { kind: 'backspace', span: 2 },
  ];
}
