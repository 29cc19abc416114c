/**
 * The permission matrix: every route against every persona and an anonymous caller. A persona in
 * `allow` must get a 2xx; everybody else must be turned away (401 for the anonymous caller, 403 or
 * 404 for a signed-in one) with an error body that carries none of the record's data.
 * Adding a route or a persona is one line; the last test fails when the app serves a route that
 * is not in ROUTES.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addUser, inProgress, registeredApiRoutes, unique } from './helpers.js';
import { PERSONA_NAMES, PERSONAS, type PersonaName, seedWorld, type World } from './personas.js';
import { type Client, describeOnBothDatabases, type Method, PASSWORD, startTestPlatform, type TestPlatform } from './platform.js';

type Caller = PersonaName | 'anonymous';
type MatrixWorld = World & {
  /** An ordinary account the user-administration routes act on, so no persona loses its session. */
  targetUser: number;
  /** The account the login route signs in. */
  loginUser: string;
  /** An organisation the organisation routes change. */
  targetOrg: number;
};
type Request = { method: Method; url: string; payload?: unknown };
type Route = {
  /** 'METHOD /pattern (case)': the part before ' (' must be the route as the app registers it. */
  name: string;
  request: (w: MatrixWorld, me: Caller) => Request;
  allow: readonly Caller[];
  /** The call ends or changes the caller's own session: make it as a fresh copy of the persona. */
  fresh?: true;
  /** Needs no login: a refused anonymous caller gets 404 like everybody else, not 401. */
  public?: true;
};

const CALLERS: Caller[] = [...PERSONA_NAMES, 'anonymous'];
const SIGNED_IN: Caller[] = PERSONA_NAMES;
/** Office business users, member units, the general chain leader and the system administrator read every chain. */
const READS_ALL_CHAINS: Caller[] = ['officeEditor', 'officeViewer', 'memberViewer', 'generalLeader', 'sysAdmin'];

const get = (url: string): Request => ({ method: 'GET', url });
const post = (url: string, payload: unknown = {}): Request => ({ method: 'POST', url, payload });
const patch = (url: string, payload: unknown): Request => ({ method: 'PATCH', url, payload });
const put = (url: string, payload: unknown): Request => ({ method: 'PUT', url, payload });

