import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configPath, readConfig, setConfigValue, unsetConfigValue } from '../../src/config';
import { isSiret, maskSecret } from '../../src/config/configFile';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempStore';

describe('configPath', () => {
  it('CAPRURAL_CONFIG wins, then XDG_CONFIG_HOME, then ~/.config; %APPDATA% on Windows', () => {
    expect(configPath({ CAPRURAL_CONFIG: '/etc/c.json', XDG_CONFIG_HOME: '/x' }, 'linux', '/home/m')).toBe('/etc/c.json');
    expect(configPath({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/m')).toBe('/x/caprural/config.json');
    expect(configPath({}, 'linux', '/home/m')).toBe('/home/m/.config/caprural/config.json');
    expect(configPath({}, 'darwin', '/Users/m')).toBe('/Users/m/.config/caprural/config.json');
    expect(configPath({ APPDATA: 'C:\\AppData' }, 'win32', 'C:\\Users\\m')).toMatch(/^C:\\AppData[\\/]caprural[\\/]config\.json$/);
  });
});

describe('config file', () => {
  it('a missing file is an empty config; set writes nested JSON, mode 0600; unset drops empty groups', async () => {
    const path = join(tempDir(), 'sub', 'config.json');
    expect((await readConfig(path)).values).toEqual({});
    await setConfigValue(path, 'provider.name', '  Cap Rural  ');
    await setConfigValue(path, 'provider.siret', '123 456 789 00007');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ provider: { name: 'Cap Rural', siret: '12345678900007' } });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const config = await readConfig(path);
    expect(config.get('provider.name')).toBe('Cap Rural');
    expect(config.get('provider.nda')).toBeUndefined();
    expect(await unsetConfigValue(path, 'provider.nda')).toBe(false);
    expect(await unsetConfigValue(path, 'provider.name')).toBe(true);
    expect(await unsetConfigValue(path, 'provider.siret')).toBe(true);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({});
  });

  it('keeps keys it does not know when writing, and reads numbers as text', async () => {
    const path = join(tempDir(), 'config.json');
    writeFileSync(path, JSON.stringify({ other: { tool: 1 }, provider: { nda: 84691234569 } }));
    await setConfigValue(path, 'provider.place', 'Lyon');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ other: { tool: 1 }, provider: { nda: 84691234569, place: 'Lyon' } });
    expect((await readConfig(path)).get('provider.nda')).toBe('84691234569');
  });

  it('checks values: SIRET check digit, e-mail, URL, empty, control characters; the address takes \\n as a line break', async () => {
    const path = join(tempDir(), 'config.json');
    expect(isSiret('12345678900007')).toBe(true);
    expect(isSiret('12345678900008')).toBe(false);
    expect(isSiret('35600000000001')).toBe(true); // La Poste: sum of digits multiple of 5
    await expect(setConfigValue(path, 'provider.siret', '123 456 789 00008')).rejects.toMatchObject({ key: 'configBadSiret', exitCode: 2 });
    await expect(setConfigValue(path, 'provider.siret', '1234')).rejects.toMatchObject({ key: 'configBadSiret' });
    await expect(setConfigValue(path, 'mail.from', 'nobody')).rejects.toMatchObject({ key: 'configBadEmail' });
    expect(await setConfigValue(path, 'mail.from', 'Cap Rural <formation@caprural.org>')).toBe('Cap Rural <formation@caprural.org>');
    await expect(setConfigValue(path, 'smtp.url', 'not a url')).rejects.toMatchObject({ key: 'configBadUrl' });
    await expect(setConfigValue(path, 'provider.name', '   ')).rejects.toMatchObject({ key: 'configEmptyValue' });
    await expect(setConfigValue(path, 'provider.name', 'Cap\u001b[31mRural')).rejects.toMatchObject({ key: 'configControlChars' });
    await expect(setConfigValue(path, 'provider.colour', 'red')).rejects.toMatchObject({ key: 'configUnknownKey' });
    expect(await setConfigValue(path, 'provider.address', '14 rue Passet\\n69007 Lyon')).toBe('14 rue Passet\n69007 Lyon');
    expect(maskSecret('smtps://me:s3cret@smtp.example.org:465')).toBe('smtps://me:****@smtp.example.org:465');
  });

  it('an invalid file is a usage error naming it, and is never overwritten', async () => {
    const path = join(tempDir(), 'config.json');
    writeFileSync(path, '{ "provider": ');
    await expect(readConfig(path)).rejects.toMatchObject({ key: 'configInvalid', exitCode: 2 });
    await expect(setConfigValue(path, 'provider.name', 'X')).rejects.toMatchObject({ key: 'configInvalid' });
    expect(readFileSync(path, 'utf8')).toBe('{ "provider": ');
  });
});

describe('caprural config', () => {
  it('set, get, list (passwords hidden), unset, through XDG_CONFIG_HOME', async () => {
    const dir = tempDir();
    const env = { XDG_CONFIG_HOME: join(dir, 'xdg') };
    const store = join(dir, 'store.json');
    const file = join(dir, 'xdg', 'caprural', 'config.json');
    let r = await runCli(['config', 'set', 'provider.name', 'Cap Rural – Œuvre’s'], { store, env });
    expect(r).toMatchObject({ code: 0, stdout: 'provider.name = Cap Rural – Œuvre’s\n' });
    r = await runCli(['config', 'set', 'smtp.url', 'smtp://u:pw@127.0.0.1:2525'], { store, env });
    expect(r.stdout).toBe('smtp.url = smtp://u:****@127.0.0.1:2525\n');
    expect(existsSync(file)).toBe(true);
    expect(existsSync(store)).toBe(false); // config never touches the store
    r = await runCli(['config', 'get', 'smtp.url'], { store, env });
    expect(r).toMatchObject({ code: 0, stdout: 'smtp://u:pw@127.0.0.1:2525\n' });
    r = await runCli(['config', 'list'], { store, env });
    expect(r.stderr).toContain(`Config file: ${file}`);
    expect(r.stdout).toContain('provider.name  Cap Rural – Œuvre’s');
    expect(r.stdout).not.toContain(':pw@');
    r = await runCli(['config', 'list', '--all', '--json'], { store, env });
    expect(JSON.parse(r.stdout).values).toMatchObject({ 'provider.name': 'Cap Rural – Œuvre’s', 'provider.siret': null });
    r = await runCli(['config', 'get', 'provider.siret'], { store, env, lang: 'fr' });
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toContain("provider.siret n'est pas renseigné");
    r = await runCli(['config', 'unset', 'smtp.url'], { store, env });
    expect(r).toMatchObject({ code: 0, stdout: 'smtp.url removed.\n' });
    r = await runCli(['config', 'set', 'provider.siret', '123'], { store, env });
    expect(r.code).toBe(2);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ provider: { name: 'Cap Rural – Œuvre’s' } });
  });

  it('CAPRURAL_CONFIG points to another file; an unknown key lists the known ones (exit 2)', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'etc'));
    const env = { CAPRURAL_CONFIG: join(dir, 'etc', 'caprural.json'), XDG_CONFIG_HOME: join(dir, 'xdg') };
    const store = join(dir, 'store.json');
    expect((await runCli(['config', 'set', 'provider.place', 'Lyon'], { store, env })).code).toBe(0);
    expect(JSON.parse(readFileSync(env.CAPRURAL_CONFIG, 'utf8'))).toEqual({ provider: { place: 'Lyon' } });
    const r = await runCli(['config', 'get', 'provider.town'], { store, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown setting "provider.town"');
    expect(r.stderr).toContain('provider.place');
  });
});
