/** Where the command line writes: stdout for results (a CSV), stderr for progress and messages. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

const n = (value: number) => value.toLocaleString('en-US');

/**
 * Progress of long work on stderr: on a terminal one line rewritten in place, elsewhere (a log) a
 * line now and then; always the last state, so the end is on record.
 */
export function progressLine(io: CliIo, label: string): (done: number, total: number) => void {
  const tty = io.stderr.isTTY === true;
  const every = tty ? 100 : 2000;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    const finished = done >= total;
    if (!finished && now - last < every) return;
    last = now;
    const text = `${label}: ${n(done)} of ${n(total)} (${total === 0 ? 100 : Math.floor((done / total) * 100)}%)`;
    io.stderr.write(tty ? `\r${text}\x1b[K${finished ? '\n' : ''}` : `${text}\n`);
  };
}
