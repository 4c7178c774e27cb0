/**
 * A one-time setup code (issue 11): what a supervisor hands a new member, or one whose PIN was
 * reset, to set a PIN with. Eight digits, typed on the same pad as a PIN; shown in two groups of
 * four so it can be read out and copied without losing one's place.
 */
export const SETUP_CODE_PATTERN = /^\d{8}$/;
export const SETUP_CODE_VALID_MS = 24 * 60 * 60 * 1000;

export function isSetupCode(text: string): boolean {
  return SETUP_CODE_PATTERN.test(text);
}

/** "12345678" → "1234 5678". */
export function groupSetupCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code;
}
