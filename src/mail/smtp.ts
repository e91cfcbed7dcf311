// The SMTP side of caprural mail (nodemailer): settings from the environment, the message as it
// is sent (and previewed), and SMTP answers sorted into what becomes of the message.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { homedir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { MailFailure, type Outgoing, type Sender } from '../app/mail';
import { parseEmail } from '../domain/contact';
import { UsageError } from '../errors';

export interface MailSettings {
  url: URL;
  /** The From header, as given ("Cap Rural <formation@caprural.org>"). */
  from: string;
  fromAddress: string;
  user: string | null;
  password: string | null;
  loopback: boolean;
}

/** The From address, or a placeholder for a preview made before the sender is set. */
export const PREVIEW_FROM = 'Cap Rural <caprural@localhost.invalid>';

/** Whether a host is this machine: the only place a message may travel without TLS. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** "Cap Rural <formation@caprural.org>" or "formation@caprural.org" -> the address; null if none. */
export function senderAddress(from: string): string | null {
  const match = /<([^<>]+)>\s*$/.exec(from.trim());
  return parseEmail(match ? match[1]! : from);
}

/** The settings of the config file that caprural mail reads (src/config): smtp.url, mail.from. */
export interface MailConfig {
  readonly path: string;
  get(key: 'smtp.url' | 'mail.from'): string | undefined;
}

const NO_CONFIG: MailConfig = { path: '', get: () => undefined };

/** The sender alone (preview works without a server): CAPRURAL_MAIL_FROM, else mail.from of the config file. */
export function readFrom(env: NodeJS.ProcessEnv, config: MailConfig = NO_CONFIG): string | null {
  const from = env.CAPRURAL_MAIL_FROM?.trim() || config.get('mail.from');
  if (!from) return null;
  // eslint-disable-next-line no-control-regex
  if (!senderAddress(from) || /[\u0000-\u001f\u007f]/.test(from)) throw new UsageError('mailBadFrom', { value: from });
  return from;
}