// biome-ignore format: one line per route keeps the matrix readable
const ROUTES: Route[] = [
  { name: 'GET /api/health', request: () => get('/api/health'), allow: CALLERS },

  { name: 'POST /api/auth/login', request: (w) => post('/api/auth/login', { username: w.loginUser, password: PASSWORD }), allow: CALLERS },
  { name: 'GET /api/auth/me', request: () => get('/api/auth/me'), allow: SIGNED_IN },
  { name: 'POST /api/auth/password', request: () => post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'Matrix-Changed-2024' }), allow: SIGNED_IN, fresh: true },
  { name: 'POST /api/auth/logout', request: () => post('/api/auth/logout'), allow: SIGNED_IN, fresh: true },

  { name: 'GET /api/chains', request: () => get('/api/chains'), allow: [...READS_ALL_CHAINS, 'leadAEditor', 'leadAViewer', 'leadBEditor', 'cityAEditor', 'cityBEditor', 'zoneAEditor', 'zoneBEditor', 'chainLeaderA'] },
  { name: 'GET /api/chains/:id (chainA)', request: (w) => get(`/api/chains/${w.chains.chainA}`), allow: [...READS_ALL_CHAINS, 'leadAEditor', 'leadAViewer', 'cityAEditor', 'zoneAEditor', 'chainLeaderA'] },
  { name: 'GET /api/chains/:id (chainB)', request: (w) => get(`/api/chains/${w.chains.chainB}`), allow: [...READS_ALL_CHAINS, 'leadBEditor', 'cityBEditor'] },
  { name: 'GET /api/chains/:id/history (chainA)', request: (w) => get(`/api/chains/${w.chains.chainA}/history`), allow: [...READS_ALL_CHAINS, 'leadAEditor', 'leadAViewer', 'cityAEditor', 'zoneAEditor', 'chainLeaderA'] },
  { name: 'GET /api/chains/:id/history (chainB)', request: (w) => get(`/api/chains/${w.chains.chainB}/history`), allow: [...READS_ALL_CHAINS, 'leadBEditor', 'cityBEditor'] },
  { name: 'POST /api/chains', request: () => post('/api/chains', { code: unique('MX-'), name: unique('矩阵新链'), batch: 2024, status: 'reserve' }), allow: ['officeEditor'] },
  { name: 'PATCH /api/chains/:id (chainA, details)', request: (w) => patch(`/api/chains/${w.chains.chainA}`, { notes: '矩阵备注', leaderPost: '副省长', hostIds: [w.orgs.zoneA] }), allow: ['officeEditor', 'leadAEditor'] },
  { name: 'PATCH /api/chains/:id (chainB, details)', request: (w) => patch(`/api/chains/${w.chains.chainB}`, { notes: '矩阵备注', leaderName: '某某' }), allow: ['officeEditor', 'leadBEditor'] },
  { name: 'PATCH /api/chains/:id (chainA, office-only name)', request: (w) => patch(`/api/chains/${w.chains.chainA}`, { name: unique('特钢材料-') }), allow: ['officeEditor'] },
  { name: 'PATCH /api/chains/:id (chainB, office-only code)', request: (w) => patch(`/api/chains/${w.chains.chainB}`, { code: unique('B-') }), allow: ['officeEditor'] },

  { name: 'GET /api/organisations', request: () => get('/api/organisations'), allow: SIGNED_IN },
  { name: 'GET /api/organisations/:id', request: (w) => get(`/api/organisations/${w.orgs.cityA}`), allow: SIGNED_IN },
  { name: 'POST /api/organisations', request: () => post('/api/organisations', { name: unique('矩阵测试单位'), type: 'memberUnit' }), allow: ['sysAdmin'] },
  { name: 'PATCH /api/organisations/:id', request: (w) => patch(`/api/organisations/${w.targetOrg}`, { name: '矩阵目标单位', retired: false }), allow: ['sysAdmin'] },

  { name: 'GET /api/users', request: () => get('/api/users'), allow: ['sysAdmin', 'securityAdmin'] },
  { name: 'POST /api/users', request: (w) => post('/api/users', { username: unique('matrix.new'), displayName: '矩阵用户', organisationId: w.orgs.cityA, password: 'Initial-Pass-2024' }), allow: ['sysAdmin'] },
  { name: 'PATCH /api/users/:id', request: (w) => patch(`/api/users/${w.targetUser}`, { displayName: '矩阵目标' }), allow: ['sysAdmin'] },
  { name: 'POST /api/users/:id/password', request: (w) => post(`/api/users/${w.targetUser}/password`, { password: 'Reset-Pass-2024' }), allow: ['sysAdmin'] },
  { name: 'POST /api/users/:id/unlock', request: (w) => post(`/api/users/${w.targetUser}/unlock`), allow: ['sysAdmin'] },
  { name: 'PUT /api/users/:id/roles (another user)', request: (w) => put(`/api/users/${w.targetUser}/roles`, { roles: ['viewer'] }), allow: ['securityAdmin'] },
  { name: 'PUT /api/users/:id/roles (appoint a security admin while one exists)', request: (w) => put(`/api/users/${w.targetUser}/roles`, { roles: ['securityAdmin'] }), allow: ['securityAdmin'] },
  { name: 'PUT /api/users/:id/roles (own roles)', request: (w, me) => put(`/api/users/${me === 'anonymous' ? w.targetUser : w.users[me]}/roles`, { roles: me === 'anonymous' ? [] : [...PERSONAS[me].roles, 'sysAdmin'] }), allow: [] },

  { name: 'GET /api/demo/logins (not a demo platform)', request: () => get('/api/demo/logins'), allow: [], public: true },

  { name: 'GET /api/audit', request: () => get('/api/audit'), allow: ['auditAdmin'] },
  { name: 'POST /api/audit/verify', request: () => post('/api/audit/verify'), allow: ['auditAdmin'] },
];

const routeOf = (r: Route) => r.name.split(' (')[0];

