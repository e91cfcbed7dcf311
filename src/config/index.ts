// caprural's config file: settings that belong to the organiser rather than to the store
// (the training provider's identity on certificates, the mail server). JSON, nested by the dots
// of the keys: { "provider": { "name": "Cap Rural" } }. Only the keys of keys.ts can be set.
//
//   const config = await readConfig(configPath(env));   // a missing file is an empty config
//   config.get('provider.name')                          // string | undefined (unset or blank)
//
// Errors are UsageErrors (exit 2): unreadable or invalid file, unknown key, invalid value.
export { CONFIG_KEYS, isConfigKey, type ConfigKey, type ConfigKeyInfo } from './keys';
export { configPath } from './configPath';
export { readConfig, setConfigValue, unsetConfigValue, maskSecret, type Config } from './configFile';
