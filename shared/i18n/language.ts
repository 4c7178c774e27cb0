/** The languages the kiosk speaks: Vietnamese by default, English one tap away (DESIGN §7). */
export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

export const DEFAULT_LANGUAGE: Language = 'vi';
