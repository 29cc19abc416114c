/**
 * Bad input on every write route: wrong types, missing fields, a 10 MB body, malformed JSON, other
 * content types, unknown and non-numeric ids. Each answer is `{code, message}` with a stable code
 * and a Chinese message, never a 5xx, and the database — audit trail included — is left unchanged.
 */
import type { ErrorCode } from '@chainboard/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, expectApiError, inProgress, registeredApiRoutes, snapshot } from './helpers.js';
import { type PersonaName, seedWorld, type World } from './personas.js';
import { type Client, describeOnBothDatabases, type Method, PASSWORD, startTestPlatform, type TestPlatform } from './platform.js';

type Write = {
  route: string;
  /** Who calls it: a persona allowed to, so that what is refused is the input, not the caller. */
  as: PersonaName | 'anonymous';
  /** The path with a real id for `:id`, or with the id given. */
  path: (w: World, id?: string) => string;
  /** A body the route accepts, sent with unknown and malformed ids. Omitted: the route reads no body. */
  valid?: (w: World) => Record<string, unknown>;
  wrongTypes?: Record<string, unknown>;
  /** A body missing required fields, and the fields the answer must name. */
  missing?: [Record<string, unknown>, string[]];
};

const WRITES: Write[] = [
  {
    route: 'POST /api/auth/login',
    as: 'anonymous',
    path: () => '/api/auth/login',
    valid: () => ({ username: 'officeViewer', password: PASSWORD }),
    wrongTypes: { username: 123, password: ['x'] },
    missing: [{ username: 'officeViewer' }, ['password']],
  },
  { route: 'POST /api/auth/logout', as: 'officeViewer', path: () => '/api/auth/logout' },
  {
    route: 'POST /api/auth/password',
    as: 'officeViewer',
    path: () => '/api/auth/password',
    valid: () => ({ currentPassword: PASSWORD, newPassword: 'Another-Pass-2024' }),
    wrongTypes: { currentPassword: 1, newPassword: { value: 'x' } },
    missing: [{ currentPassword: PASSWORD }, ['newPassword']],
  },
  {
    route: 'POST /api/chains',
    as: 'officeEditor',
    path: () => '/api/chains',
    valid: () => ({ code: 'BAD-1', name: '坏输入测试链', batch: 2024, status: 'reserve' }),
    wrongTypes: { code: 1, name: ['链'], batch: 'soon', status: 'gone', hostIds: 'all', leadUnitId: 'x', notes: 5 },
    missing: [{ code: 'BAD-1' }, ['name', 'batch', 'status']],
  },
  {
    route: 'PATCH /api/chains/:id',
    as: 'officeEditor',
    path: (w, id = String(w.chains.chainA)) => `/api/chains/${id}`,
    valid: () => ({ notes: '坏输入' }),
    wrongTypes: { notes: 5, batch: 1999, hostIds: [0], status: null, code: 'has space' },
  },
  {
    route: 'POST /api/organisations',
    as: 'sysAdmin',
    path: () => '/api/organisations',
    valid: () => ({ name: '坏输入测试单位', type: 'memberUnit' }),
    wrongTypes: { name: 5, type: 'planet', parentId: 'x' },
    missing: [{ type: 'city' }, ['name']],
  },
  {
    route: 'PATCH /api/organisations/:id',
    as: 'sysAdmin',
    path: (w, id = String(w.orgs.member)) => `/api/organisations/${id}`,
    valid: () => ({ name: '坏输入测试单位' }),
    wrongTypes: { name: '', retired: 'yes', parentId: -1 },
  },
  {
    route: 'POST /api/users',
    as: 'sysAdmin',
    path: () => '/api/users',
    valid: (w) => ({ username: 'bad.input', displayName: '坏输入', organisationId: w.orgs.cityA, password: 'Initial-Pass-2024' }),
    wrongTypes: { username: '1-starts-with-digit', displayName: 5, organisationId: 'x', password: 12345678 },
    missing: [{ username: 'bad.input' }, ['displayName', 'organisationId', 'password']],
  },
  {
    route: 'PATCH /api/users/:id',
    as: 'sysAdmin',
    path: (w, id = String(w.users.zoneBEditor)) => `/api/users/${id}`,
    valid: () => ({ displayName: '坏输入' }),
    wrongTypes: { displayName: '', disabled: 'no', organisationId: -1 },
  },
  {
    route: 'POST /api/users/:id/password',
    as: 'sysAdmin',
    path: (w, id = String(w.users.zoneBEditor)) => `/api/users/${id}/password`,
    valid: () => ({ password: 'Reset-Pass-2024' }),
    wrongTypes: { password: 12345678 },
    missing: [{}, ['password']],
  },
  { route: 'POST /api/users/:id/unlock', as: 'sysAdmin', path: (w, id = String(w.users.zoneBEditor)) => `/api/users/${id}/unlock` },
  {
    route: 'PUT /api/users/:id/roles',
    as: 'securityAdmin',
    path: (w, id = String(w.users.zoneBEditor)) => `/api/users/${id}/roles`,
    valid: () => ({ roles: ['viewer'] }),
    wrongTypes: { roles: ['editor', 'king'] },
    missing: [{}, ['roles']],
  },
  { route: 'POST /api/audit/verify', as: 'auditAdmin', path: () => '/api/audit/verify' },
];

