import { z } from 'zod';

export const ReceiptLanguage = z.enum(['vi', 'en']);
export type ReceiptLanguage = z.infer<typeof ReceiptLanguage>;

const ReceiptArgs = z
  .object({
    changeId: z.uuid(),
    /** Vietnamese unless the citizen switched the screen to English. */
    language: ReceiptLanguage.optional(),
  })
  .strict();

/** The printable slip of DESIGN §7, as a PDF. */
export const ReceiptDocument = z
  .object({
    reference: z.string(),
    fileName: z.string(),
    pdfBase64: z.string(),
  })
  .strict();
export type ReceiptDocument = z.infer<typeof ReceiptDocument>;

/** Where the web host serves a slip's PDF, for the kiosk page to print in a frame of its own. */
export const RECEIPT_PATH = '/api/receipt.pdf';

export function receiptUrl(changeId: string, language: ReceiptLanguage): string {
  return `${RECEIPT_PATH}?changeId=${encodeURIComponent(changeId)}&language=${language}`;
}

export const receiptMethods = {
  'receipt.get': { args: ReceiptArgs, result: ReceiptDocument },
  /** `printed: false` when this host has no printer (the web host): the renderer prints the PDF itself. */
  'receipt.print': { args: ReceiptArgs, result: z.object({ printed: z.boolean() }).strict() },
} as const;
