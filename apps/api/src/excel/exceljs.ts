/**
 * ExcelJS, loaded with one fix: its streaming reader decodes each compressed chunk to text on its
 * own, so a Chinese character split across two chunks turns into “��” (临汾市 → 临汾��). We put a
 * chunk-safe version of its `parse-sax` helper into the module cache before ExcelJS loads, so every
 * reader uses it. Import ExcelJS from here, never from 'exceljs' directly.
 */
import { createRequire } from 'node:module';
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

const parseSaxPath = require.resolve('exceljs/lib/utils/parse-sax.js');
if (require.cache[parseSaxPath] && !(require.cache[parseSaxPath].exports as { chunkSafe?: boolean }).chunkSafe) {
  throw new Error('exceljs was loaded before its streaming fix: import ExcelJS from excel/exceljs.ts only');
}
const patched = Object.assign(parseSax, { chunkSafe: true });
require.cache[parseSaxPath] = { id: parseSaxPath, filename: parseSaxPath, loaded: true, exports: patched } as unknown as NodeJS.Module;

const ExcelJS: typeof import('exceljs') = require('exceljs');
export default ExcelJS;
