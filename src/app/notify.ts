import type { MailOptions } from '../domain/outbox';
import { mailTexts, whenText } from '../i18n/mailTexts';
import { spanText } from '../i18n/rules';
import type { Deps } from './deps';

/** How the use cases queue participants' messages: in the mail language (French by default), at the injected time. */
export const mailOptions = (deps: Deps): MailOptions => ({
  lang: deps.mailLang ?? 'fr',
  now: deps.clock(),
  texts: { mail: mailTexts, when: whenText, span: spanText },
});
