// The certificate of completion (certificat de réalisation), after the ministry's model of June
// 2020: one A4 portrait page per trainee. Fields not known are blanks to fill in, never guessed.
import type { CertificateModel } from '../domain/certificates';
import { dayIn, OFFICE_TIME_ZONE } from '../time';
import { formatDay } from '../domain/halfDays';
import { blank, documentWords } from '../i18n/documents';
import { line, newPdf, pdfBytes, type Pdf } from './pdfDocument';
import type { ProviderIdentity } from './provider';
import { formatHours } from './scheduleText';

export interface CertificateOptions {
  lang: 'fr' | 'en';
  now: Date;
  provider: ProviderIdentity;
}

const MARGIN = 56;

function page(doc: Pdf, c: CertificateModel, options: CertificateOptions): void {
  const w = documentWords[options.lang];
  const p = options.provider;
  doc.addPage();
  const inner = doc.page.width - 2 * MARGIN;
  let y = MARGIN;

  // The provider's identity, top left.
  line(doc, p.name ?? blank(30), MARGIN, y, { font: 'bold', size: 11 });
  y += 16;
  const address = p.address ? p.address.split(/\n|\s*,\s*(?=\d{5}\b)/) : [blank(40)];
  for (const part of address) {
    line(doc, part.trim(), MARGIN, y, { size: 9.5, width: inner });
    y += 13;
  }
  line(doc, `${w.siret}${w.colon}${p.siret ?? blank(17)}`, MARGIN, y, { size: 9.5 });
  y += 13;
  line(doc, `${w.nda}${w.colon}${p.nda ?? blank(14)}`, MARGIN, y, { size: 9.5 });
  y += 40;

  line(doc, w.certTitle.toUpperCase(), MARGIN, y, { font: 'bold', size: 18, width: inner, align: 'center' });
  y += 46;

  const para = (text: string, options: { size?: number; gap?: number; font?: 'regular' | 'bold' } = {}) => {
    doc.font(options.font ?? 'regular').fontSize(options.size ?? 11);
    doc.text(text, MARGIN, y, { width: inner, align: 'left', lineGap: 2 });
    y = doc.y + (options.gap ?? 10);
  };
  const field = (label: string, value: string) => {
    doc.font('regular').fontSize(11).text(`${label}${w.colon}`, MARGIN, y, { continued: true, width: inner, lineGap: 2 });
    doc.font('bold').text(value, { width: inner, lineGap: 2 });
    y = doc.y + 8;
  };

  para(w.certIntro(p.signatory ?? blank(24), p.name ?? blank(24)));
  para(w.certAttests);
  field(w.certTrainee, `${c.firstName} ${c.lastName}`);
  field(w.certEmployer, c.employer ?? blank(30));
  field(w.certFollowed, c.title);
  y += 4;
  para(w.certNature, { gap: 6 });
  w.certNatures.forEach((nature, i) => {
    line(doc, `${i === 0 ? '☒' : '☐'} ${nature}`, MARGIN + 16, y, { size: 11 });
    y += 17;
  });
  y += 6;
  const from = c.from ? formatDay(c.from, options.lang) : blank(10);
  const to = c.from && c.to === c.from ? null : c.to ? formatDay(c.to, options.lang) : blank(10);
  const hours = c.minutes !== null ? formatHours(c.minutes / 60, options.lang) : blank(5);
  para(w.certPeriod(from, to, hours), { gap: 18 });
  para(w.certKeep, { size: 8.5, gap: 24 });

  // The date of issue is the organiser's day (Cap Rural is in Lyon), whatever the session's zone.
  const issued = formatDay(dayIn(options.now, OFFICE_TIME_ZONE), options.lang);
  para(w.certDoneAt(p.place ?? blank(20), issued), { gap: 14 });

  // The stamp and signature box, right.
  const boxW = 250;
  const boxX = MARGIN + inner - boxW;
  doc.lineWidth(0.8).rect(boxX, y, boxW, 110).stroke();
  doc
    .font('regular')
    .fontSize(8.5)
    .text(w.certStamp, boxX + 6, y + 5, { width: boxW - 12, align: 'center' });
  if (p.signatory) line(doc, p.signatory, boxX + 6, y + 94, { size: 8.5, width: boxW - 12, align: 'center' });

  // The reference to the registration, at the foot of the page.
  doc.page.margins.bottom = 0;
  doc.fillColor('#555555');
  line(doc, w.certReference(c.registrationId, c.sessionId), MARGIN, doc.page.height - 40, { size: 8, width: inner });
  doc.fillColor('#000000');
}

/** One PDF holding the certificates given, one page each, in that order. */
export async function certificatesPdf(certificates: readonly CertificateModel[], options: CertificateOptions): Promise<Buffer> {
  const w = documentWords[options.lang];
  const first = certificates[0]!;
  const doc = newPdf({
    layout: 'portrait',
    title: certificates.length === 1 ? `${w.certTitle} – ${first.firstName} ${first.lastName}` : `${w.certTitle} – ${first.title}`,
    author: options.provider.name ?? '',
    subject: first.sessionId,
    lang: options.lang,
    createdAt: options.now,
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
  });
  for (const c of certificates) page(doc, c, options);
  return pdfBytes(doc);
}
