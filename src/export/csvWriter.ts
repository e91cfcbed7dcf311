// RFC 4180 text, written here rather than by csv-stringify: the same bytes (property-tested in
// test/export/csvWriter.property.test.ts against csv-stringify with the options caprural used),
// without its per-field option handling, which cost most of `export` on a national store.

/** Whether a field must be quoted: it holds a quote, CR, LF or the delimiter, or would run into the delimiter that follows it. */
function quoteTest(delimiter: string): (text: string) => boolean {
  if (delimiter.length === 1) {
    const special = new RegExp(`["\\r\\n${delimiter.replace(/[\\\]^-]/g, '\\$&')}]`);
    return (text) => special.test(text);
  }
  const special = /["\r\n]/;
  if (delimiter.length === 0) return (text) => special.test(text);
  // Two units (an astral character): also a field ending with its first unit.
  return (text) => special.test(text) || (text + delimiter).indexOf(delimiter) < text.length;
}

/**
 * A function writing one record (without its line ending): fields joined by `delimiter` (one
 * character; an astral one is two UTF-16 units), quoted where needed, quotes doubled.
 */
export function csvRecordWriter(delimiter: string): (fields: ReadonlyArray<string | number>) => string {
  const needsQuotes = quoteTest(delimiter);
  return (fields) => {
    let line = '';
    for (let i = 0; i < fields.length; i += 1) {
      if (i > 0) line += delimiter;
      const value = fields[i]!;
      const text = typeof value === 'string' ? value : String(value);
      line += text !== '' && needsQuotes(text) ? `"${text.replaceAll('"', '""')}"` : text;
    }
    return line;
  };
}
