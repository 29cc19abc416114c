import zlib from 'node:zlib';
import { creditCodeCheckChar } from '@chainboard/contracts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import ExcelJS from '../src/excel/exceljs.js';
import { fixedClock } from '../src/lib/clock.js';
import { auditRowsAfter, expectApiError, lastAuditId, snapshot } from './helpers.js';
import { seedWorld, type World } from './personas.js';
import { type Client, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADERS = [
  '统一社会信用代码',
  '企业名称',
  '所在市',
  '所在开发区/园区',
  '地址',
  '法定代表人',
  '联系人',
  '联系电话',
  '主要产品',
  '所属产业链',
  '所处环节',
];

const code = (n: number) => {
  const first = `91140100${String(n).padStart(9, '0')}`;
  return first + creditCodeCheckChar(first);
};
const wrongCheck = (c: string) => c.slice(0, 17) + (c[17] === 'A' ? 'B' : 'A');

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('企业名录');
  sheet.addRow(HEADERS);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function upload(t: TestPlatform, client: Client, url: string, body: Buffer) {
  return t.app.inject({
    method: 'POST',
    url,
    payload: body,
    headers: { 'content-type': XLSX, 'x-csrf-token': client.csrf as string },
    cookies: { cb_session: client.session as string },
  });
}

/** 1,000 rows; every 27th is broken in one of four ways, 37 in all. */
function rows(broken: boolean) {
  const out: unknown[][] = [];
  const bad: { row: number; column: string }[] = [];
  for (let i = 0; i < 1000; i++) {
    const row = [code(100_000 + i), `导入测试企业${i}有限公司`, '太原市', '', '', '', '', '', '钢材', '特钢材料', '中游'];
    if (broken && i % 27 === 13) {
      const kind = bad.length % 4;
      const sheetRow = i + 2;
      // one broken cell per row: [column index, broken value, column name]
      const [index, value, column] = (
        [
          [0, wrongCheck(String(row[0])), '统一社会信用代码'],
          [2, '北京市', '所在市'],
          [9, '不存在的链', '所属产业链'],
          [10, '上中游', '所处环节'],
        ] as const
      )[kind];
      row[index] = value;
      bad.push({ row: sheetRow, column });
    }
    out.push(row);
  }
  return { out, bad };
}

describeOnBothDatabases('enterprise import', (kind) => {
  let t: TestPlatform;
  let city: Client;
  /** The enterprises the seeded world holds before any import: all, and those on chainA. */
  let seeded: number;
  let seededOnChainA: number;
  beforeAll(async () => {
    t = await startTestPlatform(kind);
    const w = await seedWorld(t.deps);
    city = await t.login('cityAEditor');
    seeded = await count();
    seededOnChainA = (
      await t.deps.db.selectFrom('enterprise_chains').select('enterprise_id').where('chain_id', '=', w.chains.chainA).execute()
    ).length;
  });
  afterAll(() => t.close());

  const count = async () =>
    Number(
      (
        await t.deps.db
          .selectFrom('enterprises')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('a workbook with 37 bad rows writes nothing and names every one by row and column; fixed, it writes all 1,000', async () => {
    const { out, bad } = rows(true);
    expect(bad).toHaveLength(37);
    const res = await upload(t, city, '/api/enterprises/import', await workbook(out));
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json();
    expect(result.written).toBe(0);
    expect(result.total).toBe(1000);
    expect(result.problems.map((p: { row: number; column: string }) => ({ row: p.row, column: p.column }))).toEqual(bad);
    expect(await count()).toBe(seeded);

    const report = await city.post('/api/import-report', { problems: result.problems });
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toContain(XLSX);

    const fixed = await upload(t, city, '/api/enterprises/import', await workbook(rows(false).out));
    expect(fixed.json()).toMatchObject({ total: 1000, valid: 1000, written: 1000, problems: [] });
    expect(await count()).toBe(seeded + 1000);
    const listed = (
      await city.get(`/api/enterprises?chainId=${(await city.get('/api/chains?q=特钢')).json().items[0].id}&pageSize=1`)
    ).json();
    expect(listed.total).toBe(seededOnChainA + 1000);

    // the same file again: every row is now a duplicate of the register
    const again = (await upload(t, city, '/api/enterprises/import', await workbook(rows(false).out.slice(0, 3)))).json();
    expect(again.written).toBe(0);
    // refused without naming the enterprise that holds the code
    expect(again.problems[0]).toEqual({ row: 2, column: '统一社会信用代码', message: '该统一社会信用代码已登记，同一企业不能重复登记' });
  });

  it('validOnly writes the valid rows in one go and reports the rest', async () => {
    const res = await upload(
      t,
      city,
      '/api/enterprises/import?mode=validOnly',
      await workbook([
        [code(900_001), '有效企业一', '太原市'],
        [wrongCheck(code(900_002)), '无效企业', '太原市'],
        [code(900_003), '有效企业二', '太原'],
      ]),
    );
    expect(res.json()).toMatchObject({ total: 3, valid: 2, written: 2 });
    expect(res.json().problems).toEqual([{ row: 3, column: '统一社会信用代码', message: expect.stringContaining('校验位错误') }]);
  });

  it('a city cannot import enterprises of another city', async () => {
    const res = (await upload(t, city, '/api/enterprises/import', await workbook([[code(910_001), '他市企业', '大同市']]))).json();
    expect(res.written).toBe(0);
    expect(res.problems[0]).toMatchObject({ row: 2, column: '所在市' });
  });

  it('refuses files that are not workbooks, are too large, or inflate like a bomb', async () => {
    const text = await upload(t, city, '/api/enterprises/import', Buffer.from('序号,名称\n1,甲'));
    expect(text.statusCode).toBe(415);
    expect(text.json().message).toContain('.xlsx');

    const huge = await upload(t, city, '/api/enterprises/import', Buffer.alloc(31 * 1024 * 1024, 1));
    expect(huge.statusCode).toBe(413);

    const bomb = await upload(t, city, '/api/enterprises/import', zipBomb());
    expect(bomb.statusCode).toBe(400);
    expect(bomb.json().message).toContain('压缩炸弹');
    expect(await count()).toBe(seeded + 1002);
  });

  it('exports the filtered list with formula-like text neutralised', async () => {
    await city.post('/api/enterprises', {
      creditCode: code(920_001),
      name: '=HYPERLINK("http://x")',
      cityId: (await city.get('/api/auth/me')).json().organisationId,
    });
    const res = await city.get('/api/enterprises/export?q=HYPERLINK');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(2).value).toBe('\'=HYPERLINK("http://x")');
  });
});

/** A valid-looking xlsx zip whose one entry claims to inflate 1000-fold. */
function zipBomb(): Buffer {
  const name = Buffer.from('xl/workbook.xml');
  const data = zlib.deflateRawSync(Buffer.alloc(50 * 1024 * 1024, 0));
  const size = 50 * 1024 * 1024;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const dirOffset = 30 + name.length + data.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(46 + name.length, 12);
  eocd.writeUInt32LE(dirOffset, 16);
  return Buffer.concat([local, name, data, central, name, eocd]);
}

describeOnBothDatabases('enterprise ledger period', (kind) => {
  let t: TestPlatform;
  let w: World;
  let city: Client;
  let office: Client;
  // a day in 2024Q4: the last quarter ended is 2024Q3
  const clock = fixedClock('2024-11-15');
  beforeAll(async () => {
    t = await startTestPlatform(kind, {}, clock);
    w = await seedWorld(t.deps);
    [city, office] = await Promise.all([t.login('cityAEditor'), t.login('officeEditor')]);
  });
  afterAll(() => t.close());

  const ledger = (from: number, n: number) =>
    workbook(
      Array.from({ length: n }, (_, i) => [
        code(700_000 + from + i),
        `台账企业${from + i}有限公司`,
        '太原市',
        '',
        '',
        '',
        '',
        '',
        '',
        '特钢材料',
        '',
      ]),
    );
  const spansOf = async (codes: string[]) =>
    t.deps.db
      .selectFrom('enterprise_tiers as t')
      .innerJoin('enterprises as e', 'e.id', 't.enterprise_id')
      .select(['e.credit_code', 't.chain_id', 't.tier', 't.valid_from', 't.valid_to'])
      .where('e.credit_code', 'in', codes)
      .orderBy('e.credit_code')
      .execute();
  const drillNames = async (asOf: string) => {
    const res = await office.get(
      `/api/cockpit/drill?figure=chainEnterprises&year=2024&asOf=${asOf}&chainId=${w.chains.chainA}&pageSize=100`,
    );
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as { name: string }[]).map((r) => r.name);
  };

  it('without a period the last ended quarter is used: a 2024Q3 ledger imported in November places from 2024-07-01', async () => {
    const before = await lastAuditId(t.deps.db);
    const res = await upload(t, city, '/api/enterprises/import', await ledger(0, 2));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ written: 2, period: '2024Q3', placedFrom: '2024-07-01' });
    const spans = await spansOf([code(700_000), code(700_001)]);
    expect(spans).toEqual([
      { credit_code: code(700_000), chain_id: w.chains.chainA, tier: 'member', valid_from: '2024-07-01', valid_to: null },
      { credit_code: code(700_001), chain_id: w.chains.chainA, tier: 'member', valid_from: '2024-07-01', valid_to: null },
    ]);
    const [audit] = await auditRowsAfter(t.deps.db, before);
    expect(audit).toMatchObject({ entity_type: 'enterpriseImport', after: { count: 2, period: '2024Q3', placedFrom: '2024-07-01' } });
    // on the chain as of the quarter it reports, and not before it
    expect(await drillNames('2024-09-30')).toEqual(expect.arrayContaining(['台账企业0有限公司', '台账企业1有限公司']));
    expect(await drillNames('2024-06-30')).not.toContain('台账企业0有限公司');
  });

  it('the period chosen dates the places; a period not begun, or malformed, is refused with nothing written', async () => {
    const q2 = await upload(t, city, '/api/enterprises/import?period=2024q2', await ledger(10, 1));
    expect(q2.json()).toMatchObject({ written: 1, period: '2024Q2', placedFrom: '2024-04-01' });
    expect((await spansOf([code(700_010)]))[0].valid_from).toBe('2024-04-01');
    // the quarter under way may be reported; the next one has not begun
    expect((await upload(t, city, '/api/enterprises/import?period=2024Q4', await ledger(11, 1))).json()).toMatchObject({ written: 1 });

    const before = await snapshot(t.deps.db);
    const future = expectApiError(await upload(t, city, '/api/enterprises/import?period=2025Q1', await ledger(20, 1)), 400);
    expect(future.fields?.period).toContain('2025Q1');
    expect(future.message).toContain('台账所属期');
    const malformed = expectApiError(await upload(t, city, '/api/enterprises/import?period=2024Q5', await ledger(20, 1)), 400);
    expect(malformed.fields?.period).toContain('2024Q3');
    expect(await snapshot(t.deps.db)).toEqual(before);
  });

  it('importing a ledger again opens no second span, for the register or the tier sheet', async () => {
    const again = (await upload(t, city, '/api/enterprises/import?period=2024Q1', await ledger(0, 2))).json();
    expect(again.written).toBe(0);
    const tiers = new ExcelJS.Workbook();
    const sheet = tiers.addWorksheet('企业层级');
    sheet.addRow(['统一社会信用代码', '产业链', '层级', '起始日期']);
    sheet.addRow([code(700_000), '特钢材料', '链上企业', '2024-08-01']);
    const tierBook = Buffer.from(await tiers.xlsx.writeBuffer());
    expect((await upload(t, office, '/api/enterprise-tiers/import', tierBook)).json()).toMatchObject({ written: 1 });
    expect(await spansOf([code(700_000), code(700_001)])).toEqual([
      { credit_code: code(700_000), chain_id: w.chains.chainA, tier: 'member', valid_from: '2024-07-01', valid_to: null },
      { credit_code: code(700_001), chain_id: w.chains.chainA, tier: 'member', valid_from: '2024-07-01', valid_to: null },
    ]);
  });

  it('the form places from its 入链日期: default today, never later, and a place given up ends on it', async () => {
    const created = await city.post('/api/enterprises', {
      creditCode: code(710_000),
      name: '表单补录企业有限公司',
      cityId: w.orgs.cityA,
      chains: [{ chainId: w.chains.chainA }],
      placedOn: '2024-08-01',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(await spansOf([code(710_000)])).toMatchObject([{ valid_from: '2024-08-01', valid_to: null }]);

    const plain = await city.post('/api/enterprises', {
      creditCode: code(710_001),
      name: '当日登记企业有限公司',
      cityId: w.orgs.cityA,
      chains: [{ chainId: w.chains.chainA }],
    });
    expect(plain.statusCode, plain.body).toBe(201);
    expect(await spansOf([code(710_001)])).toMatchObject([{ valid_from: '2024-11-15' }]);

    const tomorrow = expectApiError(
      await city.post('/api/enterprises', {
        creditCode: code(710_002),
        name: '未来企业有限公司',
        cityId: w.orgs.cityA,
        chains: [{ chainId: w.chains.chainA }],
        placedOn: '2024-11-16',
      }),
      400,
    );
    expect(tomorrow.fields?.placedOn).toContain('不能晚于今天');
    expect(await spansOf([code(710_002)])).toEqual([]);

    // leaving before the place began is refused; leaving on a later day closes the span there
    const early = expectApiError(await city.patch(`/api/enterprises/${id}`, { chains: [], placedOn: '2024-07-15' }), 400);
    expect(early.fields?.placedOn).toContain('2024-08-01');
    const left = await city.patch(`/api/enterprises/${id}`, { chains: [], placedOn: '2024-10-01' });
    expect(left.statusCode, left.body).toBe(200);
    expect(await spansOf([code(710_000)])).toMatchObject([{ valid_from: '2024-08-01', valid_to: '2024-10-01' }]);
    // back on the chain: not from a day it was still on it, which would count it twice
    const overlap = expectApiError(
      await city.patch(`/api/enterprises/${id}`, { chains: [{ chainId: w.chains.chainA }], placedOn: '2024-09-15' }),
      400,
    );
    expect(overlap.fields?.placedOn).toContain('2024-10-01');
    const back = await city.patch(`/api/enterprises/${id}`, { chains: [{ chainId: w.chains.chainA }], placedOn: '2024-11-01' });
    expect(back.statusCode, back.body).toBe(200);
    expect(await spansOf([code(710_000)])).toMatchObject([
      { valid_from: '2024-08-01', valid_to: '2024-10-01' },
      { valid_from: '2024-11-01', valid_to: null },
    ]);
  });
});
