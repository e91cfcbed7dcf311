// One place that makes PDF documents with pdfkit: a Unicode font shipped with the package
// (DejaVu Sans, from the npm registry) embedded and subset, never PDF's standard fonts nor the
// machine's; and the same bytes for the same content and clock (creation date from the clock).
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);

/** The fonts embedded in every document (DejaVu: Latin, Greek, Cyrillic, €, œ, ’, «», ≥, ☐, ☒). */
export const FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

export type Pdf = PDFKit.PDFDocument;

export interface PdfOptions {
  layout: 'portrait' | 'landscape';
  title: string;
  author: string;
  subject: string;
  lang: 'fr' | 'en';
  createdAt: Date;
  margins: { top: number; bottom: number; left: number; right: number };
}

/** A new A4 document, pages kept in memory (for "page n / N"), fonts registered as 'regular' and 'bold'. */
export function newPdf(options: PdfOptions): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout,
    margins: options.margins,
    bufferPages: true,
    autoFirstPage: false,
    font: FONTS.regular,
    lang: options.lang === 'fr' ? 'fr-FR' : 'en-GB',
    displayTitle: true,
    info: {
      Title: options.title,
      Author: options.author,
      Subject: options.subject,
      Creator: 'caprural',
      Producer: 'caprural (PDFKit)',
      CreationDate: options.createdAt,
    },
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  doc.font('regular');
  return doc;
}

/** Ends the document and resolves with its bytes. */
export function pdfBytes(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** `text` cut with "…" so that it fits `width` at the current font and size. */
export function fit(doc: Pdf, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${chars.slice(0, mid).join('').trimEnd()}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** Writes one line at (x, y), never moving to a new page. */
export function line(doc: Pdf, text: string, x: number, y: number, options: { width?: number; align?: 'left' | 'right' | 'center'; font?: 'regular' | 'bold'; size?: number } = {}): void {
  doc.font(options.font ?? 'regular').fontSize(options.size ?? 9);
  const shown = options.width ? fit(doc, text, options.width) : text;
  doc.text(shown, x, y, { width: options.width, align: options.align ?? 'left', lineBreak: false });
}
