// SMTP settings: TLS required except to this machine, the password never in the URL, a password file for its owner only.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, isLoopback, readMailSettings, transportOptions } from '../../src/mail/smtp';
import { tempDir } from '../helpers/tempStore';

const FROM = { CAPRURAL_MAIL_FROM: 'Cap Rural <formation@caprural.org>' };
const settings = (url: string, extra: Record<string, string> = {}) => readMailSettings({ CAPRURAL_SMTP_URL: url, ...FROM, HOME: tempDir(), ...extra });

describe('SMTP settings', () => {
  it('requires TLS (STARTTLS, or smtps) except to a loopback address', () => {
    expect(transportOptions(settings('smtp://mail.example.org'))).toMatchObject({ host: 'mail.example.org', port: 587, secure: false, requireTLS: true, tls: { rejectUnauthorized: true } });
    expect(transportOptions(settings('smtps://mail.example.org'))).toMatchObject({ port: 465, secure: true, requireTLS: false, tls: { rejectUnauthorized: true } });
    expect(transportOptions(settings('smtp://127.0.0.1:2525'))).toMatchObject({ port: 2525, secure: false, requireTLS: false });
    expect(transportOptions(settings('smtp://[::1]:25'))).toMatchObject({ host: '::1', requireTLS: false });
    expect(['localhost', '127.0.0.53', '[::1]'].every(isLoopback)).toBe(true);
    expect(['127.0.0.1.example.org', 'localhost.example.org', '10.0.0.1'].some(isLoopback)).toBe(false);
  });

  it('reads the password from CAPRURAL_SMTP_PASSWORD or a file readable by its owner only, never from the URL', () => {
    expect(() => settings('smtps://user:secret@mail.example.org')).toThrow(expect.objectContaining({ key: 'mailPasswordInUrl', exitCode: 2 }));
    expect(settings('smtps://user@mail.example.org', { CAPRURAL_SMTP_PASSWORD: 'pw' })).toMatchObject({ user: 'user', password: 'pw' });
    const file = join(tempDir(), 'smtp-password');
    writeFileSync(file, 'from-file\n');
    chmodSync(file, 0o644);
    expect(() => settings('smtps://user@mail.example.org', { CAPRURAL_SMTP_PASSWORD_FILE: file })).toThrow(expect.objectContaining({ key: 'mailPasswordFileOpen' }));
    chmodSync(file, 0o600);
    expect(settings('smtps://user@mail.example.org', { CAPRURAL_SMTP_PASSWORD_FILE: file }).password).toBe('from-file');
    expect(() => settings('http://mail.example.org')).toThrow(expect.objectContaining({ key: 'mailBadUrl' }));
    expect(() => readMailSettings({ CAPRURAL_SMTP_URL: 'smtp://127.0.0.1' })).toThrow(expect.objectContaining({ key: 'mailNoFrom' }));
    expect(() => readMailSettings({ CAPRURAL_SMTP_URL: 'smtp://127.0.0.1', CAPRURAL_MAIL_FROM: 'not an address' })).toThrow(expect.objectContaining({ key: 'mailBadFrom' }));
  });

  it('reads smtp.url and mail.from from the config file after the environment; a password there only when the file is private', () => {
    const path = join(tempDir(), 'config.json');
    writeFileSync(path, '{}');
    chmodSync(path, 0o600);
    const values: Record<string, string> = { 'smtp.url': 'smtps://caprural:s%40cret@smtp.example.org', 'mail.from': 'Cap Rural <formation@caprural.org>' };
    const config = { path, get: (key: 'smtp.url' | 'mail.from') => values[key] };
    expect(readMailSettings({}, config)).toMatchObject({ user: 'caprural', password: 's@cret', from: 'Cap Rural <formation@caprural.org>', loopback: false });
    expect(readMailSettings({ CAPRURAL_SMTP_URL: 'smtp://127.0.0.1:2525' }, config)).toMatchObject({ user: null, password: null, loopback: true });
    chmodSync(path, 0o644);
    expect(() => readMailSettings({}, config)).toThrow(expect.objectContaining({ key: 'mailPasswordFileOpen' }));
  });

  it('sorts SMTP answers: 4xx and network errors are tried again, 5xx fail, a broken DATA exchange is unknown', () => {
    expect(classify({ responseCode: 451, response: '451 4.7.1 Greylisted' })).toMatchObject({ kind: 'transient', reason: '451 4.7.1 Greylisted' });
    expect(classify({ responseCode: 550, response: '550 5.1.1 No such user\r\n' })).toMatchObject({ kind: 'permanent', reason: '550 5.1.1 No such user' });
    expect(classify({ code: 'EAUTH', responseCode: 535, response: '535 bad' })).toMatchObject({ kind: 'auth' });
    expect(classify({ code: 'ECONNECTION', message: 'connect ECONNREFUSED 127.0.0.1:1' })).toMatchObject({ kind: 'connection' });
    expect(classify({ code: 'ETIMEDOUT', command: 'DATA', message: 'Timeout' })).toMatchObject({ kind: 'unknown' });
  });
});