type Case = {
  name: string;
  as: Write['as'];
  send: (c: Client, w: World) => Promise<LightMyRequestResponse>;
  status: number;
  code: ErrorCode;
  /** Field names the answer must point at. */
  fields?: string[];
};

const TEN_MB = JSON.stringify({ notes: 'x'.repeat(10 * 1024 * 1024) });
const BAD_IDS = ['abc', '1.5', '-1', '0', '9007199254740993', '%20'];

function casesOf(r: Write): Case[] {
  const method = r.route.split(' ')[0] as Method;
  const hasId = r.route.includes('/:id');
  const c = (name: string, rest: Omit<Case, 'name' | 'as'>): Case => ({ name: `${r.route}: ${name}`, as: r.as, ...rest });
  const cases: Case[] = [
    c('a 10 MB body', { send: (cl, w) => cl.raw(method, r.path(w), TEN_MB), status: 413, code: 'PAYLOAD_TOO_LARGE' }),
    c('malformed JSON', { send: (cl, w) => cl.raw(method, r.path(w), '{"name": "链",'), status: 400, code: 'VALIDATION_FAILED' }),
    c('an empty JSON body', { send: (cl, w) => cl.raw(method, r.path(w), ''), status: 400, code: 'VALIDATION_FAILED' }),
    c('a form instead of JSON', {
      send: (cl, w) => cl.raw(method, r.path(w), 'name=x', 'application/x-www-form-urlencoded'),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    }),
  ];
  if (r.valid) {
    cases.push(
      c('a JSON array instead of an object', { send: (cl, w) => cl.raw(method, r.path(w), '[]'), status: 400, code: 'VALIDATION_FAILED' }),
      c('a JSON string instead of an object', {
        send: (cl, w) => cl.raw(method, r.path(w), '"x"'),
        status: 400,
        code: 'VALIDATION_FAILED',
      }),
    );
  }
  const { wrongTypes, missing, valid } = r;
  if (wrongTypes) {
    cases.push(
      c('wrong types', {
        send: (cl, w) => cl.send(method, r.path(w), wrongTypes),
        status: 400,
        code: 'VALIDATION_FAILED',
        fields: Object.keys(wrongTypes),
      }),
    );
  }
  if (missing) {
    cases.push(
      c('missing fields', {
        send: (cl, w) => cl.send(method, r.path(w), missing[0]),
        status: 400,
        code: 'VALIDATION_FAILED',
        fields: missing[1],
      }),
    );
  }
  if (hasId) {
    const body = (w: World) => valid?.(w) ?? {};
    cases.push(c('an unknown id', { send: (cl, w) => cl.send(method, r.path(w, '999999'), body(w)), status: 404, code: 'NOT_FOUND' }));
    cases.push(
      c('an id past 32 bits that does not exist', {
        send: (cl, w) => cl.send(method, r.path(w, '2147483648'), body(w)),
        status: 404,
        code: 'NOT_FOUND',
      }),
    );
    for (const id of BAD_IDS) {
      cases.push(
        c(`the id "${id}"`, {
          send: (cl, w) => cl.send(method, r.path(w, id), body(w)),
          status: 400,
          code: 'VALIDATION_FAILED',
          fields: ['id'],
        }),
      );
    }
  }
  return cases;
}