/** The password: CAPRURAL_SMTP_PASSWORD, else a file readable by its owner only (never the store, log or URL). */
function readPassword(env: NodeJS.ProcessEnv): string | null {
  const configHome = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  const path = env.CAPRURAL_SMTP_PASSWORD_FILE || join(configHome, 'caprural', 'smtp-password');
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch (error) {
    if (!env.CAPRURAL_SMTP_PASSWORD_FILE && (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UsageError('mailPasswordFileUnreadable', { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  if ((mode & 0o077) !== 0) throw new UsageError('mailPasswordFileOpen', { path, mode: (mode & 0o777).toString(8) });
  try {
    return readFileSync(path, 'utf8').replace(/\r?\n$/, '');
  } catch (error) {
    throw new UsageError('mailPasswordFileUnreadable', { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

/** A file readable by its owner only (mode 600), or a usage error saying how to make it so. */
function checkPrivate(path: string): void {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch (error) {
    throw new UsageError('mailPasswordFileUnreadable', { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  if ((mode & 0o077) !== 0) throw new UsageError('mailPasswordFileOpen', { path, mode: (mode & 0o777).toString(8) });
}

/**
 * Server, sender and password: CAPRURAL_SMTP_URL and CAPRURAL_MAIL_FROM first, else smtp.url and
 * mail.from of the config file; the password from CAPRURAL_SMTP_PASSWORD, a password file, or the
 * config file's URL (that file being readable by its owner only). Never from the environment's URL.
 */
export function readMailSettings(env: NodeJS.ProcessEnv, config: MailConfig = NO_CONFIG): MailSettings {
  const fromEnv = env.CAPRURAL_SMTP_URL?.trim();
  const raw = fromEnv || config.get('smtp.url');
  if (!raw) throw new UsageError('mailNoUrl', {});
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError('mailBadUrl', { value: raw.replace(/:[^:@/]*@/, ':***@') });
  }
  if ((url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || !url.hostname) throw new UsageError('mailBadUrl', { value: raw.replace(/:[^:@/]*@/, ':***@') });
  let urlPassword: string | null = null;
  if (url.password) {
    if (fromEnv) throw new UsageError('mailPasswordInUrl', {});
    checkPrivate(config.path);
    urlPassword = decodeURIComponent(url.password);
  }
  const from = readFrom(env, config);
  if (!from) throw new UsageError('mailNoFrom', {});
  const user = url.username ? decodeURIComponent(url.username) : null;
  const password = user ? (env.CAPRURAL_SMTP_PASSWORD ? env.CAPRURAL_SMTP_PASSWORD : (urlPassword ?? readPassword(env))) : null;
  return { url, from, fromAddress: senderAddress(from)!, user, password, loopback: isLoopback(url.hostname) };
}

/** The mail settings of the command line: the environment, then the config file. */
export async function loadMailSettings(env: NodeJS.ProcessEnv): Promise<MailSettings> {
  const { readConfig, configPath } = await import('../config/index');
  return readMailSettings(env, await readConfig(configPath(env)));
}

/** The sender for a preview: the environment, then the config file, else a placeholder. */
export async function loadPreviewFrom(env: NodeJS.ProcessEnv): Promise<string> {
  const { readConfig, configPath } = await import('../config/index');
  return readFrom(env, await readConfig(configPath(env))) ?? PREVIEW_FROM;
}

/**
 * nodemailer's options: smtps:// is TLS from the start; smtp:// must upgrade with STARTTLS
 * (requireTLS), except to this machine, where a local relay may speak plain SMTP.
 */
export function transportOptions(settings: MailSettings): SMTPTransport.Options {
  const secure = settings.url.protocol === 'smtps:';
  return {
    host: settings.url.hostname.replace(/^\[|\]$/g, ''),
    port: settings.url.port ? Number(settings.url.port) : secure ? 465 : 587,
    secure,
    requireTLS: !secure && !settings.loopback,
    // A local relay's certificate is seldom valid for "localhost"; the traffic never leaves the machine.
    tls: settings.loopback ? { rejectUnauthorized: false } : { rejectUnauthorized: true, minVersion: 'TLSv1.2' },
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/** A Message-ID stable for one outbox entry: a retry sends the same one, so receivers can spot a duplicate. */
export function messageIdFor(entry: Outgoing['entry'], fromAddress: string): string {
  const hash = createHash('sha256').update(`${entry.key}\n${entry.queuedAt}`).digest('hex').slice(0, 32);
  return `<caprural.${hash}@${fromAddress.split('@')[1]}>`;
}

/** The message as sent and as previewed. */
export function mailOptionsFor(message: Outgoing, from: string, fromAddress: string, now: Date): Mail.Options {
  const { entry } = message;
  const method = entry.ics ? (/^METHOD:(\w+)/m.exec(entry.ics)?.[1] ?? 'REQUEST') : null;
  return {
    from,
    to: message.testTo ?? entry.to,
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    subject: message.testTo ? `[TEST] ${entry.subject}` : entry.subject,
    text: entry.text,
    date: now,
    messageId: message.testTo ? undefined : messageIdFor(entry, fromAddress),
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
    ...(entry.ics && method ? { icalEvent: { method, filename: method === 'CANCEL' ? 'annulation.ics' : 'invitation.ics', content: entry.ics } } : {}),
    ...(message.attachments?.length ? { attachments: message.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content) })) } : {}),
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/** One .eml, exactly as `mail send` would hand it over. */
export async function composeEml(message: Outgoing, from: string, now: Date): Promise<Buffer> {
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
  return new MailComposer(mailOptionsFor(message, from, senderAddress(from)!, now)).compile().build();
}

// eslint-disable-next-line no-control-regex
const clean = (text: string) =>
  text
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .trim()
    .slice(0, 300);

/**
 * Sorts an error of nodemailer into what becomes of the message. `handedOver`: the whole message
 * had gone out on the connection; without an answer from the server after that, it may have been
 * delivered (the server's "250" lost), so it is `unknown`, never resent by itself.
 */
export function classify(error: unknown, handedOver = false): MailFailure {
  const e = error as { code?: string; responseCode?: number; response?: string; command?: string; message?: string };
  const reason = clean(e.response || e.message || String(error));
  if (e.code === 'EAUTH') return new MailFailure('auth', reason);
  if (typeof e.responseCode === 'number' && e.responseCode >= 500) return new MailFailure('permanent', reason);
  if (typeof e.responseCode === 'number' && e.responseCode >= 400) return new MailFailure('transient', reason);
  if (handedOver || e.command === 'DATA') return new MailFailure('unknown', reason);
  return new MailFailure('connection', reason);
}

/**
 * The SMTP server of the settings: one connection, reused from message to message (one TLS
 * handshake and login per run). Each message is composed once (the same bytes as `mail preview`)
 * and handed over as a stream, so that a connection lost after the whole message went out is
 * told apart from one lost before.
 */
export function smtpSender(settings: MailSettings, clock: () => Date): Sender & { close(): void } {
  const transport = nodemailer.createTransport({ ...transportOptions(settings), pool: true, maxConnections: 1, maxMessages: 100 });
  return {
    async send(message) {
      const options = mailOptionsFor(message, settings.from, settings.fromAddress, clock());
      const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
      const bytes = await new MailComposer(options).compile().build();
      let handedOver = false;
      const raw = Readable.from([bytes]);
      raw.on('end', () => (handedOver = true));
      try {
        await transport.sendMail({ envelope: { from: settings.fromAddress, to: [options.to as string] }, raw });
        return { messageId: options.messageId ?? '' };
      } catch (error) {
        throw classify(error, handedOver);
      }
    },
    close: () => transport.close(),
  };
}
