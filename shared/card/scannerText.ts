/**
 * What a scanner adds around the code it read, so the code itself can be parsed. Handheld
 * scanners end with CR and/or LF, some frame the text with control characters (STX … ETX),
 * and many are set to put the AIM symbology identifier (`]Q1` for a QR code) in front, or,
 * on some models, behind it.
 */

// Control characters (C0, DEL, C1) and whitespace at either end.
const EDGE_NOISE = /^[\p{Cc}\s]+|[\p{Cc}\s]+$/gu;
// `]` + symbology letter + modifier character (ISO/IEC 15424).
const LEADING_AIM = /^\][A-Za-z][0-9A-Za-z]/u;
const TRAILING_AIM = /\][A-Za-z][0-9A-Za-z]$/u;

/** The scanned text without the scanner's framing, in NFC (Vietnamese may arrive as NFD). */
export function unwrapScannerText(text: string): string {
  return text
    .replace(EDGE_NOISE, '')
    .replace(LEADING_AIM, '')
    .replace(TRAILING_AIM, '')
    .replace(EDGE_NOISE, '')
    .normalize('NFC');
}