const CASES = WRITES.flatMap(casesOf);

describeOnBothDatabases('bad input', (kind) => {
  let t: TestPlatform;
  let w: World;
  const clients = new Map<Write['as'], Client>();

  beforeAll(async () => {
    t = await startTestPlatform(kind);
    w = await seedWorld(t.deps);
    for (const as of new Set(WRITES.map((r) => r.as))) clients.set(as, as === 'anonymous' ? t.anonymous() : await t.login(as));
  });
  afterAll(() => t.close());

  it.each(CASES)('$name', async (c) => {
    const before = await snapshot(t.deps.db);
    const res = await c.send(clients.get(c.as) as Client, w);
    const body = expectApiError(res, c.status, c.code);
    const named = Object.keys(body.fields ?? {}).map((path) => path.split('.')[0]);
    for (const field of c.fields ?? []) expect(named, res.body).toContain(field);
    expect(await snapshot(t.deps.db)).toEqual(before);
  });

  it('the table holds every write route the app serves, and nothing else', () => {
    const writes = registeredApiRoutes(t.app).filter((r) => !r.startsWith('GET ') && !inProgress(r));
    expect(WRITES.map((r) => r.route).sort()).toEqual(writes.sort());
  });

  describe('unknown fields cannot set what the route does not offer', () => {
    it('a new account gets no roles, keeps its first-login password change and is enabled', async () => {
      const sys = clients.get('sysAdmin') as Client;
      const res = await sys.post('/api/users', {
        username: 'smuggler',
        displayName: '夹带字段',
        organisationId: w.orgs.cityA,
        password: 'Initial-Pass-2024',
        roles: ['sysAdmin', 'securityAdmin'],
        mustChangePassword: false,
        disabled: true,
        id: 1,
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ roles: [], mustChangePassword: true, disabled: false });
      expect(res.json().id).not.toBe(1);
      const roles = await t.deps.db.selectFrom('user_roles').select('role').where('user_id', '=', res.json().id).execute();
      expect(roles).toEqual([]);
    });

    it('a user patch cannot change the user name, roles or password state', async () => {
      const target = await addUser(t.deps, { username: 'patch.target', organisationId: w.orgs.cityA, roles: ['viewer'] });
      const before = await t.deps.db.selectFrom('users').selectAll().where('id', '=', target).executeTakeFirstOrThrow();
      const res = await (clients.get('sysAdmin') as Client).patch(`/api/users/${target}`, {
        displayName: '新名字',
        username: 'renamed',
        roles: ['sysAdmin'],
        mustChangePassword: true,
        passwordHash: 'x',
        password_hash: 'x',
        failedAttempts: 99,
        lockedUntil: '2999-01-01T00:00:00.000Z',
      });
      expect(res.statusCode, res.body).toBe(200);
      const after = await t.deps.db.selectFrom('users').selectAll().where('id', '=', target).executeTakeFirstOrThrow();
      expect(after).toEqual({ ...before, display_name: '新名字', updated_at: after.updated_at });
      expect(await t.deps.db.selectFrom('user_roles').select('role').where('user_id', '=', target).execute()).toEqual([{ role: 'viewer' }]);
    });

    it('an organisation patch cannot change its type', async () => {
      const res = await (clients.get('sysAdmin') as Client).patch(`/api/organisations/${w.orgs.member}`, {
        type: 'office',
        name: '省商务厅',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().type).toBe('memberUnit');
    });

    it('a chain patch ignores read-only fields such as id, hosts and lead unit name', async () => {
      const lead = await t.login('leadAEditor');
      const before = (await lead.get(`/api/chains/${w.chains.chainA}`)).json();
      const res = await lead.patch(`/api/chains/${w.chains.chainA}`, {
        notes: '只改备注',
        id: w.chains.chainB,
        leadUnitName: '省能源局',
        hosts: [{ id: w.orgs.cityB, name: '大同市', type: 'city' }],
        createdAt: '2000-01-01T00:00:00.000Z',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ ...before, notes: '只改备注', updatedAt: res.json().updatedAt });
      expect((await lead.get(`/api/chains/${w.chains.chainB}`)).statusCode).toBe(404);
    });
  });
});