describeOnBothDatabases('permission matrix', (kind) => {
  let t: TestPlatform;
  let w: MatrixWorld;
  const clients = {} as Record<Caller, Client>;

  beforeAll(async () => {
    t = await startTestPlatform(kind);
    const world = await seedWorld(t.deps);
    const targetOrg = Number(
      (
        await t.deps.db
          .insertInto('organisations')
          .values({
            name: '矩阵目标单位',
            type: 'memberUnit',
            parent_id: null,
            retired: false,
            created_at: '2024-01-01',
            updated_at: '2024-01-01',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
    const targetUser = await addUser(t.deps, { username: 'matrixTarget', organisationId: world.orgs.cityA, roles: ['viewer'] });
    await addUser(t.deps, { username: 'matrixLogin', organisationId: world.orgs.cityA, roles: ['viewer'] });
    w = { ...world, targetUser, loginUser: 'matrixLogin', targetOrg };
    await Promise.all(PERSONA_NAMES.map(async (name) => (clients[name] = await t.login(name))));
    clients.anonymous = t.anonymous();
  });
  afterAll(() => t.close());

  /** A new account with the persona's organisation and roles, signed in: for calls that end the session. */
  async function freshClient(caller: Caller): Promise<Client> {
    if (caller === 'anonymous') return t.anonymous();
    const persona = PERSONAS[caller];
    const username = unique(`${caller}.copy`);
    await addUser(t.deps, { username, organisationId: w.orgs[persona.org], roles: [...persona.roles] });
    return t.login(username);
  }

  /** What a refused caller must never see: the chains' codes and names, the target accounts. */
  async function secrets(): Promise<string[]> {
    const chains = await t.deps.db
      .selectFrom('chains')
      .select(['code', 'name'])
      .where('id', 'in', [w.chains.chainA, w.chains.chainB])
      .execute();
    return [...chains.flatMap((c) => [c.code, c.name]), 'matrixTarget', 'matrixLogin', 'passwordHash', 'password_hash', 'prev_mac'];
  }

  it.each(ROUTES)('$name', async (route) => {
    const hidden = await secrets();
    const problems: string[] = [];
    for (const caller of CALLERS) {
      const client = route.fresh ? await freshClient(caller) : clients[caller];
      const req = route.request(w, caller);
      const res = await client.send(req.method, req.url, req.payload);
      const said = `${caller}: ${req.method} ${req.url} → ${res.statusCode} ${res.body.slice(0, 160)}`;
      if (route.allow.includes(caller)) {
        if (res.statusCode < 200 || res.statusCode > 299) problems.push(`${said} (expected 2xx)`);
        continue;
      }
      const unauthenticated = caller === 'anonymous' && !route.public;
      const expected = unauthenticated ? [401] : [403, 404];
      if (!expected.includes(res.statusCode)) {
        problems.push(`${said} (expected ${expected.join(' or ')})`);
        continue;
      }
      const body = res.json() as Record<string, unknown>;
      const extra = Object.keys(body).filter((k) => k !== 'code' && k !== 'message');
      if (extra.length) problems.push(`${said} (error body has ${extra.join(', ')})`);
      if (unauthenticated && body.code !== 'UNAUTHENTICATED') problems.push(`${said} (expected UNAUTHENTICATED)`);
      if (!unauthenticated && body.code !== 'FORBIDDEN' && body.code !== 'NOT_FOUND')
        problems.push(`${said} (expected FORBIDDEN or NOT_FOUND)`);
      const leaked = hidden.filter((s) => res.body.includes(s));
      if (leaked.length) problems.push(`${said} (leaks ${leaked.join(', ')})`);
    }
    expect(problems).toEqual([]);
  });

  it("a persona's chain list holds exactly the chains it may open", async () => {
    const canOpen = (which: 'chainA' | 'chainB', caller: Caller) =>
      (ROUTES.find((r) => r.name === `GET /api/chains/:id (${which})`) as Route).allow.includes(caller);
    const problems: string[] = [];
    for (const caller of PERSONA_NAMES) {
      const res = await clients[caller].get('/api/chains?pageSize=100');
      if (res.statusCode !== 200) {
        if (canOpen('chainA', caller) || canOpen('chainB', caller)) problems.push(`${caller}: list refused but may open a chain`);
        continue;
      }
      const ids: number[] = res.json().items.map((c: { id: number }) => c.id);
      for (const which of ['chainA', 'chainB'] as const) {
        if (ids.includes(w.chains[which]) !== canOpen(which, caller))
          problems.push(`${caller}: ${which} listed=${ids.includes(w.chains[which])}`);
      }
      const everything = await t.deps.db.selectFrom('chains').select('id').execute();
      if (READS_ALL_CHAINS.includes(caller) && ids.length !== everything.length)
        problems.push(`${caller}: sees ${ids.length} of ${everything.length}`);
      if (!READS_ALL_CHAINS.includes(caller) && ids.length > 2)
        problems.push(`${caller}: sees ${ids.length} chains, expected at most chainA and chainB`);
    }
    expect(problems).toEqual([]);
  });

  it('covers every route the app registers under /api', () => {
    const registered = registeredApiRoutes(t.app);
    expect(registered).toContain('GET /api/health'); // the route list was read at all
    const inMatrix = new Set(ROUTES.map(routeOf));
    const missing = registered.filter((r) => !inMatrix.has(r) && !inProgress(r));
    expect(missing, 'routes the app serves that have no line in ROUTES').toEqual([]);
    const unknown = [...inMatrix].filter((r) => !registered.includes(r));
    expect(unknown, 'lines in ROUTES for routes the app does not serve').toEqual([]);
  });
});
