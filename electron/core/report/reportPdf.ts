import type PDFDocumentClass from 'pdfkit';
import type { DayReportWords } from '../../../shared/i18n/dayReportWords.js';
import type { DayReport } from '../../../shared/ipc/reportContract.js';
import { receiptFontPath } from '../receipts/receiptFonts.js';
import { vietnamDateTime } from '../receipts/vietnamTime.js';
import { dayShown, figureTables, requestTable } from './reportRows.js';
import type { ReportTable } from './reportRows.js';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 42;
const WIDTH = A4[0] - 2 * MARGIN;
// Room kept at the foot of each page for its page number.
const BOTTOM = A4[1] - MARGIN - 18;
const CELL_PAD = 4;
const FONT_SIZE = 9;

let loading: Promise<typeof PDFDocumentClass> | undefined;

/** Loaded at the first report, not at start, like the receipt's pdfkit. */
function pdfkit(): Promise<typeof PDFDocumentClass> {
  loading ??= import('pdfkit').then((module) => module.default);
  return loading;
}

/**
 * The day report as a printable A4 PDF, in the words given (Vietnamese for the office's records):
 * the commune, the kiosk, the day, the figures, the day's requests (over as many pages as they
 * need, the header row repeated on each), and lines for the staff member and the person in
 * charge to sign. Be Vietnam Pro, as the receipt, for every Vietnamese letter.
 */
export async function renderReportPdf(report: DayReport, words: DayReportWords): Promise<Buffer> {
  const PDFDocument = await pdfkit();
  const doc = new PDFDocument({
    size: A4,
    margin: MARGIN,
    bufferPages: true,
    font: receiptFontPath('regular'),
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: `${words.title} ${dayShown(report.day)}`,
      Author: report.communeName,
      Creator: 'Commune VNeID Kiosk',
      CreationDate: new Date(report.generatedAt),
    },
  });
  doc.registerFont('Regular', receiptFontPath('regular'));
  doc.registerFont('Bold', receiptFontPath('bold'));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  drawHeading(doc, report, words);
  for (const table of figureTables(report, words)) drawTable(doc, table, widthsFor(table));
  const requests = requestTable(report, words);
  drawTable(doc, requests, [0.2, 0.17, 0.17, 0.26, 0.2]);
  drawSignatures(doc, words);
  drawPageNumbers(doc, words);
  doc.end();
  return await done;
}

function drawHeading(doc: PDFKit.PDFDocument, report: DayReport, words: DayReportWords): void {
  doc
    .font('Bold')
    .fontSize(11)
    .fillColor('#000000')
    .text(report.communeName, MARGIN, MARGIN, { width: WIDTH });
  doc.font('Regular').fontSize(FONT_SIZE).text(`${words.kiosk}: ${report.kioskId}`, { width: WIDTH });
  doc.moveDown(1);
  doc.font('Bold').fontSize(16).text(words.title.toUpperCase(), { width: WIDTH, align: 'center' });
  doc
    .font('Regular')
    .fontSize(11)
    .text(words.dayHeading(dayShown(report.day)), { width: WIDTH, align: 'center' });
  doc
    .fontSize(FONT_SIZE)
    .fillColor('#333333')
    .text(`${words.generatedAt}: ${vietnamDateTime(report.generatedAt)}`, { width: WIDTH, align: 'center' });
  doc.fillColor('#000000').moveDown(1);
}

/** The first column (a label) is wider; the counts share the rest. */
function widthsFor(table: ReportTable): number[] {
  const columns = table.headers.length;
  const first = columns > 4 ? 0.22 : 0.4;
  return [first, ...Array.from({ length: columns - 1 }, () => (1 - first) / (columns - 1))];
}

function rowHeight(
  doc: PDFKit.PDFDocument,
  cells: readonly string[],
  widths: readonly number[],
  font: string,
): number {
  doc.font(font).fontSize(FONT_SIZE);
  return (
    Math.max(
      ...cells.map((cell, i) => doc.heightOfString(cell, { width: (widths[i] ?? 0) * WIDTH - 2 * CELL_PAD })),
    ) +
    2 * CELL_PAD
  );
}

