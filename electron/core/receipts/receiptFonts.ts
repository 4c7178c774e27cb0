import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const files = {
  regular: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  bold: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
} as const;

export type ReceiptFont = keyof typeof files;

/**
 * Be Vietnam Pro, a full TrueType font with every Vietnamese glyph: the PDF standard fonts
 * cannot show "Đã ghi nhận". pdfkit embeds only the glyphs a receipt uses.
 */
export function receiptFontPath(font: ReceiptFont): string {
  return require.resolve(files[font]);
}
