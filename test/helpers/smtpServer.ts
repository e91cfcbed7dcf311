// A real SMTP server on a loopback port (smtp-server), for the tests of caprural mail: it keeps
// every message it accepted, read back with mailparser, and can answer as a troubled server does.
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { afterEach } from 'vitest';

/** What the server does with the n-th message (1-based): accept it, refuse it with a code, take it and never answer, or take it and break the connection. */
export type Answer = 'accept' | 'hang' | 'drop' | { code: number; message: string };

export interface TestSmtp {
  url: string;
  /** Messages accepted (answered 250), in order. */
  accepted: ParsedMail[];
  /** Every message received, whatever the answer (a 'hang' one was received but never acknowledged). */
  received: ParsedMail[];
  /** Number of DATA transfers attempted. */
  attempts: number;
  /** Logins seen: user and password. */
  logins: Array<{ user: string; password: string }>;
  close(): Promise<void>;
}

const running: TestSmtp[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.close();
});

export async function startSmtp(options: { answer?: (n: number) => Answer; auth?: { user: string; password: string } } = {}): Promise<TestSmtp> {
  const state: TestSmtp = { url: '', accepted: [], received: [], attempts: 0, logins: [], close: async () => undefined };
  const hung = new Set<SMTPServerSession>();
  const server = new SMTPServer({
    logger: false,
    authOptional: !options.auth,
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      state.logins.push({ user: auth.username ?? '', password: auth.password ?? '' });
      if (options.auth && auth.username === options.auth.user && auth.password === options.auth.password) return callback(null, { user: auth.username });
      const error = Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 });
      return callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        state.attempts += 1;
        const answer = options.answer?.(state.attempts) ?? 'accept';
        const parsed = await simpleParser(Buffer.concat(chunks));
        state.received.push(parsed);
        if (answer === 'hang') {
          hung.add(session);
          return;
        }
        if (answer === 'drop') {
          // The whole message arrived; the connection breaks before the answer.
          for (const connection of (server as unknown as { connections: Set<{ _socket: { destroy(): void } }> }).connections) connection._socket.destroy();
          return;
        }
        if (answer === 'accept') {
          state.accepted.push(parsed);
          return callback();
        }
        callback(Object.assign(new Error(answer.message), { responseCode: answer.code }));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  state.url = `smtp://127.0.0.1:${port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  running.push(state);
  return state;
}

/** The environment that points caprural at the server. */
export const mailEnv = (smtp: TestSmtp, extra: Record<string, string> = {}): Record<string, string> => ({
  CAPRURAL_SMTP_URL: smtp.url,
  CAPRURAL_MAIL_FROM: 'Cap Rural <formation@caprural.org>',
  // No config file of the machine's user: only what the test gives.
  CAPRURAL_CONFIG: '/nonexistent/caprural-test/config.json',
  ...extra,
});
