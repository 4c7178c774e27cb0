import type PDFDocumentClass from 'pdfkit';
import type { create as createQrCode } from 'qrcode';
import type { ChangeKind, ChangeState } from '../../../shared/domain/change.js';
import { catalogueFor } from '../../../shared/i18n/catalogues.js';
import { outcomeText } from '../../../shared/i18n/receiptSlipWords.js';
import type { ReceiptSlipWords } from '../../../shared/i18n/receiptSlipWords.js';
import type { ReceiptLanguage } from '../../../shared/ipc/receiptContract.js';
import { receiptStatusOf } from '../../../shared/rules/receiptStatus.js';
import { receiptFontPath } from './receiptFonts.js';
import { vietnamDateTime } from './vietnamTime.js';

/** Everything a slip shows; nothing on it identifies the citizen beyond the masked ID number. */
export interface ReceiptFacts {
  reference: string;
  kind: ChangeKind;
  /** The device's name as the citizen saw it, for an unlink. */
  deviceLabel?: string;
  idNumberMasked: string;
  acceptedAt: string;
  state: ChangeState;
  outcomeCode?: string;
  communeName: string;
  kioskId: string;
  /** The staff member who served the citizen, if one did. */
  staffId?: string;
  issuedAt: string;
}

// An 80 mm roll, the common kiosk receipt printer; an office printer prints it at the top of a page.
const MM = 72 / 25.4;
const PAGE_WIDTH = 80 * MM;
// Room enough for the longest texts; the slip itself is cut to what it holds.
const MAX_PAGE_HEIGHT = 400 * MM;
const MIN_PAGE_HEIGHT = 100 * MM;
const MARGIN = 5 * MM;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const QR_SIZE = 30 * MM;

export function receiptFileName(reference: string): string {
  return `bien-nhan-${reference}.pdf`;
}

/**
 * The printable slip of DESIGN §7, as PDF bytes. Laid out twice: once on a long page to learn
 * how tall this slip is, then on a page cut to that height, so a roll printer feeds no blank paper.
 */
export async function renderReceiptPdf(
  facts: ReceiptFacts,
  language: ReceiptLanguage = 'vi',
): Promise<Buffer> {
  const { PDFDocument, createQr } = await pdfLibraries();
  const measuring = newDocument(PDFDocument, facts, language, MAX_PAGE_HEIGHT);
  const height = Math.ceil(drawReceipt(measuring, createQr, facts, language) + MARGIN);
  measuring.end();

  const doc = newDocument(PDFDocument, facts, language, Math.max(MIN_PAGE_HEIGHT, height));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  drawReceipt(doc, createQr, facts, language);
  doc.end();
  return await done;
}

interface PdfLibraries {
  PDFDocument: typeof PDFDocumentClass;
  createQr: typeof createQrCode;
}
let loading: Promise<PdfLibraries> | undefined;

/** Loaded at the first slip, not at start: the kiosk's cold start does not pay for pdfkit. */
function pdfLibraries(): Promise<PdfLibraries> {
  loading ??= Promise.all([import('pdfkit'), import('qrcode')]).then(([pdfkit, qrcode]) => ({
    PDFDocument: pdfkit.default,
    createQr: qrcode.create,
  }));
  return loading;
}

function newDocument(
  PDFDocument: typeof PDFDocumentClass,
  facts: ReceiptFacts,
  language: ReceiptLanguage,
  height: number,
): PDFKit.PDFDocument {
  const texts = slipWords(language);
  const doc = new PDFDocument({
    size: [PAGE_WIDTH, height],
    margin: MARGIN,
    // Set before the first page, so the standard Helvetica is never referenced by the file.
    font: receiptFontPath('regular'),
    lang: language === 'en' ? 'en' : 'vi-VN',
    displayTitle: true,
    info: {
      Title: `${texts.title} ${facts.reference}`,
      Author: facts.communeName,
      Creator: 'Commune VNeID Kiosk',
      CreationDate: new Date(facts.issuedAt),
    },
  });
  doc.registerFont('Regular', receiptFontPath('regular'));
  doc.registerFont('Bold', receiptFontPath('bold'));
  return doc;
}

