/**
 * ExcelJS, loaded with two fixes to its streaming reader, put into the module cache before ExcelJS
 * loads so every reader uses them. Import ExcelJS from here, never from 'exceljs' directly.
 * - `parse-sax` decoded each compressed chunk to text on its own, so a Chinese character split
 *   across two chunks turned into “��” (临汾市 → 临汾��).
 * - `iterate-stream` stopped at the first 'end' event, and unzipper emits one as soon as it has read
 *   the whole zip, while entries it has already parsed may still wait in its buffer for the reader
 *   to finish a slow step (writing a worksheet that comes before the shared strings to a temp file).
 *   Those entries, often xl/sharedStrings.xml and xl/workbook.xml, were dropped, and a read failed
 *   now and then with "Cannot read properties of undefined (reading 'sheets')".
 */
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

const require = createRequire(import.meta.url);

async function* parseSax(iterable: AsyncIterable<Buffer | string> & { pipe?: unknown }) {
  const { SaxesParser } = require(require.resolve('saxes', { paths: [require.resolve('exceljs')] }));
  const parser = new SaxesParser();
  const decoder = new StringDecoder('utf8');
  let error: unknown;
  let events: { eventType: string; value: unknown }[] = [];
  parser.on('error', (err: unknown) => {
    error = err;
  });
  parser.on('opentag', (value: unknown) => events.push({ eventType: 'opentag', value }));
  parser.on('text', (value: unknown) => events.push({ eventType: 'text', value }));
  parser.on('closetag', (value: unknown) => events.push({ eventType: 'closetag', value }));
  for await (const chunk of iterable) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    if (error) throw error;
    yield events;
    events = [];
  }
  const rest = decoder.end();
  if (rest) {
    parser.write(rest);
    if (error) throw error;
    yield events;
  }
}

/** Yields a stream's chunks until it has ended with nothing left in its buffer. */
async function* iterateStream(stream: Readable) {
  const contents: unknown[] = [];
  let ended = false;
  let error: unknown;
  let wake = () => {};
  stream.on('data', (chunk) => {
    contents.push(chunk);
    wake();
  });
  stream.on('end', () => {
    ended = true;
    wake();
  });
  stream.on('error', (err) => {
    error = err;
    wake();
  });
  while (true) {
    if (error) throw error;
    if (contents.length) {
      stream.pause();
      yield contents.shift();
      continue;
    }
    if (ended && stream.readableLength === 0) return;
    await new Promise<void>((resolve) => {
      wake = resolve;
      stream.resume();
    });
    wake = () => {};
  }
}

function preload(helper: string, exports: object) {
  const path = require.resolve(`exceljs/lib/utils/${helper}.js`);
  if (require.cache[path] && !(require.cache[path].exports as { chainboard?: boolean }).chainboard) {
    throw new Error('exceljs was loaded before its streaming fixes: import ExcelJS from excel/exceljs.ts only');
  }
  const patched = Object.assign(exports, { chainboard: true });
  require.cache[path] = { id: path, filename: path, loaded: true, exports: patched } as unknown as NodeJS.Module;
}
preload('parse-sax', parseSax);
preload('iterate-stream', iterateStream);

const ExcelJS: typeof import('exceljs') = require('exceljs');
export default ExcelJS;
