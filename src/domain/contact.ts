// A practical e-mail check: one @, a dotted domain, no spaces. The RFC grammar accepts
// addresses no mail server delivers to; this refuses typos without refusing real people.
const EMAIL = /^[^\s@"<>(),;:\\[\]]+@[^\s@"<>(),;:\\[\]]+\.[^\s@"<>(),;:\\[\].]{2,}$/u;

/** The e-mail as stored (trimmed, lower case), or null when it is not an address. */
export function parseEmail(input: string): string | null {
  const email = input.normalize('NFC').trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email) || email.includes('..')) return null;
  return email;
}

/**
 * A French phone number in its one stored form, "04 72 72 49 76", from the usual ways of
 * writing it (0472724976, 04.72.72.49.76, +33 4 72 72 49 76, +33 (0)4…, 0033 4…).
 * The stored form never starts with a character a spreadsheet reads as a formula.
 * Returns null for anything else.
 */
export function parsePhone(input: string): string | null {
  let digits = input.trim();
  if (!/^[+\d][\d\s.\-()/]*$/.test(digits)) return null;
  digits = digits.replace(/\(0\)/g, '').replace(/[\s.\-()/]/g, '');
  if (digits.startsWith('+33')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0033')) digits = `0${digits.slice(4)}`;
  if (!/^0[1-9]\d{8}$/.test(digits)) return null;
  return digits.replace(/(\d{2})(?=\d)/g, '$1 ');
}
