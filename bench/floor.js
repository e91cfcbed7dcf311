// The physical floor of one command on a store: read the file, parse it, change one value,
// stringify it and write it back safely (unique temp file, fsync, rename). caprural cannot do
// less than this for a change; every per-command figure of the bench is a ratio to it.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';

const path = process.argv[2];
const data = JSON.parse(readFileSync(path, 'utf8'));
data.log.push({ at: new Date().toISOString(), user: 'floor', action: 'floor', target: null, details: {} });
const text = JSON.stringify(data);
const tmp = `${path}.${process.pid}.floor.tmp`;
const fd = openSync(tmp, 'wx', 0o600);
writeSync(fd, text);
fsyncSync(fd);
closeSync(fd);
renameSync(tmp, path);
