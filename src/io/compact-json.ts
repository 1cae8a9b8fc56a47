import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/**
 * JSON without the white space between its tokens, byte by byte and in pieces of any size: for
 * text that `JSON.stringify` wrote (indented or not), the bytes `JSON.stringify(JSON.parse(text))`
 * gives, without building the value or even the string. dataset.jsonl is made from the indented
 * record files this way: reading, parsing and writing each record again (strings of a few
 * megabytes) made a run's memory peak at its very end, and the peak grew with the batch (measured:
 * corpus/un x10 rose from 237 to 251 MB RSS while dataset.jsonl was written).
 *
 * Written by hand: outside strings every space, tab and line break goes; strings are copied whole
 * (`JSON.stringify` escapes every line break and tab inside them, so none is mistaken for layout).
 * Working on UTF-8 bytes is safe: no byte of a multi-byte character is a quote, a backslash or
 * white space.
 */
export class JsonCompactor {
  private inString = false;
  private escaped = false;

  /** Compacts `input[0, length)` into `output` (as long as the input at least); returns the bytes written. */
  push(input: Uint8Array, length: number, output: Uint8Array): number {
    let k = 0;
    let { inString, escaped } = this;
    for (let i = 0; i < length; i++) {
      const c = input[i];
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) inString = false;
      } else if (c === QUOTE) {
        inString = true;
      } else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        continue;
      }
      output[k++] = c;
    }
    this.inString = inString;
    this.escaped = escaped;
    return k;
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Buffers one copy after another can reuse. */
export interface CopyBuffers { input: Uint8Array; output: Uint8Array }

export const copyBuffers = (size = 1 << 20): CopyBuffers => ({ input: new Uint8Array(size), output: new Uint8Array(size) });

/** Appends the JSON of `file`, compacted, to the open file `to`: memory holds one piece at a time. */
export function appendCompactJson(file: string, to: number, buffers: CopyBuffers): void {
  const compactor = new JsonCompactor();
  const from = openSync(file, 'r');
  try {
    for (let n = readSync(from, buffers.input); n > 0; n = readSync(from, buffers.input)) {
      writeSync(to, buffers.output, 0, compactor.push(buffers.input, n, buffers.output));
    }
  } finally {
    closeSync(from);
  }
}