/** Draws the slip from the top of the page; returns where its content ends. */
function drawReceipt(
  doc: PDFKit.PDFDocument,
  createQr: typeof createQrCode,
  facts: ReceiptFacts,
  language: ReceiptLanguage,
): number {
  const texts = slipWords(language);
  const centred = { align: 'center', width: CONTENT_WIDTH } as const;
  const rule = () => {
    doc.moveDown(0.5);
    const y = doc.y;
    doc
      .moveTo(MARGIN, y)
      .lineTo(PAGE_WIDTH - MARGIN, y)
      .lineWidth(0.5)
      .strokeColor('#000000')
      .stroke();
    doc.moveDown(0.5);
  };
  const row = (label: string, value: string) => {
    doc.font('Regular').fontSize(8).fillColor('#333333').text(label, MARGIN, doc.y, { width: CONTENT_WIDTH });
    doc.font('Bold').fontSize(10).fillColor('#000000').text(value, { width: CONTENT_WIDTH });
    doc.moveDown(0.3);
  };

  doc.font('Bold').fontSize(10).text(facts.communeName, MARGIN, MARGIN, centred);
  doc.font('Regular').fontSize(8).text(`${texts.kiosk}: ${facts.kioskId}`, centred);
  doc.moveDown(0.6);
  doc.font('Bold').fontSize(13).text(texts.title, centred);
  doc.font('Regular').fontSize(8).text(texts.subtitle, centred);
  rule();

  row(texts.time, vietnamDateTime(facts.acceptedAt));
  const what = texts.kinds[facts.kind];
  row(texts.request, facts.deviceLabel === undefined ? what : `${what}: ${facts.deviceLabel}`);
  row(texts.idNumber, facts.idNumberMasked);
  if (facts.staffId !== undefined) row(texts.staff, facts.staffId);
  rule();

  doc.font('Regular').fontSize(8).fillColor('#333333').text(texts.reference, centred);
  doc.font('Bold').fontSize(22).fillColor('#000000').text(facts.reference, centred);
  doc.moveDown(0.3);
  drawQr(doc, createQr, facts.reference, MARGIN + (CONTENT_WIDTH - QR_SIZE) / 2, doc.y, QR_SIZE);
  doc.y += QR_SIZE;
  rule();

  const status = receiptStatusOf(facts.state);
  doc.font('Regular').fontSize(8).fillColor('#333333').text(texts.status, centred);
  doc.font('Bold').fontSize(14).fillColor('#000000').text(texts.statuses[status], centred);
  doc.moveDown(0.2);
  const note =
    status === 'waiting'
      ? facts.state === 'blocked'
        ? texts.blockedNote
        : texts.waitingNote
      : facts.outcomeCode === undefined
        ? undefined
        : outcomeText(texts, facts.outcomeCode);
  if (note !== undefined) doc.font('Regular').fontSize(9).text(note, centred);
  rule();

  doc.font('Regular').fontSize(7).fillColor('#333333').text(texts.footer, centred);
  doc.moveDown(0.3);
  doc.text(`${texts.printedAt}: ${vietnamDateTime(facts.issuedAt)}`, centred);
  return doc.y;
}

/** The QR code drawn as vector squares: sharp at any printer resolution, and no image to decode. */
function drawQr(
  doc: PDFKit.PDFDocument,
  createQr: typeof createQrCode,
  text: string,
  x: number,
  y: number,
  size: number,
): void {
  const { modules } = createQr(text, { errorCorrectionLevel: 'M' });
  // Four modules of white around the code are part of the QR standard: scanners need them.
  const quiet = 4;
  const cell = size / (modules.size + 2 * quiet);
  doc.save().fillColor('#000000');
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.data[row * modules.size + col]) {
        doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
      }
    }
  }
  doc.fill().restore();
}

/** The slip speaks the same words as the screens: both come from shared/i18n. */
function slipWords(language: ReceiptLanguage): ReceiptSlipWords {
  return catalogueFor(language).receiptSlip;
}