function drawRow(
  doc: PDFKit.PDFDocument,
  cells: readonly string[],
  widths: readonly number[],
  y: number,
  height: number,
  header: boolean,
): void {
  let x = MARGIN;
  if (header) doc.rect(MARGIN, y, WIDTH, height).fillColor('#e8e8e8').fill();
  doc.lineWidth(0.5).strokeColor('#777777').rect(MARGIN, y, WIDTH, height).stroke();
  cells.forEach((cell, i) => {
    const width = (widths[i] ?? 0) * WIDTH;
    if (i > 0)
      doc
        .moveTo(x, y)
        .lineTo(x, y + height)
        .stroke();
    doc
      .font(header ? 'Bold' : 'Regular')
      .fontSize(FONT_SIZE)
      .fillColor('#000000')
      .text(cell, x + CELL_PAD, y + CELL_PAD, { width: width - 2 * CELL_PAD });
    x += width;
  });
}

/** A titled table; a row that does not fit starts a new page, which repeats the header row. */
function drawTable(doc: PDFKit.PDFDocument, table: ReportTable, widths: readonly number[]): void {
  const headerHeight = rowHeight(doc, table.headers, widths, 'Bold');
  const firstRowHeight = table.rows[0] === undefined ? 0 : rowHeight(doc, table.rows[0], widths, 'Regular');
  // The title is never left alone at the foot of a page.
  if (doc.y + 18 + headerHeight + firstRowHeight > BOTTOM) doc.addPage();
  doc.font('Bold').fontSize(11).fillColor('#000000').text(table.title, MARGIN, doc.y, { width: WIDTH });
  doc.moveDown(0.3);
  if (table.rows.length === 0 && table.empty !== undefined) {
    doc.font('Regular').fontSize(FONT_SIZE).text(table.empty, MARGIN, doc.y, { width: WIDTH });
    doc.moveDown(1);
    return;
  }
  let y = doc.y;
  drawRow(doc, table.headers, widths, y, headerHeight, true);
  y += headerHeight;
  for (const row of table.rows) {
    const height = rowHeight(doc, row, widths, 'Regular');
    if (y + height > BOTTOM) {
      doc.addPage();
      y = MARGIN;
      drawRow(doc, table.headers, widths, y, headerHeight, true);
      y += headerHeight;
    }
    drawRow(doc, row, widths, y, height, false);
    y += height;
  }
  doc.x = MARGIN;
  doc.y = y;
  doc.moveDown(1);
}

function drawSignatures(doc: PDFKit.PDFDocument, words: DayReportWords): void {
  const blockHeight = 110;
  if (doc.y + blockHeight > BOTTOM) doc.addPage();
  const top = doc.y + 12;
  const half = WIDTH / 2;
  [words.signedByStaff, words.signedByHead].forEach((label, i) => {
    const x = MARGIN + i * half;
    doc.font('Bold').fontSize(10).text(label, x, top, { width: half, align: 'center' });
    doc
      .font('Regular')
      .fontSize(8)
      .fillColor('#333333')
      .text(words.signHint, x, doc.y, { width: half, align: 'center' });
    doc.fillColor('#000000');
    const lineY = top + 80;
    doc
      .lineWidth(0.5)
      .strokeColor('#000000')
      .moveTo(x + 30, lineY)
      .lineTo(x + half - 30, lineY)
      .stroke();
  });
  doc.x = MARGIN;
  doc.y = top + blockHeight;
}

function drawPageNumbers(doc: PDFKit.PDFDocument, words: DayReportWords): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Written inside the bottom margin: lift it for this text, so pdfkit does not add a page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Regular')
      .fontSize(8)
      .fillColor('#333333')
      .text(words.page(i - start + 1, count), MARGIN, A4[1] - MARGIN, { width: WIDTH, align: 'right' });
    doc.page.margins.bottom = margin;
  }
}
