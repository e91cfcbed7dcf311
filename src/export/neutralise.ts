// A cell that a spreadsheet would read as a formula (CSV injection, CWE-1236): a leading
// = + - @, tab, CR or LF, their full-width forms, also behind leading spaces. csv-stringify's
// `escape_formulas` covers only the ASCII characters at position 0, hence this check.
const FORMULA_START = /^[\s\u3000]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/u;

/** The text with a leading apostrophe when a spreadsheet would run it as a formula. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

// What neutralise() did, undone when caprural reads its own export back (member import).
const NEUTRALISED = /^'(?=[\s\u3000]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20])/u;

/** The text without the apostrophe neutralise() put before a formula character. */
export function unneutralise(text: string): string {
  return text.replace(NEUTRALISED, '');
}
