// The attendance sheet (feuille d'émargement) as an A4 landscape PDF: the session's header and
// the table's header row on every page, one signature column per half-day, "page n / N".
import type { AttendanceSheet } from '../domain/attendanceSheet';
import { formatInstant } from '../time';
import { blank, documentWords } from '../i18n/documents';
import { line, newPdf, pdfBytes, type Pdf } from './pdfDocument';
import { halfDayLabel, scheduleLine } from './scheduleText';
import type { ProviderIdentity } from './provider';

export interface SheetOptions {
  lang: 'fr' | 'en';
  now: Date;
  provider: ProviderIdentity;
  /** Empty numbered rows after the registrants, for people who come unregistered (default: the rest of the page, at least 3). */
  blankRows?: number;
  /** Adds a column with the minutes of connection recorded from the webconference report. */
  withConnections: boolean;
}

const MARGIN = 32;
const ROW = 22;
const HEAD_ROW = 24;
const FOOTER = 28;
const GREY = '#555555';

interface Column {
  title: [string, string];
  width: number;
}

/** The PDF bytes and page count of the sheet. */
export async function attendanceSheetPdf(sheet: AttendanceSheet, options: SheetOptions): Promise<{ bytes: Buffer; pages: number; blankRows: number }> {
  const w = documentWords[options.lang];
  const s = sheet.session;
  const doc = newPdf({
    layout: 'landscape',
    title: `${w.sheetTitle} – ${s.title}`,
    author: options.provider.name ?? '',
    subject: s.id,
    lang: options.lang,
    createdAt: options.now,
    margins: { top: MARGIN, bottom: 16, left: MARGIN, right: MARGIN },
  });
  doc.addPage();
  const pageW = doc.page.width;
  const pageH = doc.page.height;
  const inner = pageW - 2 * MARGIN;
  const bottom = pageH - FOOTER;

  // Columns: No., last name, first name, organisation, [minutes], one per half-day.
  const slots = sheet.halfDays.length > 0 ? sheet.halfDays.map((h) => halfDayLabel(h, w, options.lang)) : [[blank(10), ''] as [string, string]];
  const fixed: Column[] = [
    { title: [w.number, ''], width: 26 },
    { title: [w.lastName, ''], width: 120 },
    { title: [w.firstName, ''], width: 100 },
    { title: [w.organisation, ''], width: 150 },
  ];
  if (options.withConnections) fixed.push({ title: w.connection, width: 66 });
  const fixedWidth = fixed.reduce((sum, c) => sum + c.width, 0);
  const slotWidth = Math.min(150, (inner - fixedWidth) / slots.length);
  fixed[3]!.width += inner - fixedWidth - slotWidth * slots.length;
  const columns: Column[] = [...fixed, ...slots.map((title) => ({ title, width: slotWidth }))];
  const xs: number[] = [];
  columns.reduce((x, c) => (xs.push(x), x + c.width), MARGIN);

  const provider = options.provider;
  const providerLine = [
    provider.name ?? blank(),
    `${w.siret} ${provider.siret ?? blank(14)}`,
    `${w.nda} ${provider.nda ?? blank(11)}`,
  ].join(' – ');

  /** The session's header, on every page; returns where the content starts. */
  const header = (): number => {
    let y = MARGIN;
    line(doc, w.sheetTitle, MARGIN, y, { font: 'bold', size: 15 });
    line(doc, s.id, MARGIN, y + 4, { width: inner, align: 'right', size: 9 });
    y += 22;
    doc.font('bold').fontSize(11);
    doc.text(s.title, MARGIN, y, { width: inner });
    y = doc.y + 3;
    const pairs: Array<Array<[string, string]>> = [
      [
        [w.dates, scheduleLine(sheet.days, s.timeZone, w, options.lang)],
        [w.place, s.format === 'webconference' ? w.webconference : (s.place ?? blank(30))],
      ],
      [[w.provider, providerLine]],
    ];
    for (const pairsOnLine of pairs) {
      doc.fontSize(9).text('', MARGIN, y, { lineBreak: false, continued: true });
      pairsOnLine.forEach(([label, value], i) => {
        doc.font('bold').text(`${i > 0 ? '     ' : ''}${label} : `, { continued: true, lineBreak: false });
        doc.font('regular').text(value, { continued: i < pairsOnLine.length - 1, lineBreak: false });
      });
      y += 13;
    }
    return y + 6;
  };

  /** A bordered cell; text too long for one line goes on two smaller ones, then is cut with "…". */
  const cell = (text: string, x: number, y: number, width: number, height = ROW, bold = false) => {
    doc.rect(x, y, width, height).stroke();
    if (!text) return;
    doc.font(bold ? 'bold' : 'regular').fontSize(9);
    if (doc.widthOfString(text) <= width - 6) return line(doc, text, x + 3, y + (height - 11) / 2 + 1, { width: width - 6, font: bold ? 'bold' : 'regular' });
    doc.fontSize(7).text(text, x + 3, y + 2, { width: width - 6, height: height - 3, ellipsis: true, lineGap: -1 });
  };

  /** A grey header row: one cell per column (title on one or two lines). */
  const headRow = (cells: Array<{ x: number; width: number; title: [string, string]; center: boolean }>, y: number): number => {
    doc.lineWidth(0.6).strokeColor('#000000');
    for (const c of cells) {
      doc.rect(c.x, y, c.width, HEAD_ROW).fillAndStroke('#eeeeee', '#000000').fillColor('#000000');
      const [a, b] = c.title;
      const align = c.center ? 'center' : 'left';
      if (b) {
        line(doc, a, c.x + 3, y + 2, { width: c.width - 6, font: 'bold', align, size: 8.5 });
        line(doc, b, c.x + 3, y + 12, { width: c.width - 6, font: 'bold', align, size: 8.5 });
      } else line(doc, a, c.x + 3, y + 7, { width: c.width - 6, font: 'bold', align, size: 8.5 });
    }
    return y + HEAD_ROW;
  };
  const firstSlot = fixed.length;
  const slotCells = columns.slice(firstSlot).map((c, i) => ({ x: xs[firstSlot + i]!, width: c.width, title: c.title, center: true }));
  const columnHeader = (y: number) => headRow([...columns.slice(0, firstSlot).map((c, i) => ({ x: xs[i]!, width: c.width, title: c.title, center: false })), ...slotCells], y);

  let y = header();

  // Trainers: name over the name columns, role over organisation (and minutes), a box per half-day.
  const trainers = sheet.trainers.length > 0 ? sheet.trainers : [{ name: '', role: '' }];
  const nameWidth = xs[3]! - MARGIN;
  const roleWidth = xs[firstSlot]! - xs[3]!;
  y = headRow([{ x: MARGIN, width: nameWidth, title: [w.trainers, ''], center: false }, { x: xs[3]!, width: roleWidth, title: [w.role, ''], center: false }, ...slotCells], y);
  for (const t of trainers) {
    cell(t.name, MARGIN, y, nameWidth, ROW);
    cell(t.role, xs[3]!, y, roleWidth);
    for (let i = firstSlot; i < columns.length; i += 1) cell('', xs[i]!, y, columns[i]!.width, ROW);
    y += ROW;
  }
  y = columnHeader(y + 10);

  const rows: Array<string[]> = sheet.trainees.map((t, i) => [
    String(i + 1),
    t.lastName,
    t.firstName,
    t.organisation ?? '',
    ...(options.withConnections ? [t.minutes === null ? '–' : String(t.minutes)] : []),
  ]);
  const notes = [w.sheetRule, ...(s.format === 'webconference' ? [w.sheetWebconference] : [])];
  const notesHeight = notes.length * 11 + 4;
  const putRow = (row: string[]) => {
    if (y + ROW > bottom) {
      doc.addPage();
      y = columnHeader(header());
    }
    columns.forEach((c, i) => cell(row[i] ?? '', xs[i]!, y, c.width, ROW, i === 1));
    y += ROW;
  };
  rows.forEach(putRow);
  // Empty rows for walk-ins: as many as --blank-rows, else what is left on the page (at least 3).
  const room = Math.floor((bottom - notesHeight - y) / ROW);
  const blankRows = options.blankRows ?? Math.max(3, room);
  for (let i = 0; i < blankRows; i += 1) putRow([String(rows.length + i + 1)]);
  if (y + notesHeight > bottom) {
    doc.addPage();
    y = header();
  }
  doc.font('regular').fontSize(8).fillColor(GREY);
  notes.forEach((note, i) => line(doc, note, MARGIN, y + 5 + i * 11, { size: 8, width: inner }));
  doc.fillColor('#000000');

  // "page n / N" and the date printed, on every page.
  const { count } = doc.bufferedPageRange();
  const printed = `${w.sheetTitle} – ${s.id} – ${w.printedOn} ${formatInstant(options.now, s.timeZone, options.lang)}`;
  for (let i = 0; i < count; i += 1) {
    doc.switchToPage(i);
    // Below the bottom margin: without this, pdfkit would start a new page for the footer.
    doc.page.margins.bottom = 0;
    doc.fillColor(GREY);
    line(doc, printed, MARGIN, pageH - 22, { size: 8, width: inner - 100 });
    line(doc, w.page(i + 1, count), pageW - MARGIN - 100, pageH - 22, { size: 8, width: 100, align: 'right' });
    doc.fillColor('#000000');
  }
  return { bytes: await pdfBytes(doc), pages: count, blankRows };
}

export type { Pdf };
