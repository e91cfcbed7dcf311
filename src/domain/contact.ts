// A practical e-mail check: one @, a dotted domain, no spaces. The RFC grammar accepts
// addresses no mail server delivers to; this refuses typos without refusing real people.
const EMAIL = /^[^\s@"<>(),;:\\[\]]+@[^\s@"<>(),;:\\[\]]+\.[^\s@"<>(),;:\\[\].]{2,}$/u;

// What an address never holds, and what would make two addresses look the same: controls
// (ESC, BEL, backspace, C1), format characters (zero-width spaces and joiners, soft hyphen, bidi
// controls, BOM) and any kind of space (no-break, thin, ideographic…), anywhere in it.
// Built on first use: a Unicode property class costs about 0.1 ms to build, at every start otherwise.
let EMAIL_FORBIDDEN: RegExp | undefined;
const emailForbidden = () => (EMAIL_FORBIDDEN ??= /[\p{Cc}\p{Cf}\p{Z}\s]/u);

// Only the ordinary white space typed or left around a value is trimmed; anything else refuses.
const SURROUNDING = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/**
 * The form an e-mail is compared in (NFKC: full-width letters, ligatures, compatibility forms
 * become their plain letters; trimmed; lower case). For looking an address up, not for storing:
 * `parseEmail` also refuses what an address cannot hold.
 */
export function emailKey(input: string): string {
  return input.replace(SURROUNDING, '').normalize('NFKC').toLowerCase();
}

/** The domain of the addresses erasures give (anonyme-N@anonyme.invalid): reserved, never a real person's. */
export const ANONYMOUS_DOMAIN = 'anonyme.invalid';

/** Whether an address is one an erasure gives: refused for people, as the anonyme-N ids are. */
export const isAnonymousEmail = (email: string): boolean => emailKey(email).endsWith(`@${ANONYMOUS_DOMAIN}`);

/**
 * The e-mail as stored (NFKC, trimmed, lower case), or null when it is not an address or holds a
 * control, format (zero-width, soft hyphen, bidi) or space character.
 */
export function parseEmail(input: string): string | null {
  if (emailForbidden().test(input.replace(SURROUNDING, ''))) return null;
  const email = emailKey(input);
  if (email.length > 254 || emailForbidden().test(email) || !EMAIL.test(email) || email.includes('..')) return null;
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
