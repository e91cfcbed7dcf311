// A cell that a spreadsheet would read as a formula (CSV injection, CWE-1236): a leading
// = + - @, tab, CR or LF, their full-width, small, superscript and subscript forms and the minus
// sign (which a spreadsheet may fold to the ASCII ones), also behind leading spaces and behind
// invisible format characters (zero-width spaces and joiners, BOM, soft hyphen, bidi controls,
// which a spreadsheet may drop). csv-stringify's `escape_formulas` covers only the ASCII
// characters at position 0, hence this check.
const LEADING = '[\\s\\u3000\\p{Cf}]*';
const TRIGGER = '[=+\\-@\\t\\r\\n\\uff1d\\uff0b\\uff0d\\uff20\\ufe66\\ufe62\\ufe63\\ufe6b\\u207a\\u207b\\u207c\\u208a\\u208b\\u208c\\u2212]';
const FORMULA_START = new RegExp(`^${LEADING}${TRIGGER}`, 'u');

/** The text with a leading apostrophe when a spreadsheet would run it as a formula. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

// What neutralise() did, undone when caprural reads its own export back (member import).
const NEUTRALISED = new RegExp(`^'(?=${LEADING}${TRIGGER})`, 'u');

/** The text without the apostrophe neutralise() put before a formula character. */
export function unneutralise(text: string): string {
  return text.replace(NEUTRALISED, '');
}
