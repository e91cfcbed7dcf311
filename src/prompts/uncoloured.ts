import { Writable } from 'node:stream';

/** An SGR sequence (colour, bold, dim…): ESC [ parameters m. Cursor moves and erasures are kept. */
const SGR = /\u001b\[[0-9;:]*m/g;

type Terminal = NodeJS.WritableStream & { columns?: number; rows?: number; isTTY?: boolean };

/**
 * The terminal a prompt draws on, without colours (`--no-color`, NO_COLOR): what inquirer writes
 * reaches `terminal` with its colour and style sequences taken out; its width and TTY-ness are the
 * terminal's, so lines wrap and redraw as before.
 */
export function uncoloured(terminal: Terminal): Writable & { columns?: number; rows?: number; isTTY?: boolean } {
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: Buffer | string, _encoding, done) {
      terminal.write(chunk.toString().replace(SGR, ''));
      done();
    },
  });
  Object.defineProperties(stream, {
    columns: { get: () => terminal.columns },
    rows: { get: () => terminal.rows },
    isTTY: { get: () => terminal.isTTY },
  });
  return stream;
}
