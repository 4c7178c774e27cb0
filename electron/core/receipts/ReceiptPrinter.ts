/**
 * Where a receipt goes to paper. The Electron shell prints through Chromium; the web host has no
 * printer of its own (the browser prints the PDF), so it injects none.
 */
export interface ReceiptPrinter {
  /** Resolves true once the printer took the job, false when it did not (no printer, cancelled). */
  print(receipt: { pdf: Buffer; fileName: string }): Promise<boolean>;
}
