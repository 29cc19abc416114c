/**
 * An .xlsx is a zip. Before any parser inflates it, read the zip's central directory and refuse
 * files that are not zips, that claim to inflate to far more than a workbook of this size could,
 * or that hold too many entries: the usual shapes of a zip bomb.
 */
import { AppError } from '../lib/errors.js';

export const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;
const MAX_INFLATED_BYTES = 600 * 1024 * 1024;
const MAX_RATIO = 200;
const MAX_ENTRIES = 2_000;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

export function assertSafeXlsx(buffer: Buffer): void {
  if (buffer.length === 0) throw new AppError('VALIDATION_FAILED', '上传的文件是空的');
  if (buffer.length > MAX_UPLOAD_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', `文件超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB，请拆分后分批导入`);
  }
  if (buffer.readUInt32LE(0) !== 0x04034b50) throw notXlsx();
  // the end-of-central-directory record sits in the last 64 KB + 22 bytes
  const from = Math.max(0, buffer.length - 65_557);
  let eocd = -1;
  for (let i = buffer.length - 22; i >= from; i--) {
    if (buffer.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notXlsx();
  const entries = buffer.readUInt16LE(eocd + 10);
  const dirOffset = buffer.readUInt32LE(eocd + 16);
  if (entries > MAX_ENTRIES) throw bomb();
  let inflated = 0;
  let p = dirOffset;
  let sawWorkbook = false;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buffer.length || buffer.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw notXlsx();
    const size = buffer.readUInt32LE(p + 24);
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    const name = buffer.toString('utf8', p + 46, p + 46 + nameLength);
    if (name === 'xl/workbook.xml') sawWorkbook = true;
    inflated += size === 0xffffffff ? Number.POSITIVE_INFINITY : size; // zip64: larger than we accept anyway
    p += 46 + nameLength + extraLength + commentLength;
  }
  if (!sawWorkbook) throw notXlsx();
  if (inflated > MAX_INFLATED_BYTES || inflated > buffer.length * MAX_RATIO) throw bomb();
}

const notXlsx = () => new AppError('UNSUPPORTED_MEDIA_TYPE', '文件不是 Excel 工作簿（.xlsx），请用平台提供的模板填写后上传');
const bomb = () => new AppError('VALIDATION_FAILED', '文件解压后异常庞大，疑似压缩炸弹，已拒绝');
