// The physical floor of one command on a store laid out as caprural 4 lays it out (the store
// without its history, the history in `<store>.log`, one line per entry): read the store, parse
// it, append one entry to the history (one line, fsync), count it in the store, stringify it and
// write it back safely (unique temp file, fsync, rename). caprural cannot do less than this for a
// change; every per-command figure of the bench is a ratio to it.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';

const path = process.argv[2];
// Read whole then decoded, as caprural reads (src/store/atomicWrite.ts readUtf8Sync): faster than readFileSync(path, 'utf8').
const data = JSON.parse(readFileSync(path).toString('utf8'));
data.logSeq += 1;
const log = openSync(`${path}.log`, 'a', 0o600);
writeSync(log, `${JSON.stringify({ seq: data.logSeq, at: new Date().toISOString(), user: 'floor', action: 'floor', target: null, details: {} })}\n`);
fsyncSync(log);
closeSync(log);
const text = JSON.stringify(data);
const tmp = `${path}.${process.pid}.floor.tmp`;
const fd = openSync(tmp, 'wx', 0o600);
writeSync(fd, text);
fsyncSync(fd);
closeSync(fd);
renameSync(tmp, path);
