import type { Chain } from '@chainboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, auditRowsAfter, CHINESE, expectApiError, lastAuditId, snapshot } from './helpers.js';
import { seedWorld, type World } from './personas.js';
import { type Client, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

const FIRST_BATCH = ['SX01', 'SX02', 'SX03', 'SX04', 'SX05', 'SX06', 'SX07', 'SX08', 'SX09', 'SX10'];

describeOnBothDatabases('chains', (kind) => {
  let t: TestPlatform;
  let w: World;
  let office: Client;
  let leadA: Client;

  beforeAll(async () => {
    t = await startTestPlatform(kind);
    w = await seedWorld(t.deps);
    [office, leadA] = await Promise.all([t.login('officeEditor'), t.login('leadAEditor')]);
  });
  afterAll(() => t.close());

  const chainRow = (id: number) => t.deps.db.selectFrom('chains').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const list = async (query: string) => {
    const res = await office.get(`/api/chains?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Chain[]; total: number; page: number; pageSize: number };
  };

  it('the office creates, reads, updates and retires a chain; each change writes one audit row', async () => {
    const mark = await lastAuditId(t.deps.db);
    const created = await office.post('/api/chains', {
      code: ' LA-01 ',
      name: '  低空经济 ',
      batch: '2024',
      status: 'reserve',
      leadUnitId: w.orgs.leadA,
      hostIds: [w.orgs.zoneA, w.orgs.cityA, w.orgs.zoneA],
      leaderName: '',
      notes: '  试点培育  ',
    });
    expect(created.statusCode, created.body).toBe(201);
    const chain = created.json() as Chain;
    expect(chain).toMatchObject({
      code: 'LA-01',
      name: '低空经济',
      batch: 2024,
      status: 'reserve',
      leadUnitId: w.orgs.leadA,
      leadUnitName: '省工信厅',
      leaderName: null,
      notes: '试点培育',
    });
    expect(chain.hosts.map((h) => h.id)).toEqual([w.orgs.cityA, w.orgs.zoneA].sort((a, b) => a - b));

    const [createRow] = await auditRowsAfter(t.deps.db, mark);
    expect(createRow).toMatchObject({
      action: 'create',
      entity_type: 'chain',
      entity_id: String(chain.id),
      actor_username: 'officeEditor',
    });
    expect(createRow.before).toBeNull();
    expect(createRow.after).toEqual(chain);

    const read = await office.get(`/api/chains/${chain.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(chain);

    const updated = await office.patch(`/api/chains/${chain.id}`, { status: 'key', notes: '列入省级重点产业链', hostIds: [w.orgs.cityA] });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ status: 'key', notes: '列入省级重点产业链', code: 'LA-01', leadUnitId: w.orgs.leadA });
    expect(updated.json().hosts.map((h: { id: number }) => h.id)).toEqual([w.orgs.cityA]);
    const row = await chainRow(chain.id);
    expect(row).toMatchObject({ status: 'key', notes: '列入省级重点产业链' });

    const retired = await office.patch(`/api/chains/${chain.id}`, { status: 'retired' });
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json().status).toBe('retired');
    expect((await list('status=retired')).items.map((c) => c.id)).toEqual([chain.id]);
    expect((await office.get(`/api/chains/${chain.id}`)).json().status).toBe('retired'); // still on record

    const rows = await auditRowsAfter(t.deps.db, mark);
    expect(rows.map((r) => [r.action, r.entity_type, r.entity_id])).toEqual([
      ['create', 'chain', String(chain.id)],
      ['update', 'chain', String(chain.id)],
      ['update', 'chain', String(chain.id)],
    ]);
    expect(rows[1].before).toMatchObject({ status: 'reserve', notes: '试点培育', hosts: chain.hosts });
    expect(rows[1].after).toEqual(updated.json());
    expect(rows[2].before).toMatchObject({ status: 'key' });
    expect(rows[2].after).toMatchObject({ status: 'retired' });
  });

  describe('the list', () => {
    beforeAll(async () => {
      for (const [code, name] of [
        ['Q-1', '增速100%链'],
        ['Q-2', '下划_线链'],
        ['Q-3', 'AI算力'],
      ]) {
        expect((await office.post('/api/chains', { code, name, batch: 2030, status: 'reserve' })).statusCode).toBe(201);
      }
    });

    it('pages with a stable total', async () => {
      const pages = [];
      for (const page of [1, 2, 3, 4]) pages.push(await list(`batch=2022&pageSize=4&page=${page}`));
      expect(pages.map((p) => p.total)).toEqual([10, 10, 10, 10]);
      expect(pages.map((p) => p.items.map((c) => c.code))).toEqual([
        FIRST_BATCH.slice(0, 4),
        FIRST_BATCH.slice(4, 8),
        FIRST_BATCH.slice(8),
        [],
      ]);
      expect(pages[1]).toMatchObject({ page: 2, pageSize: 4 });
      const all = await list('pageSize=100');
      expect(all.total).toBe(
        Number(
          (
            await t.deps.db
              .selectFrom('chains')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      );
      expect(all.items).toHaveLength(all.total);
    });

    it('filters by status, batch and lead unit', async () => {
      const reserve = await list('status=reserve&pageSize=100');
      expect(reserve.items.map((c) => c.code).sort()).toEqual(['Q-1', 'Q-2', 'Q-3']);
      expect((await list('batch=2023&pageSize=100')).items.map((c) => c.name)).toEqual([
        '新型储能',
        '废弃资源综合利用',
        '碳基新材料',
        '铜基新材料',
        '信息技术融合应用',
        '装配式建筑',
      ]);
      const byLead = await list(`leadUnitId=${w.orgs.leadB}`);
      expect(byLead.items.map((c) => c.id)).toEqual([w.chains.chainB]);
      expect((await list('status=key&batch=2030')).total).toBe(0);
    });

    it('searches names by substring: Chinese, case-insensitive, and % and _ as plain characters', async () => {
      const names = async (q: string) => (await list(`pageSize=100&q=${encodeURIComponent(q)}`)).items.map((c) => c.name).sort();
      expect(await names('钢')).toEqual(['特钢材料']);
      expect(await names('材料')).toEqual(['特钢材料', '碳基新材料', '铜基新材料'].sort());
      expect(await names('%')).toEqual(['增速100%链']);
      expect(await names('0%链')).toEqual(['增速100%链']);
      expect(await names('_')).toEqual(['下划_线链']);
      expect(await names('ai')).toEqual(['AI算力']);
      expect(await names('\\')).toEqual([]);
      expect(await names('不存在的链')).toEqual([]);
    });

    it('sorts by code, batch, name and last update, both ways', async () => {
      expect((await list('batch=2022&sort=code&order=desc&pageSize=100')).items.map((c) => c.code)).toEqual([...FIRST_BATCH].reverse());
      const byBatch = (await list('sort=batch&order=desc&pageSize=100')).items.map((c) => c.batch);
      expect(byBatch).toEqual([...byBatch].sort((a, b) => b - a));
      expect(byBatch[0]).toBe(2030);
      const asc = (await list('sort=name&order=asc&pageSize=100')).items.map((c) => c.id);
      const desc = (await list('sort=name&order=desc&pageSize=100')).items.map((c) => c.id);
      expect(desc).toEqual([...asc].reverse());

      expect((await office.patch(`/api/chains/${w.chains.chainB}`, { notes: '最近修改' })).statusCode).toBe(200);
      expect((await list('sort=updatedAt&order=desc')).items[0].id).toBe(w.chains.chainB);
    });

    it('refuses a malformed query with 400', async () => {
      for (const query of [
        'pageSize=101',
        'pageSize=0',
        'page=0',
        'sort=secret',
        'order=up',
        'status=gone',
        'batch=abc',
        `q=${'长'.repeat(51)}`,
      ]) {
        expectApiError(await office.get(`/api/chains?${query}`), 400, 'VALIDATION_FAILED');
      }
    });
  });

  it('a duplicate code or name is a 409 with a Chinese message naming the field, and nothing is written', async () => {
    const before = await snapshot(t.deps.db);
    const base = { batch: 2024, status: 'key' };
    const cases = [
      { res: await office.post('/api/chains', { ...base, code: 'SX01', name: '全新链' }), field: 'code' },
      { res: await office.post('/api/chains', { ...base, code: 'NEW-1', name: ' 特钢材料 ' }), field: 'name' },
      { res: await office.patch(`/api/chains/${w.chains.chainB}`, { code: 'SX01' }), field: 'code' },
      { res: await office.patch(`/api/chains/${w.chains.chainB}`, { name: '特钢材料' }), field: 'name' },
    ];
    for (const { res, field } of cases) {
      const body = expectApiError(res, 409, 'CONFLICT');
      expect(body.message).toMatch(CHINESE);
      expect(Object.keys(body.fields ?? {})).toEqual([field]);
    }
    expect(await snapshot(t.deps.db)).toEqual(before);

    // renaming a chain to its own code and name is no conflict
    const own = await chainRow(w.chains.chainB);
    expect((await office.patch(`/api/chains/${w.chains.chainB}`, { code: own.code, name: own.name })).statusCode).toBe(200);
  });

  it('two simultaneous creates of one code: one chain, one 409, never a 500', async () => {
    const audits = await auditCount(t.deps.db);
    const results = await Promise.all(
      ['同时甲', '同时乙'].map((name) => office.post('/api/chains', { code: 'RACE-1', name, batch: 2024, status: 'reserve' })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expectApiError(results.find((r) => r.statusCode === 409) as (typeof results)[number], 409, 'CONFLICT');
    expect(await t.deps.db.selectFrom('chains').select('name').where('code', '=', 'RACE-1').execute()).toHaveLength(1);
    expect(await auditCount(t.deps.db)).toBe(audits + 1);
  });

  it('a lead unit edits the details of its own chain but not its status, identity or lead unit', async () => {
    const ok = await leadA.patch(`/api/chains/${w.chains.chainA}`, {
      notes: '牵头单位更新',
      leaderName: '张三',
      leaderPost: '副省长',
      hostIds: [w.orgs.zoneA, w.orgs.cityB],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ notes: '牵头单位更新', leaderName: '张三' });

    const before = await snapshot(t.deps.db);
    for (const patch of [
      { status: 'retired' },
      { status: 'reserve', notes: '顺带改备注' },
      { name: '改名' },
      { code: 'X-1' },
      { batch: 2030 },
      { leadUnitId: w.orgs.leadB },
      { leadUnitId: null },
      { leaderUserId: w.users.chainLeaderA + 1000 },
    ]) {
      const body = expectApiError(await leadA.patch(`/api/chains/${w.chains.chainA}`, patch), 403, 'FORBIDDEN');
      expect(body.message).toContain('只有省链长办');
    }
    expect(await snapshot(t.deps.db)).toEqual(before);

    // sending the current value back is no change, as a form that posts every field does
    const current = (await leadA.get(`/api/chains/${w.chains.chainA}`)).json() as Chain;
    const same = await leadA.patch(`/api/chains/${w.chains.chainA}`, {
      status: current.status,
      leadUnitId: current.leadUnitId,
      notes: '原样提交',
    });
    expect(same.statusCode, same.body).toBe(200);
    expect((await chainRow(w.chains.chainA)).status).toBe(current.status);

    // another lead unit's chain does not exist as far as lead unit A can tell
    expectApiError(await leadA.patch(`/api/chains/${w.chains.chainB}`, { notes: '越权' }), 403, 'FORBIDDEN');
    expect((await chainRow(w.chains.chainB)).notes).not.toBe('越权');
  });

  it('hosts must be cities or zones, the lead unit a lead unit, the leader a chain leader: 400 and nothing written', async () => {
    const before = await snapshot(t.deps.db);
    const audits = await auditCount(t.deps.db);
    const fresh = { code: 'H-1', name: '承载测试链', batch: 2024, status: 'reserve' };
    const cases: [Client, 'POST' | 'PATCH', Record<string, unknown>, string][] = [
      [office, 'POST', { ...fresh, hostIds: [w.orgs.leadA] }, 'hostIds'],
      [office, 'POST', { ...fresh, hostIds: [w.orgs.cityA, w.orgs.office] }, 'hostIds'],
      [office, 'POST', { ...fresh, hostIds: [999_999] }, 'hostIds'],
      [office, 'PATCH', { hostIds: [w.orgs.enterprise] }, 'hostIds'],
      [office, 'PATCH', { hostIds: [w.orgs.member] }, 'hostIds'],
      [leadA, 'PATCH', { hostIds: [w.orgs.leadA] }, 'hostIds'],
      [office, 'POST', { ...fresh, leadUnitId: w.orgs.cityA }, 'leadUnitId'],
      [office, 'PATCH', { leadUnitId: w.orgs.member }, 'leadUnitId'],
      [office, 'PATCH', { leaderUserId: w.users.officeEditor }, 'leaderUserId'],
      [office, 'PATCH', { leaderUserId: 999_999 }, 'leaderUserId'],
    ];
    for (const [client, method, payload, field] of cases) {
      const res = await client.send(method, method === 'POST' ? '/api/chains' : `/api/chains/${w.chains.chainA}`, payload);
      const body = expectApiError(res, 400, 'VALIDATION_FAILED');
      expect(Object.keys(body.fields ?? {}), JSON.stringify(payload)).toEqual([field]);
    }
    expect(await auditCount(t.deps.db)).toBe(audits);
    expect(await snapshot(t.deps.db)).toEqual(before);
  });

  it('only the office creates chains', async () => {
    const before = await snapshot(t.deps.db);
    const body = expectApiError(
      await leadA.post('/api/chains', { code: 'L-1', name: '牵头单位新链', batch: 2024, status: 'reserve' }),
      403,
    );
    expect(body.message).toContain('省链长办');
    expect(await snapshot(t.deps.db)).toEqual(before);
  });
});
