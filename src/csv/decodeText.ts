// The one decoder of every import: the bytes of a file as spreadsheets and webconference tools save them.
import iconv from 'iconv-lite';

/** The encodings an imported file may come in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText =
  | { kind: 'text'; text: string; encoding: TextEncodingName; bom: boolean }
  /** A workbook (.xlsx, .ods: a zip; .xls: an OLE2 container), not a CSV. */
  | { kind: 'spreadsheet' }
  /** Bytes that no text encoding reads (NUL bytes outside UTF-16). */
  | { kind: 'binary' };

/**
 * Decodes a file's bytes: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (Teams, Webex), UTF-16
 * without BOM when every other byte is NUL, and otherwise Windows-1252 (French Excel's "CSV
 * (séparateur : point-virgule)") when the bytes are not valid UTF-8. The BOM is not in the text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const b = bytes;
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05 || b[2] === 0x07)) return { kind: 'spreadsheet' };
  if (b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return { kind: 'spreadsheet' };
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return utf8(b.subarray(3), true);
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { kind: 'text', text: new TextDecoder('utf-16le').decode(b.subarray(2)), encoding: 'utf-16le', bom: true };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { kind: 'text', text: new TextDecoder('utf-16be').decode(b.subarray(2)), encoding: 'utf-16be', bom: true };
  const bomless = utf16WithoutBom(b);
  if (bomless) return { kind: 'text', text: new TextDecoder(bomless).decode(b), encoding: bomless, bom: false };
  if (b.includes(0)) return { kind: 'binary' };
  return utf8(b, false);
}

function utf8(b: Uint8Array, bom: boolean): DecodedText {
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b), encoding: 'utf-8', bom };
  } catch {
    if (b.includes(0)) return { kind: 'binary' };
    return { kind: 'text', text: windows1252(b), encoding: 'windows-1252', bom: false };
  }
}

/** UTF-16 without a BOM: ASCII text has a NUL in every other byte (on the even bytes for BE, odd for LE). */
function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length - (b.length % 2), 512);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul += 1;
    if (b[i + 1] === 0) oddNul += 1;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.6 && evenNul === 0) return 'utf-16le';
  if (evenNul >= pairs * 0.6 && oddNul === 0) return 'utf-16be';
  return null;
}

/**
 * Windows-1252 text (French Excel's default CSV). iconv-lite, because Node's TextDecoder reads the
 * label 'windows-1252' as ISO-8859-1 and turns 0x80-0x9F (€, ’, Œ, œ, “ ”, …) into C1 controls.
 */
function windows1252(b: Uint8Array): string {
  return iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), 'windows-1252');
}
