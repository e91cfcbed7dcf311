// The attendance sheet (feuille d'émargement) as an A4 landscape PDF: the session's header and
// the table's header row on every page, one signature column per half-day, "page n / N". A
// session of more half-days than fit across a page gets one part per group of days.
import type { AttendanceSheet } from '../domain/attendanceSheet';
import { formatDay, type HalfDay } from '../domain/halfDays';
import { formatInstant } from '../time';
import { blank, documentWords } from '../i18n/documents';
import { line, newPdf, pdfBytes } from './pdfDocument';
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
/** A signature box narrower than this is too small to sign in. */
const MIN_SLOT = 62;

interface Column {
  title: [string, string];
  width: number;
}

/** The half-days cut into parts of whole days, each at most `max` half-days (a day is never split). */
export function partsOf(halfDays: readonly HalfDay[], max: number): HalfDay[][] {
  const parts: HalfDay[][] = [];
  let current: HalfDay[] = [];
  for (let i = 0; i < halfDays.length;) {
    const day = halfDays.filter((h) => h.day === halfDays[i]!.day);
    if (current.length > 0 && current.length + day.length > max) {
      parts.push(current);
      current = [];
    }
    current.push(...day);
    i += day.length;
  }
  if (current.length > 0 || parts.length === 0) parts.push(current);
  return parts;
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

  // Columns: No., last name, first name, organisation, [minutes], then the half-days of the part.
  const fixedBase: Column[] = [
    { title: [w.number, ''], width: 26 },
    { title: [w.lastName, ''], width: 120 },
    { title: [w.firstName, ''], width: 100 },
    { title: [w.organisation, ''], width: 150 },
  ];
  if (options.withConnections) fixedBase.push({ title: w.connection, width: 66 });
  const fixedWidth = fixedBase.reduce((sum, c) => sum + c.width, 0);
  const parts = partsOf(sheet.halfDays, Math.max(2, Math.floor((inner - fixedWidth) / MIN_SLOT)));

  const provider = options.provider;
  const providerLine = [provider.name ?? blank(), `${w.siret} ${provider.siret ?? blank(14)}`, `${w.nda} ${provider.nda ?? blank(11)}`].join(' – ');
  const schedule = scheduleLine(sheet.days, s.timeZone, w, options.lang);
  const place = s.format === 'webconference' ? w.webconference : (s.place ?? blank(30));

  /** The session's header, on every page (with the part, when there are several); returns where the content starts. */
  const header = (part: HalfDay[], index: number): number => {
    let y = MARGIN;
    line(doc, w.sheetTitle, MARGIN, y, { font: 'bold', size: 15 });
    line(doc, s.id, MARGIN, y + 4, { width: inner, align: 'right', size: 9 });
    y += 22;
    doc.font('bold').fontSize(11);
    doc.text(s.title, MARGIN, y, { width: inner });
    y = doc.y + 3;
    const label = (text: string) => doc.font('bold').fontSize(9).text(`${text}${w.colon}`, { continued: true });
    doc.text('', MARGIN, y, { continued: true });
    label(w.dates);
    doc.font('regular').text(`${schedule}     `, { continued: true });
    label(w.place);
    doc.font('regular').text(place, { width: inner });
    y = doc.y + 2;
    doc.text('', MARGIN, y, { continued: true });
    label(w.provider);
    doc.font('regular').text(providerLine, { width: inner });
    y = doc.y + 2;
    if (parts.length > 1) {
      const first = formatDay(part[0]!.day, options.lang);
      const last = formatDay(part[part.length - 1]!.day, options.lang);
      line(doc, w.part(index + 1, parts.length, first, last), MARGIN, y, { font: 'bold', size: 9 });
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

  const rows: Array<string[]> = sheet.trainees.map((t, i) => [
    String(i + 1),
    t.lastName,
    t.firstName,
    t.organisation ?? '',
    ...(options.withConnections ? [t.minutes === null ? '–' : String(t.minutes)] : []),
  ]);
  const notes = [w.sheetRule, ...(s.format === 'webconference' ? [w.sheetWebconference] : [])];
  const notesHeight = notes.length * 11 + 4;
  let blankRows = options.blankRows ?? 0;

  parts.forEach((part, index) => {
    if (index > 0) doc.addPage();
    const slots = part.length > 0 ? part.map((h) => halfDayLabel(h, w, options.lang)) : [[blank(10), ''] as [string, string]];
    const fixed = fixedBase.map((c) => ({ ...c }));
    const slotWidth = Math.min(150, (inner - fixedWidth) / slots.length);
    fixed[3]!.width += inner - fixedWidth - slotWidth * slots.length;
    const columns: Column[] = [...fixed, ...slots.map((title) => ({ title, width: slotWidth }))];
    const xs: number[] = [];
    columns.reduce((x, c) => (xs.push(x), x + c.width), MARGIN);
    const firstSlot = fixed.length;
    const slotCells = columns.slice(firstSlot).map((c, i) => ({ x: xs[firstSlot + i]!, width: c.width, title: c.title, center: true }));
    const columnHeader = (y: number) => headRow([...columns.slice(0, firstSlot).map((c, i) => ({ x: xs[i]!, width: c.width, title: c.title, center: false })), ...slotCells], y);

    let y = header(part, index);
    // Trainers: name over the name columns, role over organisation (and minutes), a box per half-day.
    const trainers = sheet.trainers.length > 0 ? sheet.trainers : [{ name: '', role: '' }];
    const nameWidth = xs[3]! - MARGIN;
    const roleWidth = xs[firstSlot]! - xs[3]!;
    y = headRow([{ x: MARGIN, width: nameWidth, title: [w.trainers, ''], center: false }, { x: xs[3]!, width: roleWidth, title: [w.role, ''], center: false }, ...slotCells], y);
    for (const t of trainers) {
      cell(t.name, MARGIN, y, nameWidth);
      cell(t.role, xs[3]!, y, roleWidth);
      for (let i = firstSlot; i < columns.length; i += 1) cell('', xs[i]!, y, columns[i]!.width);
      y += ROW;
    }
    y = columnHeader(y + 10);
    const putRow = (row: string[]) => {
      if (y + ROW > bottom) {
        doc.addPage();
        y = columnHeader(header(part, index));
      }
      columns.forEach((c, i) => cell(row[i] ?? '', xs[i]!, y, c.width, ROW, i === 1));
      y += ROW;
    };
    rows.forEach(putRow);
    // Empty rows for walk-ins: as many as --blank-rows, else what is left on the page (at least 3), the same in every part.
    if (index === 0 && options.blankRows === undefined) blankRows = Math.max(3, Math.floor((bottom - notesHeight - y) / ROW));
    for (let i = 0; i < blankRows; i += 1) putRow([String(rows.length + i + 1)]);
    if (y + notesHeight > bottom) {
      doc.addPage();
      y = header(part, index);
    }
    doc.font('regular').fontSize(8).fillColor(GREY);
    notes.forEach((note, i) => line(doc, note, MARGIN, y + 5 + i * 11, { size: 8, width: inner }));
    doc.fillColor('#000000');
  });

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
