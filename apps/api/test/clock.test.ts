/**
 * The platform runs on the clock in its dependencies: a fixed clock puts it on 2024-06-28, moving the
 * clock changes what is overdue, locked, expired or closed, and the rows written carry the clock's time.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../src/lib/clock.js';
import { LOCK_MINUTES, MAX_FAILED_ATTEMPTS } from '../src/modules/auth/auth.service.js';
import { auditRowsAfter, lastAuditId } from './helpers.js';
import { insertRound, seedWorld, type World } from './personas.js';
import { describeOnBothDatabases, PASSWORD, startTestPlatform, type TestPlatform } from './platform.js';

/** Timestamps as stored, whatever text the database hands back. */
const instant = (at: unknown) => new Date(String(at)).toISOString();
const minutesAfter = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

describeOnBothDatabases('the injected clock', (kind) => {
  const clock = fixedClock('2024-06-28');
  let t: TestPlatform;
  let w: World;
  beforeAll(async () => {
    t = await startTestPlatform(kind, {}, clock);
    w = await seedWorld(t.deps);
  });
  afterAll(() => t.close());
  /** Sessions idle out when the clock jumps, so each step logs in on the clock's current time. */
  const city = () => t.login('cityAEditor');

  it('a problem becomes overdue, then rises to the chain leader, as the clock passes its deadline', async () => {
    clock.set('2024-06-28');
    const enterprise = await t.login('enterpriseEditor');
    const before = await lastAuditId(t.deps.db);
    const problem = {
      title: '项目用地指标不足',
      description: '二期厂房用地指标尚未落实，影响开工',
      category: 'land',
      chainId: w.chains.chainA,
      responsibleOrgId: w.orgs.cityA,
      responsiblePerson: '李示例',
      deadline: '2024-07-01',
    };
    const raised = await enterprise.post('/api/problems', problem);
    expect(raised.statusCode, raised.body).toBe(201);
    const id = raised.json().id as number;
    expect(raised.json()).toMatchObject({ overdue: false, level: 'leadUnit' });
    // written at the clock's time, not the machine's
    const row = await t.deps.db.selectFrom('problems').select('created_at').where('id', '=', id).executeTakeFirstOrThrow();
    expect(instant(row.created_at)).toBe('2024-06-28T04:00:00.000Z');
    const [audit] = (await auditRowsAfter(t.deps.db, before)).filter((r) => r.entity_type === 'problem');
    expect(audit.action).toBe('create');
    expect(instant(audit.at)).toBe(clock.nowIso());

    // a deadline in the past is refused on the clock's day, not on the machine's
    const late = await enterprise.post('/api/problems', { ...problem, title: '另一问题', deadline: '2024-06-27' });
    expect(late.statusCode).toBe(400);
    expect(late.json().fields.deadline).toBe('办理期限已过');

    clock.set('2024-07-05');
    expect((await (await city()).get(`/api/problems/${id}`)).json()).toMatchObject({ overdue: true, level: 'leadUnit' });

    clock.set('2024-07-10T09:30:00+08:00');
    const beforeEscalation = await lastAuditId(t.deps.db);
    const cityOnTheTenth = await city();
    expect((await cityOnTheTenth.get(`/api/problems/${id}`)).json()).toMatchObject({ overdue: true, level: 'chainLeader' });
    const timeline = (await cityOnTheTenth.get(`/api/problems/${id}/timeline`)).json();
    const escalated = timeline.find((e: { kind: string }) => e.kind === 'escalated');
    expect(instant(escalated.at)).toBe('2024-07-10T01:30:00.000Z');
    const escalation = (await auditRowsAfter(t.deps.db, beforeEscalation)).find((r) => r.entity_type === 'problem');
    expect(escalation?.after).toEqual({ level: 'chainLeader', reason: 'overdue' });
    expect(instant(escalation?.at)).toBe('2024-07-10T01:30:00.000Z');
  });

  it('a locked account opens again once the clock passes the lockout', async () => {
    clock.set('2024-06-28T10:00:00+08:00');
    const login = (password: string, n: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'zoneBEditor', password },
        remoteAddress: `10.200.0.${n}`,
      });
    for (let i = 1; i <= MAX_FAILED_ATTEMPTS; i++) await login('wrong-password', i);
    const user = await t.deps.db.selectFrom('users').select('locked_until').where('username', '=', 'zoneBEditor').executeTakeFirstOrThrow();
    expect(instant(user.locked_until)).toBe(minutesAfter(clock.nowIso(), LOCK_MINUTES));

    clock.set(minutesAfter(clock.nowIso(), LOCK_MINUTES - 1));
    const stillLocked = await login(PASSWORD, 10);
    expect(stillLocked.statusCode).toBe(423);
    expect(stillLocked.json().code).toBe('ACCOUNT_LOCKED');

    clock.set(minutesAfter(clock.nowIso(), 2));
    const open = await login(PASSWORD, 11);
    expect(open.statusCode, open.body).toBe(200);
    const u = await t.deps.db.selectFrom('users').select('last_login_at').where('username', '=', 'zoneBEditor').executeTakeFirstOrThrow();
    expect(instant(u.last_login_at)).toBe(clock.nowIso());
  });

  it('a session idles out by the clock, and each request it serves is stamped with the clock', async () => {
    clock.set('2024-06-28T15:00:00+08:00');
    const client = await t.login('zoneAEditor');
    const idle = t.config.sessionIdleMinutes;
    const started = clock.nowIso();
    const session = () =>
      t.deps.db
        .selectFrom('sessions')
        .select(['created_at', 'last_seen_at'])
        .where('user_id', '=', w.users.zoneAEditor)
        .executeTakeFirstOrThrow();
    expect(instant((await session()).created_at)).toBe(started);

    clock.set(minutesAfter(started, idle - 1));
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    expect(instant((await session()).last_seen_at)).toBe(clock.nowIso());

    // idle time counts from that last request, so a further idle-minus-one minutes is still fine
    clock.set(minutesAfter(clock.nowIso(), idle - 1));
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);

    clock.set(minutesAfter(clock.nowIso(), idle + 1));
    const expired = await client.get('/api/auth/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('SESSION_EXPIRED');
  });

  it('an evaluation round takes declarations until its closing day on the clock, then refuses them', async () => {
    clock.set('2024-06-28');
    const roundId = await insertRound(t.deps.db, {
      kind: 'member',
      period: '2024H1',
      chainId: w.chains.chainA,
      state: 'open',
      title: '特钢材料链上企业申报（6月底截止）',
      closesOn: '2024-06-30',
    });
    const declaration = {
      enterpriseId: w.enterprises.entA,
      chainId: w.chains.chainA,
      revenue: 1_200_000_000,
      output: 1_000_000_000,
      tax: 50_000_000,
      rdSpending: 40_000_000,
      employees: 800,
      investment: 100_000_000,
      localSupplyShare: 35.5,
      statement: '申报链上企业',
    };

    clock.set('2024-07-01');
    const closed = await (await city()).post(`/api/rounds/${roundId}/declarations`, declaration);
    expect(closed.statusCode).toBe(400);
    expect(closed.json().message).toBe('申报已于 2024-06-30 截止');

    clock.set('2024-06-30T21:00:00+08:00');
    const declared = await (await city()).post(`/api/rounds/${roundId}/declarations`, declaration);
    expect(declared.statusCode, declared.body).toBe(201);
    const row = await t.deps.db
      .selectFrom('declarations')
      .select('declared_at')
      .where('id', '=', declared.json().id)
      .executeTakeFirstOrThrow();
    expect(instant(row.declared_at)).toBe('2024-06-30T13:00:00.000Z');
  });
});
