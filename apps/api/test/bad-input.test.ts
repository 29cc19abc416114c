/**
 * Bad input on every write route: wrong types, missing fields, broken rules, a 10 MB body, malformed
 * JSON, other content types, unknown and non-numeric ids, and for uploads files of the wrong kind,
 * too large or empty. Each answer is `{code, message}` with a stable code and a Chinese message,
 * never a 5xx, and the database — audit trail included — is left unchanged.
 */
import type { ErrorCode } from '@chainboard/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWorkbook, XLSX_TYPE } from '../src/excel/write-sheet.js';
import { today } from '../src/lib/dates.js';
import { periodOf } from '../src/lib/report-periods.js';
import { LEAD_COLUMNS } from '../src/modules/attraction/leads-excel.js';
import { CANDIDATE_COLUMNS } from '../src/modules/chainmap/candidates-excel.js';
import { SEGMENT_COLUMNS } from '../src/modules/chainmap/segments-excel.js';
import { ENTERPRISE_COLUMNS } from '../src/modules/enterprises/enterprise-excel.js';
import { fundsRepository } from '../src/modules/funds/funds.repository.js';
import { policiesRepository } from '../src/modules/policies/policies.repository.js';
import { PROJECT_COLUMNS } from '../src/modules/projects/projects-excel.js';
import { thinktankRepository } from '../src/modules/thinktank/thinktank.repository.js';
import PLAN_2025 from './fixtures/plan-2025.json' with { type: 'json' };
import { addUser, expectApiError, registeredApiRoutes, type Snapshot, snapshot } from './helpers.js';
import { creditCode, type PersonaName, SEEDED_ENTERPRISES, seedWorld, type World } from './personas.js';
import { type Client, describeOnBothDatabases, type Method, PASSWORD, startTestPlatform, type TestPlatform } from './platform.js';

type Body = Record<string, unknown>;
type Write = {
  route: string;
  /** Who calls it: a persona allowed to, so that what is refused is the input, not the caller. */
  as: PersonaName | 'anonymous';
  /** The path with real ids for `:id` (and the second id, if any), or with the ids given. */
  path: (w: World, id?: string, sub?: string) => string;
  /** The name of the route's second path id, e.g. `honourId`. */
  sub?: string;
  /** A body the route accepts, sent with unknown and malformed ids. Omitted: the route reads no body. */
  valid?: (w: World) => Body;
  wrongTypes?: Body;
  /** A body missing required fields, and the fields the answer must name. */
  missing?: [Body, string[]];
  /** Well-formed bodies that break a rule of the record: refused before anything is written. */
  rules?: { name: string; body: (w: World) => Body; status?: number; code?: ErrorCode; fields: string[]; message?: string }[];
  /** The route takes a file as the request body, not JSON. */
  file?: { kind: 'xlsx' | 'document'; valid: () => Promise<Buffer> };
};

let workbook: Promise<Buffer> | null = null;
/** A real one-row register workbook, as a clerk would upload it. */
const aWorkbook = () =>
  (workbook ??= writeWorkbook([
    { name: '企业名录', columns: ENTERPRISE_COLUMNS, rows: [[creditCode(970_000_001), '坏输入导入企业', '太原市']] },
  ]));
let projectWorkbook: Promise<Buffer> | null = null;
/** A real one-row key-project workbook. */
const aProjectWorkbook = () =>
  (projectWorkbook ??= writeWorkbook([
    {
      name: '重点项目清单',
      columns: PROJECT_COLUMNS,
      rows: [[1, '坏输入导入项目', '坏输入建设单位', null, 20000, 5000, null, '谋划类', null, '特钢材料', 2024, '太原市', null, null]],
    },
  ]));
const aPdf = async () => Buffer.from('%PDF-1.4 坏输入测试');
/** A chainA expert report and a pairing of the seeded expert with entA, added before the cases run. */
const thinkExtra = { report: 0, pairing: 0 };
/** Records the seeded world does not hold, added before the cases run. */
/** A chainA key technology, consortium (led by entA) and platform, added before the cases run. */
const techExtra = { technology: 0, consortium: 0, platform: 0 };
/** The 2024 plan's requirement of each lead unit's action plan, and lead unit A's chainA one given. */
const planningExtra = { requirement: 0, document: 0 };
const extra = { reviewedReserve: 0, problem: 0, meeting: 0, doneDecision: 0, confirmedMilestone: 0, openMilestone: 0, event: 0 };
/** A chainA segment, a chainB one, and a chainA candidate not yet a lead, added before the cases run. */
const chainMapExtra = { segment: 0, segmentB: 0, candidate: 0 };
/** A fund kept by the office with an investment of entA on chainA, and a chainA policy, added before the cases run. */
const fundExtra = { fund: 0, investment: 0, policy: 0 };
const problemBody = (w: World) => ({
  title: '坏输入问题',
  description: '坏输入问题描述',
  category: 'land',
  chainId: w.chains.chainA,
  responsibleOrgId: w.orgs.leadA,
  deadline: '2099-12-31',
});
const meetingBody = (w: World) => ({ chainId: w.chains.chainA, heldOn: '2024-07-01', title: '坏输入协调会', attendees: '坏输入参会人员' });
const YI = 100_000_000;
const projectBody = (w: World) => ({
  name: '坏输入项目',
  year: 2024,
  chainId: w.chains.chainA,
  cityId: w.orgs.cityA,
  builder: '坏输入建设单位',
  totalInvestment: 2 * YI,
  class: 'planning',
});
const leadBody = (w: World) => ({
  targetName: '坏输入目标企业',
  chainId: w.chains.chainA,
  source: 'event',
  cityId: w.orgs.cityA,
  responsiblePerson: '坏输入',
  expectedInvestment: YI,
});
const visitBody = (w: World) => ({ cityId: w.orgs.cityA, visitedOn: '2024-04-10', people: '坏输入走访人员' });
const DOCUMENT_QUERY = `kind=taskBook&title=${encodeURIComponent('坏输入任务书')}&fileName=${encodeURIComponent('任务书.pdf')}`;
const FIGURES = { revenue: 1, output: 1, tax: 1, rdSpending: 1, employees: 1, investment: 1 };
const FIGURE_FIELDS = Object.keys(FIGURES);

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

  {
    route: 'POST /api/enterprises',
    as: 'officeEditor',
    path: () => '/api/enterprises',
    valid: (w) => ({ creditCode: creditCode(970_000_002), name: '坏输入企业', cityId: w.orgs.cityA }),
    wrongTypes: {
      creditCode: 'ABC',
      name: ['企业'],
      cityId: 'x',
      zoneId: -1,
      contactPhone: 'call me',
      chains: 'all',
      mainProducts: 5,
      placedOn: '2024/07/01',
    },
    missing: [{ name: '坏输入企业' }, ['creditCode', 'cityId']],
    rules: [
      {
        name: 'chain places from a day after today',
        body: (w) => ({
          creditCode: creditCode(970_000_005),
          name: '坏输入企业',
          cityId: w.orgs.cityA,
          chains: [{ chainId: w.chains.chainA }],
          placedOn: '2999-01-01',
        }),
        fields: ['placedOn'],
      },
      {
        name: 'a zone outside the city',
        body: (w) => ({ creditCode: creditCode(970_000_003), name: '坏输入企业', cityId: w.orgs.cityB, zoneId: w.orgs.zoneA }),
        fields: ['zoneId'],
      },
      {
        name: 'a credit code already registered',
        body: (w) => ({ creditCode: SEEDED_ENTERPRISES.entB.creditCode, name: '重复登记', cityId: w.orgs.cityB }),
        status: 409,
        code: 'CONFLICT',
        fields: ['creditCode'],
        // the registered enterprise is not named
        message: `统一社会信用代码 ${SEEDED_ENTERPRISES.entB.creditCode} 已登记，同一企业不能重复登记`,
      },
      {
        name: 'the same chain twice',
        body: (w) => ({
          creditCode: creditCode(970_000_004),
          name: '坏输入企业',
          cityId: w.orgs.cityA,
          chains: [{ chainId: w.chains.chainA }, { chainId: w.chains.chainA, stage: 'upstream' }],
        }),
        fields: ['chains'],
      },
    ],
  },
  {
    route: 'PATCH /api/enterprises/:id',
    as: 'officeEditor',
    path: (w, id = String(w.enterprises.entA)) => `/api/enterprises/${id}`,
    valid: () => ({ contactPerson: '坏输入' }),
    wrongTypes: { creditCode: 'ABC', name: '', cityId: 'x', zoneId: 'x', contactPhone: 'call me', chains: [{ chainId: 'x' }], address: 5 },
    rules: [
      { name: 'a zone outside its city', body: (w) => ({ zoneId: w.orgs.zoneB }), fields: ['zoneId'] },
      { name: 'a chain that does not exist', body: () => ({ chains: [{ chainId: 999999 }] }), fields: ['chains'] },
      {
        name: 'leaving a chain on a day after today',
        body: () => ({ chains: [], placedOn: '2999-01-01' }),
        fields: ['placedOn'],
      },
    ],
  },
  {
    route: 'POST /api/enterprises/:id/confirm',
    as: 'officeEditor',
    path: (w, id = String(w.enterprises.entA)) => `/api/enterprises/${id}/confirm`,
  },
  {
    route: 'POST /api/enterprises/:id/tiers',
    as: 'officeEditor',
    path: (w, id = String(w.enterprises.entA)) => `/api/enterprises/${id}/tiers`,
    valid: (w) => ({ chainId: w.chains.chainA, tier: 'master', validFrom: '2024-01-01' }),
    wrongTypes: { chainId: 'x', tier: 'king', validFrom: 'yesterday', note: 5 },
    missing: [{ tier: 'core' }, ['chainId', 'validFrom']],
    rules: [
      {
        name: 'a chain the enterprise is not on',
        body: (w) => ({ chainId: w.chains.chainB, tier: 'core', validFrom: '2024-07-01' }),
        fields: ['chainId'],
      },
    ],
  },
  {
    route: 'POST /api/enterprises/:id/honours',
    as: 'officeEditor',
    path: (w, id = String(w.enterprises.entA)) => `/api/enterprises/${id}/honours`,
    valid: () => ({ kind: 'srdi', level: 'national', year: 2024 }),
    wrongTypes: { kind: 'gold', level: 'galactic', year: 1800, note: 5 },
    missing: [{ kind: 'srdi' }, ['level', 'year']],
  },
  {
    route: 'POST /api/enterprises/:id/honours/:honourId/revoke',
    as: 'officeEditor',
    sub: 'honourId',
    path: (w, id = String(w.enterprises.entA), sub = String(w.honour)) => `/api/enterprises/${id}/honours/${sub}/revoke`,
    valid: () => ({ revokedOn: '2024-06-30' }),
    wrongTypes: { revokedOn: '30/06/2024', note: 5 },
    missing: [{ note: '撤销' }, ['revokedOn']],
  },
  {
    route: 'PUT /api/enterprises/:id/figures',
    as: 'officeEditor',
    path: (w, id = String(w.enterprises.entA)) => `/api/enterprises/${id}/figures`,
    valid: () => ({ period: '2024Q3', ...FIGURES }),
    wrongTypes: { period: '2024Q5', revenue: -1, output: 'lots', tax: 1.5, employees: 'many', investment: 1e17 },
    missing: [{ period: '2024Q3' }, FIGURE_FIELDS],
  },
  {
    route: 'POST /api/enterprises/import',
    as: 'officeEditor',
    path: () => '/api/enterprises/import',
    file: { kind: 'xlsx', valid: aWorkbook },
  },
  {
    route: 'POST /api/enterprise-figures/import',
    as: 'officeEditor',
    path: () => '/api/enterprise-figures/import',
    file: { kind: 'xlsx', valid: aWorkbook },
  },
  {
    route: 'POST /api/enterprise-tiers/import',
    as: 'officeEditor',
    path: () => '/api/enterprise-tiers/import',
    file: { kind: 'xlsx', valid: aWorkbook },
  },
  {
    route: 'POST /api/import-report',
    as: 'officeEditor',
    path: () => '/api/import-report',
    valid: () => ({ problems: [] }),
    wrongTypes: { problems: [{ row: 'x', column: 1, message: null }] },
    missing: [{}, ['problems']],
  },

  {
    route: 'POST /api/rounds',
    as: 'officeEditor',
    path: () => '/api/rounds',
    valid: (w) => ({
      kind: 'core',
      period: '2031H1',
      chainId: w.chains.chainA,
      title: '坏输入批次',
      opensOn: '2031-01-01',
      closesOn: '2031-03-31',
      effectiveOn: '2031-07-01',
    }),
    wrongTypes: {
      kind: 'gold',
      period: 'soon',
      chainId: 'x',
      title: '',
      opensOn: '2031/01/01',
      closesOn: 5,
      effectiveOn: null,
      criteria: 5,
    },
    missing: [{ kind: 'core' }, ['period', 'title', 'opensOn', 'closesOn', 'effectiveOn']],
    rules: [
      {
        name: 'a period that does not fit the kind',
        body: () => ({
          kind: 'master',
          period: '2031H1',
          title: '坏输入',
          opensOn: '2031-01-01',
          closesOn: '2031-03-31',
          effectiveOn: '2031-07-01',
        }),
        fields: ['period'],
      },
      {
        name: 'closing before it opens',
        body: () => ({
          kind: 'core',
          period: '2031H1',
          title: '坏输入',
          opensOn: '2031-03-01',
          closesOn: '2031-01-31',
          effectiveOn: '2031-07-01',
        }),
        fields: ['closesOn'],
      },
      {
        name: 'a chain that does not exist',
        body: () => ({
          kind: 'core',
          period: '2031H1',
          chainId: 999999,
          title: '坏输入',
          opensOn: '2031-01-01',
          closesOn: '2031-03-31',
          effectiveOn: '2031-07-01',
        }),
        fields: ['chainId'],
      },
    ],
  },
  {
    route: 'POST /api/rounds/:id/advance',
    as: 'officeEditor',
    path: (w, id = String(w.rounds.openA)) => `/api/rounds/${id}/advance`,
    valid: () => ({ to: 'review' }),
    wrongTypes: { to: 'closed' },
    missing: [{}, ['to']],
    rules: [{ name: 'skipping a state', body: () => ({ to: 'published' }), fields: [] }],
  },
  {
    route: 'POST /api/rounds/:id/declarations',
    as: 'officeEditor',
    path: (w, id = String(w.rounds.openA)) => `/api/rounds/${id}/declarations`,
    valid: (w) => ({ enterpriseId: w.enterprises.entB, chainId: w.chains.chainA, ...FIGURES }),
    wrongTypes: { enterpriseId: 'x', chainId: 0, revenue: -5, employees: 1.5, localSupplyShare: 101, statement: 5 },
    missing: [{ statement: '申报' }, ['enterpriseId', 'chainId', ...FIGURE_FIELDS]],
    rules: [
      {
        name: 'another chain than the round’s',
        body: (w) => ({ enterpriseId: w.enterprises.entB, chainId: w.chains.chainB, ...FIGURES }),
        fields: ['chainId'],
      },
      {
        name: 'an enterprise not on the chain',
        body: (w) => ({ enterpriseId: w.enterprises.entB, chainId: w.chains.chainA, ...FIGURES }),
        fields: ['chainId'],
      },
      {
        name: 'declaring twice',
        body: (w) => ({ enterpriseId: w.enterprises.entA, chainId: w.chains.chainA, ...FIGURES }),
        status: 409,
        code: 'CONFLICT',
        fields: [],
      },
    ],
  },
  {
    route: 'POST /api/declarations/:id/review',
    as: 'officeEditor',
    path: (w, id = String(w.declarations.reviewB)) => `/api/declarations/${id}/review`,
    valid: () => ({ score: 80 }),
    wrongTypes: { score: 101, comment: 5 },
    missing: [{ comment: '意见' }, ['score']],
  },
  {
    route: 'POST /api/declarations/:id/decision',
    as: 'officeEditor',
    path: (w, id = String(w.declarations.reviewB)) => `/api/declarations/${id}/decision`,
    valid: () => ({ decision: 'approved' }),
    wrongTypes: { decision: 'maybe', note: 5 },
    missing: [{ note: '意见' }, ['decision']],
  },

  {
    route: 'POST /api/alliances',
    as: 'officeEditor',
    path: () => '/api/alliances',
    valid: (w) => ({
      chainId: w.chains.chainA,
      name: '坏输入联合体',
      leaderEnterpriseId: w.enterprises.entA,
      fields: ['technology'],
      foundedOn: '2024-05-01',
    }),
    wrongTypes: { chainId: 'x', name: '', leaderEnterpriseId: -1, fields: [], pilot: 'yes', foundedOn: 'May', notes: 5 },
    missing: [{ name: '坏输入联合体' }, ['chainId', 'leaderEnterpriseId', 'fields', 'foundedOn']],
    rules: [
      {
        name: 'a leader that is not the chain’s 链主',
        body: (w) => ({
          chainId: w.chains.chainB,
          name: '坏输入联合体',
          leaderEnterpriseId: w.enterprises.entB,
          fields: ['finance'],
          foundedOn: '2024-05-01',
        }),
        fields: ['leaderEnterpriseId'],
      },
    ],
  },
  {
    route: 'PATCH /api/alliances/:id',
    as: 'officeEditor',
    path: (w, id = String(w.alliance)) => `/api/alliances/${id}`,
    valid: () => ({ notes: '坏输入' }),
    wrongTypes: { name: '', fields: ['dancing'], pilot: 'no', notes: 5 },
  },
  {
    route: 'POST /api/alliances/:id/members',
    as: 'officeEditor',
    path: (w, id = String(w.alliance)) => `/api/alliances/${id}/members`,
    valid: (w) => ({ enterpriseId: w.enterprises.entB, joinedOn: '2024-06-01' }),
    wrongTypes: { enterpriseId: 'x', joinedOn: '2024/06/01' },
    missing: [{}, ['enterpriseId', 'joinedOn']],
    rules: [
      {
        name: 'an enterprise not on the chain',
        body: (w) => ({ enterpriseId: w.enterprises.entB, joinedOn: '2024-06-01' }),
        fields: ['enterpriseId'],
      },
      {
        name: 'the leader itself',
        body: (w) => ({ enterpriseId: w.enterprises.entA, joinedOn: '2024-06-01' }),
        status: 409,
        code: 'CONFLICT',
        fields: [],
      },
    ],
  },
  {
    route: 'DELETE /api/alliances/:id/members/:enterpriseId',
    as: 'officeEditor',
    sub: 'enterpriseId',
    // entB is no member: every case that reaches the service finds nothing to remove
    path: (w, id = String(w.alliance), sub = String(w.enterprises.entB)) => `/api/alliances/${id}/members/${sub}`,
  },
  {
    route: 'POST /api/alliances/:id/activities',
    as: 'officeEditor',
    path: (w, id = String(w.alliance)) => `/api/alliances/${id}/activities`,
    valid: () => ({ date: '2024-06-12', field: 'technology', title: '坏输入活动' }),
    wrongTypes: { date: 'x', field: 'x', title: '', result: 5 },
    missing: [{ result: '成效' }, ['date', 'field', 'title']],
  },
  {
    route: 'POST /api/alliances/:id/documents',
    as: 'officeEditor',
    path: (w, id = String(w.alliance)) => `/api/alliances/${id}/documents?${DOCUMENT_QUERY}`,
    file: { kind: 'document', valid: aPdf },
  },
  {
    route: 'POST /api/problems/:id/documents',
    as: 'leadAEditor',
    path: (_w, id = String(extra.problem)) => `/api/problems/${id}/documents?title=${encodeURIComponent('坏输入附件')}&fileName=a.pdf`,
    file: { kind: 'document', valid: aPdf },
  },
  {
    route: 'POST /api/documents/:id/items',
    as: 'officeEditor',
    path: (w, id = String(w.document)) => `/api/documents/${id}/items`,
    valid: () => ({ content: '坏输入事项' }),
    wrongTypes: { content: '', responsible: 5, dueOn: 'x', status: 'finished' },
    missing: [{ responsible: '责任人' }, ['content']],
  },
  {
    route: 'PATCH /api/document-items/:id',
    as: 'officeEditor',
    path: (w, id = String(w.documentItem)) => `/api/document-items/${id}`,
    valid: () => ({ status: 'done' }),
    wrongTypes: { content: '', status: 'x', dueOn: 5, responsible: 5 },
  },

  {
    route: 'POST /api/projects',
    as: 'officeEditor',
    path: () => '/api/projects',
    valid: projectBody,
    wrongTypes: {
      name: '',
      year: 'soon',
      chainId: 'x',
      stage: 'top',
      cityId: -1,
      zoneId: 'x',
      builder: 5,
      totalInvestment: -1,
      annualPlanInvestment: 'lots',
      class: 'completed',
      buildType: 'old',
      plannedStartOn: '2024/01/01',
      reportCycleMonths: 2,
      confirmBelowThreshold: 'yes',
    },
    missing: [{ name: '坏输入项目' }, ['year', 'chainId', 'cityId', 'builder', 'totalInvestment', 'class']],
    rules: [
      {
        name: 'an underway project without its build type',
        body: (w) => ({ ...projectBody(w), class: 'underway' }),
        fields: ['buildType'],
      },
      {
        name: 'a zone outside the city',
        body: (w) => ({ ...projectBody(w), cityId: w.orgs.cityB, zoneId: w.orgs.zoneA }),
        fields: ['zoneId'],
      },
      { name: 'a chain that does not exist', body: (w) => ({ ...projectBody(w), chainId: 999999 }), fields: ['chainId'] },
      { name: 'an investor not in the register', body: (w) => ({ ...projectBody(w), enterpriseId: 999999 }), fields: ['enterpriseId'] },
      { name: 'signed on a day after today', body: (w) => ({ ...projectBody(w), actualSignOn: '2999-01-01' }), fields: ['actualSignOn'] },
      {
        name: 'started before it was signed',
        body: (w) => ({ ...projectBody(w), actualSignOn: '2024-05-01', actualStartOn: '2024-04-01' }),
        fields: ['actualStartOn'],
      },
      {
        name: 'under 1亿元 without the confirmation',
        body: (w) => ({ ...projectBody(w), totalInvestment: YI / 2 }),
        status: 409,
        code: 'CONFIRMATION_REQUIRED',
        fields: ['totalInvestment'],
      },
    ],
  },
  {
    route: 'PATCH /api/projects/:id',
    as: 'officeEditor',
    path: (w, id = String(w.projects.projA)) => `/api/projects/${id}`,
    valid: () => ({ content: '坏输入' }),
    wrongTypes: { name: '', year: 1800, chainId: 'x', zoneId: 'x', totalInvestment: -5, reportCycleMonths: 2, plannedSignOn: 'x' },
    rules: [
      { name: 'a zone outside its city', body: (w) => ({ zoneId: w.orgs.zoneB }), fields: ['zoneId'] },
      { name: 'a chain that does not exist', body: () => ({ chainId: 999999 }), fields: ['chainId'] },
      { name: 'in production on a day after today', body: () => ({ actualProductionOn: '2999-01-01' }), fields: ['actualProductionOn'] },
      {
        name: 'under 1亿元 without the confirmation',
        body: () => ({ totalInvestment: YI / 2 }),
        status: 409,
        code: 'CONFIRMATION_REQUIRED',
        fields: ['totalInvestment'],
      },
    ],
  },
  {
    route: 'POST /api/projects/:id/class',
    as: 'officeEditor',
    // projA is 储备类
    path: (w, id = String(w.projects.projA)) => `/api/projects/${id}/class`,
    valid: () => ({ to: 'stalled', reason: '坏输入' }),
    wrongTypes: { to: 'finished', buildType: 'old', reason: 5, on: 'today' },
    missing: [{ reason: '坏输入' }, ['to']],
    rules: [
      { name: 'a skip from reserve to completed', body: () => ({ to: 'completed' }), fields: ['to'] },
      { name: 'underway without its build type', body: () => ({ to: 'underway' }), fields: ['buildType'] },
      { name: 'stalling without a reason', body: () => ({ to: 'stalled' }), fields: ['reason'] },
      { name: 'a start dated after today', body: () => ({ to: 'underway', buildType: 'new', on: '2999-01-01' }), fields: ['on'] },
    ],
  },
  {
    route: 'PUT /api/projects/:id/demonstration',
    as: 'officeEditor',
    path: (w, id = String(w.projects.projA)) => `/api/projects/${id}/demonstration`,
    valid: () => ({ demonstration: true }),
    wrongTypes: { demonstration: 'yes' },
    missing: [{}, ['demonstration']],
  },
  {
    route: 'POST /api/projects/:id/reports',
    as: 'officeEditor',
    // projA reports monthly
    path: (w, id = String(w.projects.projA)) => `/api/projects/${id}/reports`,
    valid: () => ({ period: periodOf(today(), 1), progress: '坏输入', investmentInPeriod: 0 }),
    wrongTypes: { period: '2024Q5', progress: '', investmentInPeriod: -1, problems: 5 },
    missing: [{ progress: '坏输入' }, ['period', 'investmentInPeriod']],
    rules: [
      {
        name: 'a quarter for a monthly project',
        body: () => ({ period: '2024Q2', progress: '坏输入', investmentInPeriod: 0 }),
        fields: ['period'],
      },
      {
        name: 'a period not yet begun',
        body: () => ({ period: '2099-01', progress: '坏输入', investmentInPeriod: 0 }),
        fields: ['period'],
      },
    ],
  },
  {
    route: 'POST /api/projects/import',
    as: 'officeEditor',
    path: () => '/api/projects/import',
    file: { kind: 'xlsx', valid: aProjectWorkbook },
  },
  {
    route: 'POST /api/leads/import',
    as: 'cityAEditor',
    path: () => '/api/leads/import',
    file: {
      kind: 'xlsx',
      valid: () =>
        writeWorkbook([
          {
            name: '招商线索',
            columns: LEAD_COLUMNS,
            rows: [['坏输入线索公司', null, '特钢材料', '链主招', '太原市', null, '某人', 20000]],
          },
        ]),
    },
  },
  {
    route: 'POST /api/fund-reserve',
    as: 'officeEditor',
    path: () => '/api/fund-reserve',
    valid: (w) => ({ projectId: w.projects.projA, year: 2024, gap: 'shortBoard', reason: '坏输入' }),
    wrongTypes: { projectId: 'x', year: 1999, gap: 'gap', reason: '' },
    missing: [{ reason: '坏输入' }, ['projectId', 'year', 'gap']],
    rules: [
      {
        name: 'a project that does not exist',
        body: () => ({ projectId: 999999, year: 2024, gap: 'shortBoard', reason: '坏输入' }),
        status: 404,
        code: 'NOT_FOUND',
        fields: [],
      },
    ],
  },
  {
    route: 'POST /api/fund-reserve/:id/review',
    as: 'officeEditor',
    // a recommendation already accepted
    path: (_w, id = String(extra.reviewedReserve)) => `/api/fund-reserve/${id}/review`,
    valid: () => ({ state: 'accepted' }),
    wrongTypes: { state: 'maybe', note: 5 },
    missing: [{ note: '坏输入' }, ['state']],
    rules: [{ name: 'reviewing twice', body: () => ({ state: 'rejected', note: '坏输入' }), fields: [] }],
  },
  {
    route: 'POST /api/visits',
    as: 'leadAEditor',
    path: () => '/api/visits',
    valid: visitBody,
    wrongTypes: {
      chainId: 'x',
      cityId: -1,
      visitedOn: '10/04/2024',
      people: '',
      summary: 5,
      enterpriseIds: 'all',
      projectIds: ['x'],
      problemsHeard: [''],
    },
    missing: [{ people: '坏输入' }, ['cityId', 'visitedOn']],
    rules: [
      { name: 'a chain another unit leads', body: (w) => ({ ...visitBody(w), chainId: w.chains.chainB }), fields: ['chainId'] },
      { name: 'a zone instead of a city', body: (w) => ({ ...visitBody(w), cityId: w.orgs.zoneA }), fields: ['cityId'] },
      {
        name: 'problems heard without the chain whose list they enter',
        body: (w) => ({ ...visitBody(w), problemsHeard: ['坏输入问题'] }),
        fields: ['chainId'],
      },
      {
        name: 'a project out of the unit’s sight',
        body: (w) => ({ ...visitBody(w), projectIds: [w.projects.projB] }),
        status: 404,
        code: 'NOT_FOUND',
        fields: [],
      },
    ],
  },
  {
    route: 'POST /api/matchmaking-events',
    as: 'cityAEditor',
    path: () => '/api/matchmaking-events',
    valid: (w) => ({ title: '坏输入活动', heldOn: '2024-05-18', place: '太原', organiserId: w.orgs.cityA, chainIds: [w.chains.chainA] }),
    wrongTypes: { title: '', heldOn: 'May', place: 5, organiserId: 'x', chainIds: 'all', enterpriseIds: ['x'], notes: 5 },
    missing: [{ title: '坏输入活动' }, ['heldOn', 'place', 'organiserId', 'chainIds']],
    rules: [
      {
        name: 'no chain',
        body: (w) => ({ title: '坏输入活动', heldOn: '2024-05-18', place: '太原', organiserId: w.orgs.cityA, chainIds: [] }),
        fields: ['chainIds'],
      },
      {
        name: 'a zone as organiser',
        body: (w) => ({ title: '坏输入活动', heldOn: '2024-05-18', place: '太原', organiserId: w.orgs.zoneA, chainIds: [w.chains.chainA] }),
        fields: ['organiserId'],
      },
    ],
  },
  {
    route: 'POST /api/matchmaking-events/:id/signings',
    as: 'cityAEditor',
    path: (_w, id = String(extra.event)) => `/api/matchmaking-events/${id}/signings`,
    valid: () => ({ buyerName: '坏输入采购方', supplierName: '坏输入供应方', product: '配件', amount: 1000 }),
    wrongTypes: { buyerName: '', supplierName: 5, product: '', amount: 'much', buyerEnterpriseId: 'x' },
    missing: [{ product: '配件' }, ['buyerName', 'supplierName', 'amount']],
  },
  {
    route: 'POST /api/forging-contacts',
    as: 'leadAEditor',
    path: () => '/api/forging-contacts',
    valid: (w) => ({ chainId: w.chains.chainA, zoneId: w.orgs.zoneA, contactedOn: '2024-04-02', subject: '坏输入对接' }),
    wrongTypes: { chainId: 'x', zoneId: -1, contactedOn: 'April', subject: '', outcome: 5 },
    missing: [{ subject: '坏输入对接' }, ['chainId', 'zoneId', 'contactedOn']],
    rules: [
      {
        name: 'a city instead of a zone',
        body: (w) => ({ chainId: w.chains.chainA, zoneId: w.orgs.cityA, contactedOn: '2024-04-02', subject: '坏输入对接' }),
        fields: ['zoneId'],
      },
    ],
  },
  {
    route: 'POST /api/segments',
    as: 'leadAEditor',
    path: () => '/api/segments',
    valid: (w) => ({ chainId: w.chains.chainA, stage: 'upstream', name: '坏输入环节' }),
    wrongTypes: { chainId: 'x', parentId: 'x', stage: 'top', name: '', products: 5, sortOrder: -1, expectedShare: 120 },
    missing: [{ name: '坏输入环节' }, ['chainId', 'stage']],
    rules: [
      {
        name: 'a parent on another chain',
        body: (w) => ({ chainId: w.chains.chainA, stage: 'upstream', name: '坏输入环节', parentId: chainMapExtra.segmentB }),
        fields: ['parentId'],
      },
    ],
  },
  {
    route: 'PATCH /api/segments/:id',
    as: 'leadAEditor',
    path: (_w, id = String(chainMapExtra.segment)) => `/api/segments/${id}`,
    valid: () => ({ name: '坏输入更名' }),
    wrongTypes: { name: '', parentId: 'x', stage: 'top', sortOrder: 'first', expectedShare: -1 },
    rules: [
      { name: 'under itself', body: () => ({ parentId: chainMapExtra.segment }), fields: ['parentId'] },
      { name: 'under another chain’s segment', body: () => ({ parentId: chainMapExtra.segmentB }), fields: ['parentId'] },
    ],
  },
  {
    route: 'POST /api/segments/:id/retire',
    as: 'leadAEditor',
    path: (_w, id = String(chainMapExtra.segment)) => `/api/segments/${id}/retire`,
  },
  {
    route: 'POST /api/segments/import',
    as: 'leadAEditor',
    path: () => '/api/segments/import',
    file: {
      kind: 'xlsx',
      valid: () => writeWorkbook([{ name: '环节', columns: SEGMENT_COLUMNS, rows: [['特钢材料', '上游', '坏输入导入环节']] }]),
    },
  },
  {
    route: 'PUT /api/enterprise-segments',
    as: 'cityAEditor',
    path: () => '/api/enterprise-segments',
    valid: (w) => ({ enterpriseId: w.enterprises.entA, chainId: w.chains.chainA, segmentId: chainMapExtra.segment }),
    wrongTypes: { enterpriseId: 'x', chainId: -1, segmentId: 'x' },
    missing: [{ segmentId: null }, ['enterpriseId', 'chainId']],
    rules: [
      {
        name: 'a segment of another chain',
        body: (w) => ({ enterpriseId: w.enterprises.entA, chainId: w.chains.chainA, segmentId: chainMapExtra.segmentB }),
        fields: ['segmentId'],
      },
    ],
  },
  {
    route: 'PUT /api/gap-settings',
    as: 'officeEditor',
    path: () => '/api/gap-settings',
    valid: () => ({ minEnterprises: 3, minRevenueRatio: 50, maxOpenTechnologies: 0, maxOpenProblems: 2 }),
    wrongTypes: { minEnterprises: 0, minRevenueRatio: 101, maxOpenTechnologies: -1, maxOpenProblems: 'many' },
    missing: [{ minEnterprises: 3 }, ['minRevenueRatio', 'maxOpenTechnologies', 'maxOpenProblems']],
  },
  {
    route: 'POST /api/chain-candidates',
    as: 'leadAEditor',
    path: () => '/api/chain-candidates',
    valid: (w) => ({
      chainId: w.chains.chainA,
      name: '坏输入候选',
      creditCode: creditCode(970_000_301, '320500'),
      province: '江苏省',
      size: 'small',
    }),
    wrongTypes: { chainId: 'x', segmentId: 'x', name: '', creditCode: '123', province: '', size: 'huge', products: 5 },
    missing: [{ name: '坏输入候选' }, ['chainId', 'creditCode', 'province', 'size']],
    rules: [
      {
        name: 'a segment of another chain',
        body: (w) => ({
          chainId: w.chains.chainA,
          segmentId: chainMapExtra.segmentB,
          name: '坏输入候选',
          creditCode: creditCode(970_000_302, '320500'),
          province: '江苏省',
          size: 'small',
        }),
        fields: ['segmentId'],
      },
    ],
  },
  {
    route: 'POST /api/chain-candidates/import',
    as: 'leadAEditor',
    path: () => '/api/chain-candidates/import',
    file: {
      kind: 'xlsx',
      valid: () =>
        writeWorkbook([
          {
            name: '补链招商候选',
            columns: CANDIDATE_COLUMNS,
            rows: [['特钢材料', '坏输入候选导入', creditCode(970_000_303, '320500'), '江苏省', null, null, '小型']],
          },
        ]),
    },
  },
  {
    route: 'POST /api/chain-candidates/:id/lead',
    as: 'cityAEditor',
    path: (_w, id = String(chainMapExtra.candidate)) => `/api/chain-candidates/${id}/lead`,
    valid: (w) => ({ cityId: w.orgs.cityA, responsiblePerson: '坏输入责任人' }),
    wrongTypes: { cityId: 'x', zoneId: 'x', responsiblePerson: '', expectedInvestment: -5, notes: 5 },
    missing: [{ notes: '坏输入' }, ['cityId', 'responsiblePerson']],
    rules: [
      {
        name: 'a zone of another city',
        body: (w) => ({ cityId: w.orgs.cityA, zoneId: w.orgs.zoneB, responsiblePerson: '坏输入责任人' }),
        fields: ['zoneId'],
      },
    ],
  },
  {
    route: 'POST /api/technologies',
    as: 'leadAEditor',
    path: () => '/api/technologies',
    valid: (w) => ({ chainId: w.chains.chainA, name: '坏输入技术', gap: '坏输入卡点' }),
    wrongTypes: { chainId: 'x', segmentId: 'x', name: '', gap: 5, enterpriseIds: 'all', institutes: 5, state: 'done', targetOn: 'soon' },
    missing: [{ name: '坏输入技术' }, ['chainId', 'gap']],
    rules: [
      {
        name: '已突破 without its date',
        body: (w) => ({ chainId: w.chains.chainA, name: '坏输入技术', gap: '坏输入卡点', state: 'achieved' }),
        fields: ['brokenThroughOn'],
      },
      {
        name: 'an enterprise not in the register',
        body: (w) => ({ chainId: w.chains.chainA, name: '坏输入技术', gap: '坏输入卡点', enterpriseIds: [999_999] }),
        fields: ['enterpriseIds'],
      },
      {
        name: 'a chain that does not exist',
        body: () => ({ chainId: 999_999, name: '坏输入技术', gap: '坏输入卡点' }),
        fields: ['chainId'],
      },
    ],
  },
  {
    route: 'PATCH /api/technologies/:id',
    as: 'leadAEditor',
    path: (_w, id = String(techExtra.technology)) => `/api/technologies/${id}`,
    valid: () => ({ state: 'tackling' }),
    wrongTypes: { state: 'done', name: '', enterpriseIds: [0], targetOn: 'soon', brokenThroughOn: 5 },
    rules: [
      {
        name: 'a breakthrough date while not broken through',
        body: () => ({ brokenThroughOn: '2024-06-30' }),
        fields: ['brokenThroughOn'],
      },
    ],
  },
  {
    route: 'POST /api/consortia',
    as: 'leadAEditor',
    path: () => '/api/consortia',
    valid: (w) => ({ chainId: w.chains.chainA, name: '坏输入联合体', leaderEnterpriseId: w.enterprises.entA }),
    wrongTypes: {
      chainId: 'x',
      name: '',
      leaderEnterpriseId: 'x',
      jinchuanggu: 'yes',
      members: 'all',
      technologyIds: 'x',
      foundedOn: 'May',
      notes: 5,
    },
    missing: [{ name: '坏输入联合体' }, ['chainId', 'leaderEnterpriseId']],
    rules: [
      {
        name: 'a leader from another chain',
        body: (w) => ({ chainId: w.chains.chainA, name: '坏输入联合体', leaderEnterpriseId: w.enterprises.entB }),
        fields: ['leaderEnterpriseId'],
      },
      {
        name: 'a technology not on the chain',
        body: (w) => ({ chainId: w.chains.chainA, name: '坏输入联合体', leaderEnterpriseId: w.enterprises.entA, technologyIds: [999_999] }),
        fields: ['technologyIds'],
      },
    ],
  },
  {
    route: 'PATCH /api/consortia/:id',
    as: 'leadAEditor',
    path: (_w, id = String(techExtra.consortium)) => `/api/consortia/${id}`,
    valid: () => ({ notes: '坏输入' }),
    wrongTypes: { name: '', jinchuanggu: 'yes', members: 'all', technologyIds: 'x', leaderEnterpriseId: -1 },
  },
  {
    route: 'POST /api/innovation-platforms',
    as: 'leadAEditor',
    path: () => '/api/innovation-platforms',
    valid: (w) => ({ chainId: w.chains.chainA, name: '坏输入平台', kind: 'keyLab', level: 'provincial', hostName: '坏输入研究院' }),
    wrongTypes: { chainId: 'x', name: '', kind: 'lab', level: 'city', hostEnterpriseId: 'x', recognisedOn: 'May' },
    missing: [{ name: '坏输入平台' }, ['chainId', 'kind', 'level']],
    rules: [
      {
        name: 'no host',
        body: (w) => ({ chainId: w.chains.chainA, name: '坏输入平台', kind: 'keyLab', level: 'provincial' }),
        fields: ['hostName'],
      },
    ],
  },
  {
    route: 'PATCH /api/innovation-platforms/:id',
    as: 'leadAEditor',
    path: (_w, id = String(techExtra.platform)) => `/api/innovation-platforms/${id}`,
    valid: () => ({ level: 'national' }),
    wrongTypes: { name: '', kind: 'lab', level: 'city', hostEnterpriseId: 'x', recognisedOn: 'May' },
  },
  {
    route: 'POST /api/breakthrough-summaries',
    as: 'leadAEditor',
    path: () => '/api/breakthrough-summaries',
    valid: (w) => ({ chainId: w.chains.chainA, quarter: '2024Q2', summary: '坏输入总结' }),
    wrongTypes: { chainId: 'x', quarter: '2024Q5', summary: '' },
    missing: [{ summary: '坏输入总结' }, ['chainId', 'quarter']],
    rules: [
      {
        name: 'a quarter that has not begun',
        body: (w) => ({ chainId: w.chains.chainA, quarter: '2999Q1', summary: '坏输入总结' }),
        fields: ['quarter'],
      },
    ],
  },
  {
    route: 'POST /api/mode-demonstrations',
    as: 'officeEditor',
    path: () => '/api/mode-demonstrations',
    valid: (w) => ({ chainId: w.chains.chainA, mode: 'leadUnitZone', title: '坏输入示范', recognisedOn: '2024-06-01' }),
    wrongTypes: { chainId: 'x', mode: 'other', title: '', projectId: 'x', zoneId: -1, recognisedOn: 'June', notes: 5 },
    missing: [{ title: '坏输入示范' }, ['chainId', 'mode', 'recognisedOn']],
    rules: [
      {
        name: 'a chain that does not exist',
        body: () => ({ chainId: 999999, mode: 'leadUnitZone', title: '坏输入示范', recognisedOn: '2024-06-01' }),
        fields: ['chainId'],
      },
      {
        name: 'a project on another chain',
        body: (w) => ({
          chainId: w.chains.chainA,
          mode: 'projectLeaderHost',
          title: '坏输入示范',
          projectId: w.projects.projB,
          recognisedOn: '2024-06-01',
        }),
        fields: ['projectId'],
      },
    ],
  },
  {
    route: 'POST /api/host-zones',
    as: 'officeEditor',
    path: () => '/api/host-zones',
    valid: (w) => ({ chainId: w.chains.chainB, zoneId: w.orgs.zoneB, reason: '坏输入' }),
    wrongTypes: { chainId: 'x', zoneId: 0, reason: '' },
    missing: [{ reason: '坏输入' }, ['chainId', 'zoneId']],
    rules: [
      {
        name: 'a city instead of a zone',
        body: (w) => ({ chainId: w.chains.chainA, zoneId: w.orgs.cityA, reason: '坏输入' }),
        fields: ['zoneId'],
      },
      {
        name: 'a chain that does not exist',
        body: (w) => ({ chainId: 999999, zoneId: w.orgs.zoneB, reason: '坏输入' }),
        fields: ['chainId'],
      },
      {
        name: 'a zone proposed twice for the chain',
        body: (w) => ({ chainId: w.chains.chainA, zoneId: w.orgs.zoneA, reason: '坏输入' }),
        status: 409,
        code: 'CONFLICT',
        fields: [],
      },
    ],
  },
  {
    route: 'POST /api/host-zones/:id/opinions',
    as: 'officeEditor',
    path: (w, id = String(w.hostZone)) => `/api/host-zones/${id}/opinions`,
    valid: (w) => ({ organisationId: w.orgs.cityA, verdict: 'agree' }),
    wrongTypes: { organisationId: 'x', verdict: 'maybe', note: 5 },
    missing: [{ note: '坏输入' }, ['organisationId', 'verdict']],
    rules: [
      {
        name: 'a unit not asked for its opinion',
        body: (w) => ({ organisationId: w.orgs.leadA, verdict: 'agree' }),
        fields: ['organisationId'],
      },
      {
        name: 'another city than the zone’s',
        body: (w) => ({ organisationId: w.orgs.cityB, verdict: 'agree' }),
        fields: ['organisationId'],
      },
    ],
  },
  {
    route: 'POST /api/host-zones/:id/decision',
    as: 'officeEditor',
    // no opinion given yet
    path: (w, id = String(w.hostZone)) => `/api/host-zones/${id}/decision`,
    valid: () => ({ state: 'accepted' }),
    wrongTypes: { state: 'maybe', note: 5 },
    missing: [{ note: '坏输入' }, ['state']],
    rules: [{ name: 'deciding before the three opinions', body: () => ({ state: 'accepted' }), fields: [] }],
  },
  { route: 'POST /api/host-zones/publish', as: 'officeEditor', path: () => '/api/host-zones/publish' },
  {
    route: 'PUT /api/attraction-targets',
    as: 'officeEditor',
    path: () => '/api/attraction-targets',
    valid: (w) => ({ year: 2024, organisationId: w.orgs.cityA, landedTarget: 12 }),
    wrongTypes: { year: 1999, organisationId: 'x', chainId: 'x', landedTarget: -1, note: 5 },
    missing: [{ note: '坏输入' }, ['year', 'organisationId', 'landedTarget']],
    rules: [
      {
        name: 'a city under the floor of 10',
        body: (w) => ({ year: 2024, organisationId: w.orgs.cityA, landedTarget: 9 }),
        fields: ['landedTarget'],
        message: '按行动计划，综改示范区、各市每年至少形成 10 个招商落地项目，目标不能低于 10',
      },
      {
        name: 'a zone under the floor of 2',
        body: (w) => ({ year: 2024, organisationId: w.orgs.zoneA, landedTarget: 1 }),
        fields: ['landedTarget'],
        message: '按行动计划，每个招商引资承载示范开发区每年至少形成 2 个招商落地项目，目标不能低于 2',
      },
      {
        name: 'a lead unit instead of a city or zone',
        body: (w) => ({ year: 2024, organisationId: w.orgs.leadA, landedTarget: 12 }),
        fields: ['organisationId'],
      },
    ],
  },
  {
    route: 'POST /api/leads',
    as: 'officeEditor',
    path: () => '/api/leads',
    valid: leadBody,
    wrongTypes: {
      targetName: '',
      targetCreditCode: 'X'.repeat(30),
      inProvince: 'yes',
      chainId: 'x',
      source: 'friend',
      cityId: -1,
      zoneId: 'x',
      responsiblePerson: 5,
      expectedInvestment: -1,
      fillsGap: 'no',
    },
    missing: [{ targetName: '坏输入' }, ['chainId', 'source', 'cityId', 'responsiblePerson', 'expectedInvestment']],
    rules: [
      {
        name: 'a zone outside the city',
        body: (w) => ({ ...leadBody(w), cityId: w.orgs.cityB, zoneId: w.orgs.zoneA }),
        fields: ['zoneId'],
      },
      {
        name: 'a chain master that is not the chain’s',
        body: (w) => ({ ...leadBody(w), chainMasterId: w.enterprises.entB }),
        fields: ['chainMasterId'],
      },
      // QUESTIONABLE (reported): the answer names the field `chains`, which the lead form does not have, not `chainId`
      { name: 'a chain that does not exist', body: (w) => ({ ...leadBody(w), chainId: 999999 }), fields: ['chains'] },
    ],
  },
  {
    route: 'POST /api/leads/:id/move',
    as: 'officeEditor',
    // leadA is at 线索
    path: (w, id = String(w.leads.leadA)) => `/api/leads/${id}/move`,
    valid: () => ({ to: 'contacted', on: '2024-03-01' }),
    wrongTypes: { to: 'won', on: 'March', evidence: 5, signedOn: 'x', reason: 5 },
    missing: [{ evidence: '坏输入' }, ['to', 'on']],
    rules: [
      { name: 'staying where it is', body: () => ({ to: 'lead', on: '2024-03-01' }), fields: ['to'] },
      { name: 'signing without evidence', body: () => ({ to: 'signed', on: '2024-03-01' }), fields: ['evidence'] },
      {
        name: 'landing without a signing date',
        body: () => ({ to: 'landed', on: '2024-03-01', evidence: '坏输入' }),
        fields: ['signedOn'],
      },
      { name: 'dropping without a reason', body: () => ({ to: 'dropped', on: '2024-03-01' }), fields: ['reason'] },
      { name: 'a step dated after today', body: () => ({ to: 'contacted', on: '2999-01-01' }), fields: ['on'] },
      {
        name: 'landing before the signing',
        body: () => ({ to: 'landed', on: '2024-03-01', signedOn: '2024-04-01', evidence: '坏输入' }),
        fields: ['signedOn'],
      },
    ],
  },

  {
    route: 'POST /api/problems',
    as: 'enterpriseEditor',
    path: () => '/api/problems',
    valid: problemBody,
    wrongTypes: {
      title: '',
      description: 5,
      category: 'weather',
      chainId: 'x',
      projectId: 'x',
      enterpriseId: -1,
      responsibleOrgId: 'x',
      responsiblePerson: 5,
      deadline: 'soon',
      visitId: 'x',
    },
    missing: [{ title: '坏输入问题' }, ['description', 'category', 'chainId', 'responsibleOrgId', 'deadline']],
    rules: [
      { name: 'a chain that does not exist', body: (w) => ({ ...problemBody(w), chainId: 999999 }), fields: ['chainId'] },
      {
        name: 'an enterprise as the responsible unit',
        body: (w) => ({ ...problemBody(w), responsibleOrgId: w.orgs.enterprise }),
        fields: ['responsibleOrgId'],
      },
      { name: 'a deadline already past', body: (w) => ({ ...problemBody(w), deadline: '2020-01-01' }), fields: ['deadline'] },
      { name: 'a project that does not exist', body: (w) => ({ ...problemBody(w), projectId: 999999 }), fields: [] },
    ],
  },
  {
    route: 'PUT /api/problems/settings',
    as: 'officeEditor',
    path: () => '/api/problems/settings',
    valid: () => ({ escalateAfterDays: 7 }),
    wrongTypes: { escalateAfterDays: 0 },
    missing: [{}, ['escalateAfterDays']],
  },
  {
    route: 'POST /api/problems/:id/steps',
    as: 'officeEditor',
    // a problem awaiting acceptance
    path: (_w, id = String(extra.problem)) => `/api/problems/${id}/steps`,
    valid: () => ({ step: 'accept' }),
    wrongTypes: { step: 'dance' },
    missing: [{ note: '坏输入' }, ['step']],
    rules: [
      { name: 'answering before accepting', body: () => ({ step: 'answer', note: '坏输入' }), fields: [] },
      { name: 'returning without a reason', body: () => ({ step: 'return' }), fields: ['note'] },
      { name: 'rating before an answer', body: () => ({ step: 'rate', rating: 'satisfied' }), fields: [] },
      { name: 'a rating that is not one', body: () => ({ step: 'rate', rating: 'great' }), fields: ['rating'] },
    ],
  },
  {
    route: 'POST /api/meetings',
    as: 'officeEditor',
    path: () => '/api/meetings',
    valid: meetingBody,
    wrongTypes: { chainId: 'x', heldOn: 'July', title: '', location: 5, attendees: '', notes: 5, problemIds: ['x'] },
    missing: [{ title: '坏输入协调会' }, ['chainId', 'heldOn', 'attendees']],
    rules: [
      { name: 'a chain that does not exist', body: (w) => ({ ...meetingBody(w), chainId: 999999 }), fields: ['chainId'] },
      {
        name: 'a problem of another chain on the agenda',
        body: (w) => ({ ...meetingBody(w), chainId: w.chains.chainB, problemIds: [extra.problem] }),
        fields: ['problemIds'],
      },
      { name: 'a problem that does not exist', body: (w) => ({ ...meetingBody(w), problemIds: [999999] }), fields: ['problemIds'] },
    ],
  },
  {
    route: 'POST /api/meetings/:id/decisions',
    as: 'officeEditor',
    path: (_w, id = String(extra.meeting)) => `/api/meetings/${id}/decisions`,
    valid: (w) => ({ content: '坏输入议定事项', ownerOrgId: w.orgs.cityA, deadline: '2099-06-30' }),
    wrongTypes: { content: '', ownerOrgId: 'x', ownerPerson: 5, deadline: 'x', problemId: 'x' },
    missing: [{ ownerPerson: '坏输入' }, ['content', 'ownerOrgId', 'deadline']],
    rules: [
      {
        name: 'an owner that does not exist',
        body: () => ({ content: '坏输入议定事项', ownerOrgId: 999999, deadline: '2099-06-30' }),
        fields: ['ownerOrgId'],
      },
      {
        name: 'a problem not on the agenda',
        body: (w) => ({ content: '坏输入议定事项', ownerOrgId: w.orgs.cityA, deadline: '2099-06-30', problemId: 999999 }),
        fields: ['problemId'],
      },
    ],
  },
  {
    route: 'POST /api/meeting-decisions/:id/progress',
    as: 'officeEditor',
    // a decision already done
    path: (_w, id = String(extra.doneDecision)) => `/api/meeting-decisions/${id}/progress`,
    valid: () => ({ note: '坏输入进展' }),
    wrongTypes: { note: '', done: 'yes' },
    missing: [{ done: false }, ['note']],
    rules: [{ name: 'progress on a decision already done', body: () => ({ note: '坏输入进展' }), fields: [] }],
  },

  {
    route: 'POST /api/cockpit/snapshots',
    as: 'officeEditor',
    path: () => '/api/cockpit/snapshots',
    valid: () => ({ period: '2024Q2' }),
    wrongTypes: { period: 5 },
    missing: [{}, ['period']],
    rules: [
      { name: 'a quarter that has not begun', body: () => ({ period: '2099Q1' }), fields: ['period'] },
      { name: 'a quarter that does not exist', body: () => ({ period: '2024Q5' }), fields: ['period'] },
    ],
  },
  {
    route: 'POST /api/plans/import',
    as: 'officeEditor',
    path: () => '/api/plans/import',
    wrongTypes: { year: 'x', title: 5, targets: 'x' },
    missing: [{ title: '坏输入计划' }, ['year']],
    rules: [
      {
        name: 'a target naming a metric neither built in nor defined in the file',
        body: () => ({ ...PLAN_2025, targets: [{ ...PLAN_2025.targets[0], metric: 'noSuchMetric' }] }),
        fields: [],
      },
      {
        name: 'a target without a unit',
        body: () => ({ ...PLAN_2025, targets: [{ ...PLAN_2025.targets[0], unit: undefined }] }),
        fields: [],
      },
    ],
  },
  {
    route: 'PATCH /api/plans/:year/targets/:key',
    as: 'officeEditor',
    path: () => '/api/plans/2024/targets/chainEnterprises',
    wrongTypes: { value: 'x', note: 5 },
    missing: [{ note: '坏输入' }, ['value']],
  },
  {
    route: 'POST /api/milestones/:id/report',
    as: 'leadAEditor',
    // a 各链长牵头单位 milestone already confirmed
    path: (_w, id = String(extra.confirmedMilestone)) => `/api/milestones/${id}/report`,
    valid: () => ({ evidence: '坏输入佐证' }),
    wrongTypes: { evidence: 5 },
    missing: [{}, ['evidence']],
    rules: [{ name: 'reporting a milestone already confirmed', body: () => ({ evidence: '坏输入佐证' }), fields: [] }],
  },
  {
    route: 'POST /api/milestones/:id/confirm',
    as: 'officeEditor',
    // a milestone nobody has reported yet
    path: (_w, id = String(extra.openMilestone)) => `/api/milestones/${id}/confirm`,
    rules: [{ name: 'confirming before it is reported', body: () => ({}), fields: [] }],
  },
  {
    route: 'PUT /api/planning-documents',
    as: 'leadAEditor',
    path: () => '/api/planning-documents',
    valid: (w) => ({ requirementId: planningExtra.requirement, chainId: w.chains.chainA, title: '坏输入行动方案', issuedOn: '2024-01-20' }),
    wrongTypes: { requirementId: 'x', chainId: -1, enterpriseId: 'x', title: '', issuedOn: '2024-13-01', note: 5 },
    missing: [{ note: '坏输入' }, ['requirementId', 'title', 'issuedOn']],
    rules: [
      {
        name: 'a requirement that does not exist',
        body: (w) => ({ requirementId: 999_999, chainId: w.chains.chainA, title: '坏输入', issuedOn: '2024-01-20' }),
        status: 404,
        code: 'NOT_FOUND',
        fields: [],
      },
      {
        name: 'issued on a day after today',
        body: (w) => ({ requirementId: planningExtra.requirement, chainId: w.chains.chainA, title: '坏输入', issuedOn: '2999-01-01' }),
        fields: ['issuedOn'],
      },
    ],
  },
  {
    route: 'POST /api/planning-documents/:id/files',
    as: 'leadAEditor',
    path: (_w, id = String(planningExtra.document)) =>
      `/api/planning-documents/${id}/files?title=${encodeURIComponent('坏输入正文')}&fileName=a.pdf`,
    file: { kind: 'document', valid: aPdf },
  },
  {
    route: 'PUT /api/quarterly-reports/:period/text',
    as: 'officeEditor',
    path: (_w, period = '2024Q2') => `/api/quarterly-reports/${period}/text`,
    valid: () => ({ overview: '坏输入总体情况', nextSteps: '坏输入下一步' }),
    wrongTypes: { overview: 5, nextSteps: '' },
    missing: [{ overview: '坏输入' }, ['nextSteps']],
  },
  {
    route: 'POST /api/work-reports',
    as: 'leadAEditor',
    path: () => '/api/work-reports',
    valid: () => ({ kind: 'info', title: '坏输入工作信息', content: '坏输入' }),
    wrongTypes: { kind: 'memo', period: '2024Q5', title: '', content: 5 },
    missing: [{ title: '坏输入' }, ['kind', 'content']],
    rules: [
      {
        name: 'a quarterly summary without its quarter',
        body: () => ({ kind: 'quarterly', title: '坏输入总结', content: '坏输入' }),
        fields: ['period'],
      },
      {
        name: 'a second summary of the same quarter',
        body: () => ({ kind: 'quarterly', period: '2024Q1', title: '坏输入总结', content: '坏输入' }),
        status: 409,
        code: 'CONFLICT',
        fields: [],
      },
    ],
  },
  {
    route: 'POST /api/experts',
    as: 'officeEditor',
    path: () => '/api/experts',
    valid: (w) => ({ name: '坏输入专家', field: '材料', workUnit: '坏输入大学', phone: '13800000000', chainIds: [w.chains.chainA] }),
    wrongTypes: { name: '', field: 5, workUnit: [], phone: 'call me', email: 'nobody', chainIds: 'all', notes: 5 },
    missing: [{ name: '坏输入专家' }, ['field', 'workUnit', 'chainIds']],
    rules: [
      {
        name: 'neither phone nor email',
        body: (w) => ({ name: '坏输入专家', field: '材料', workUnit: '坏输入大学', chainIds: [w.chains.chainA] }),
        fields: ['phone'],
      },
      {
        name: 'a chain that does not exist',
        body: () => ({ name: '坏输入专家', field: '材料', workUnit: '坏输入大学', phone: '13800000000', chainIds: [999_999] }),
        fields: ['chainIds'],
      },
    ],
  },
  {
    route: 'PUT /api/experts/:id',
    as: 'officeEditor',
    path: (w, id = String(w.expert)) => `/api/experts/${id}`,
    valid: (w) => ({ name: '示例专家', field: '特钢材料', workUnit: '太原理工大学', phone: '0351-6010000', chainIds: [w.chains.chainA] }),
    wrongTypes: { name: 5, field: '', workUnit: '', email: 'x@', chainIds: [0] },
    missing: [{ name: '示例专家' }, ['field', 'workUnit', 'chainIds']],
  },
  {
    route: 'PUT /api/experts/:id/account',
    as: 'sysAdmin',
    path: (w, id = String(w.expert)) => `/api/experts/${id}/account`,
    valid: (w) => ({ userId: w.users.expertUser }),
    wrongTypes: { userId: 'someone' },
    missing: [{}, ['userId']],
    rules: [
      { name: 'an administrator account', body: (w) => ({ userId: w.users.auditAdmin }), fields: ['userId'] },
      { name: 'an account that does not exist', body: () => ({ userId: 999_999 }), fields: ['userId'] },
    ],
  },
  {
    route: 'PUT /api/expert-groups/:id/members',
    as: 'officeEditor',
    path: (w, id = String(w.chains.chainA)) => `/api/expert-groups/${id}/members`,
    valid: (w) => ({ members: [{ expertId: w.expert, role: 'leader' }] }),
    wrongTypes: { members: [{ expertId: 'x', role: 'chief' }] },
    missing: [{}, ['members']],
    rules: [
      {
        name: 'two leaders',
        body: (w) => ({
          members: [
            { expertId: w.expert, role: 'leader' },
            { expertId: w.expert, role: 'leader' },
          ],
        }),
        fields: ['members'],
      },
      { name: 'an expert not in the pool', body: () => ({ members: [{ expertId: 999_999, role: 'member' }] }), fields: ['members'] },
    ],
  },
  {
    route: 'POST /api/expert-groups/:id/publish',
    as: 'officeEditor',
    path: (w, id = String(w.chains.chainB)) => `/api/expert-groups/${id}/publish`,
    valid: () => ({ publishedAt: '2024-03-20' }),
    wrongTypes: { publishedAt: '三月' },
    rules: [{ name: 'a group without members', body: () => ({ publishedAt: '2024-03-20' }), fields: ['members'] }],
  },
  {
    route: 'POST /api/consultations',
    as: 'leadAEditor',
    path: () => '/api/consultations',
    valid: (w) => ({ chainId: w.chains.chainA, heldOn: '2024-05-10', topic: '坏输入咨询', expertIds: [w.expert] }),
    wrongTypes: { chainId: 'x', heldOn: 'May', topic: '', expertIds: 'all', enterpriseIds: ['x'], outcome: 5 },
    missing: [{ topic: '坏输入咨询' }, ['chainId', 'heldOn', 'expertIds']],
    rules: [
      {
        name: 'no expert',
        body: (w) => ({ chainId: w.chains.chainA, heldOn: '2024-05-10', topic: '坏输入咨询', expertIds: [] }),
        fields: ['expertIds'],
      },
      {
        name: 'an enterprise not in the register',
        body: (w) => ({
          chainId: w.chains.chainA,
          heldOn: '2024-05-10',
          topic: '坏输入咨询',
          expertIds: [w.expert],
          enterpriseIds: [999_999],
        }),
        fields: ['enterpriseIds'],
      },
    ],
  },
  {
    route: 'POST /api/expert-reports',
    as: 'leadAEditor',
    path: () => '/api/expert-reports',
    valid: (w) => ({
      chainId: w.chains.chainA,
      title: '坏输入报告',
      reportedOn: '2024-07-01',
      expertIds: [w.expert],
      recommendations: '坏输入建议',
    }),
    wrongTypes: { chainId: -1, title: '', reportedOn: 'July', expertIds: 5, recommendations: '', followUpState: 'finished' },
    missing: [{ title: '坏输入报告' }, ['chainId', 'reportedOn', 'expertIds', 'recommendations']],
    rules: [
      {
        name: 'an expert not in the pool',
        body: (w) => ({
          chainId: w.chains.chainA,
          title: '坏输入报告',
          reportedOn: '2024-07-01',
          expertIds: [999_999],
          recommendations: '坏输入建议',
        }),
        fields: ['expertIds'],
      },
    ],
  },
  {
    route: 'PATCH /api/expert-reports/:id/follow-up',
    as: 'leadAEditor',
    path: (_w, id = String(thinkExtra.report)) => `/api/expert-reports/${id}/follow-up`,
    valid: () => ({ followUp: '坏输入落实', followUpState: 'inProgress' }),
    wrongTypes: { followUp: 5, followUpState: 'finished' },
    missing: [{ followUp: '坏输入落实' }, ['followUpState']],
  },
  {
    route: 'POST /api/expert-reports/:id/documents',
    as: 'leadAEditor',
    path: (_w, id = String(thinkExtra.report)) =>
      `/api/expert-reports/${id}/documents?title=${encodeURIComponent('坏输入报告正文')}&fileName=a.pdf`,
    file: { kind: 'document', valid: aPdf },
  },
  {
    route: 'POST /api/expert-pairings',
    as: 'leadAEditor',
    path: () => '/api/expert-pairings',
    valid: (w) => ({ expertId: w.expert, enterpriseId: w.enterprises.entA, chainId: w.chains.chainA, fromOn: '2024-03-01' }),
    wrongTypes: { expertId: 'x', enterpriseId: [], chainId: 'x', fromOn: 'March', toOn: 5, notes: 5 },
    missing: [{ notes: '坏输入' }, ['expertId', 'enterpriseId', 'chainId', 'fromOn']],
    rules: [
      {
        name: 'ends before it starts',
        body: (w) => ({
          expertId: w.expert,
          enterpriseId: w.enterprises.entA,
          chainId: w.chains.chainA,
          fromOn: '2024-03-01',
          toOn: '2024-02-01',
        }),
        fields: ['toOn'],
      },
      {
        name: 'an enterprise not on the chain',
        body: (w) => ({ expertId: w.expert, enterpriseId: w.enterprises.entB, chainId: w.chains.chainA, fromOn: '2024-03-01' }),
        fields: ['enterpriseId'],
      },
    ],
  },
  {
    route: 'POST /api/expert-pairings/:id/services',
    as: 'expertUser',
    path: (_w, id = String(thinkExtra.pairing)) => `/api/expert-pairings/${id}/services`,
    valid: () => ({ servedOn: '2024-04-15', content: '坏输入服务' }),
    wrongTypes: { servedOn: 'April', content: '' },
    missing: [{ content: '坏输入服务' }, ['servedOn']],
    rules: [{ name: 'outside the pairing', body: () => ({ servedOn: '2023-01-01', content: '坏输入服务' }), fields: ['servedOn'] }],
  },
  {
    route: 'POST /api/funds',
    as: 'officeEditor',
    path: () => '/api/funds',
    valid: () => ({ name: '坏输入基金', manager: '坏输入管理机构', level: 'provincial', size: 1000 }),
    wrongTypes: { name: '', manager: 5, level: 'county', size: 'big', chainIds: 'all', establishedOn: '去年', keeperOrgId: 'x' },
    missing: [{ name: '坏输入基金' }, ['manager', 'level', 'size']],
    rules: [
      {
        name: 'a city as the member unit in charge',
        body: (w) => ({ name: '坏输入基金', manager: '坏输入', level: 'city', size: 1, keeperOrgId: w.orgs.cityA }),
        fields: ['keeperOrgId'],
      },
      {
        name: 'a chain that does not exist',
        body: () => ({ name: '坏输入基金', manager: '坏输入', level: 'city', size: 1, chainIds: [999_999] }),
        fields: ['chainIds'],
      },
    ],
  },
  {
    route: 'PATCH /api/funds/:id',
    as: 'officeEditor',
    path: (_w, id = String(fundExtra.fund)) => `/api/funds/${id}`,
    valid: () => ({ size: 2000 }),
    wrongTypes: { size: 'x', level: 'county', name: '' },
    rules: [{ name: 'a zone as the member unit in charge', body: (w) => ({ keeperOrgId: w.orgs.zoneA }), fields: ['keeperOrgId'] }],
  },
  {
    route: 'POST /api/funds/:id/cooperations',
    as: 'officeEditor',
    path: (_w, id = String(fundExtra.fund)) => `/api/funds/${id}/cooperations`,
    valid: (w) => ({
      enterpriseId: w.enterprises.entA,
      chainId: w.chains.chainA,
      cooperatedOn: '2024-03-15',
      form: '子基金',
      amount: 1000,
    }),
    wrongTypes: { enterpriseId: 'x', chainId: -1, cooperatedOn: 'March', form: '', amount: 'much' },
    missing: [{ form: '子基金' }, ['enterpriseId', 'chainId', 'cooperatedOn', 'amount']],
    rules: [
      {
        name: 'not a chain master',
        body: (w) => ({
          enterpriseId: w.enterprises.entB,
          chainId: w.chains.chainB,
          cooperatedOn: '2024-03-15',
          form: '子基金',
          amount: 1,
        }),
        fields: ['enterpriseId'],
      },
    ],
  },
  {
    route: 'POST /api/funds/:id/investments',
    as: 'officeEditor',
    path: (_w, id = String(fundExtra.fund)) => `/api/funds/${id}/investments`,
    valid: (w) => ({ enterpriseId: w.enterprises.entA, chainId: w.chains.chainA, amount: 1000, investedOn: '2024-04-10', stage: 'intent' }),
    wrongTypes: { enterpriseId: 'x', projectId: 'y', amount: -5, investedOn: 'April', stage: 'done' },
    missing: [{ amount: 1000 }, ['investedOn', 'stage']],
    rules: [
      {
        name: 'neither enterprise nor project',
        body: () => ({ amount: 1, investedOn: '2024-04-10', stage: 'intent' }),
        fields: ['enterpriseId', 'projectId'],
      },
      {
        name: "another chain than the project's",
        body: (w) => ({ projectId: w.projects.projA, chainId: w.chains.chainB, amount: 1, investedOn: '2024-04-10', stage: 'intent' }),
        fields: ['chainId'],
      },
      {
        name: 'an enterprise off the chain',
        body: (w) => ({ enterpriseId: w.enterprises.entB, chainId: w.chains.chainA, amount: 1, investedOn: '2024-04-10', stage: 'intent' }),
        fields: ['enterpriseId'],
      },
    ],
  },
  {
    route: 'PATCH /api/fund-investments/:id',
    as: 'officeEditor',
    path: (_w, id = String(fundExtra.investment)) => `/api/fund-investments/${id}`,
    valid: () => ({ stage: 'decided' }),
    wrongTypes: { stage: 'done', amount: 'x', investedOn: 'April' },
  },
  {
    route: 'POST /api/fund-investments/:id/lead',
    as: 'cityAEditor',
    path: (_w, id = String(fundExtra.investment)) => `/api/fund-investments/${id}/lead`,
    valid: (w) => ({ cityId: w.orgs.cityA, zoneId: w.orgs.zoneA, responsiblePerson: '坏输入责任人' }),
    wrongTypes: { cityId: 'x', zoneId: 'y', responsiblePerson: '' },
    missing: [{}, ['cityId', 'responsiblePerson']],
    rules: [
      {
        name: 'a zone of another city',
        body: (w) => ({ cityId: w.orgs.cityA, zoneId: w.orgs.zoneB, responsiblePerson: '坏输入责任人' }),
        fields: ['zoneId'],
      },
    ],
  },
  {
    route: 'POST /api/policies',
    as: 'officeEditor',
    path: () => '/api/policies',
    valid: () => ({ title: '坏输入政策', issuerName: '坏输入单位', issuedOn: '2024-03-01', supports: ['land'] }),
    wrongTypes: { title: '', issuedOn: 'x', supports: 'land', chainIds: 'all', incentiveScheme: 'yes', schemeYear: 'x' },
    missing: [{ title: '坏输入政策' }, ['issuedOn', 'supports']],
    rules: [
      {
        name: 'an incentive scheme without its year',
        body: () => ({ title: '坏输入政策', issuerName: '坏输入单位', issuedOn: '2024-03-01', supports: ['land'], incentiveScheme: true }),
        fields: ['schemeYear'],
      },
      { name: 'no issuer', body: () => ({ title: '坏输入政策', issuedOn: '2024-03-01', supports: ['land'] }), fields: ['issuerName'] },
      {
        name: 'no support',
        body: () => ({ title: '坏输入政策', issuerName: '坏输入单位', issuedOn: '2024-03-01', supports: [] }),
        fields: ['supports'],
      },
    ],
  },
  {
    route: 'PATCH /api/policies/:id',
    as: 'officeEditor',
    path: (_w, id = String(fundExtra.policy)) => `/api/policies/${id}`,
    valid: () => ({ title: '坏输入政策改' }),
    wrongTypes: { supports: ['money'], issuedOn: 'x', title: '' },
    rules: [{ name: 'an incentive scheme without its year', body: () => ({ incentiveScheme: true }), fields: ['schemeYear'] }],
  },
  {
    route: 'POST /api/policies/:id/grants',
    as: 'officeEditor',
    path: (_w, id = String(fundExtra.policy)) => `/api/policies/${id}/grants`,
    valid: (w) => ({ enterpriseId: w.enterprises.entA, amount: 1000, grantedOn: '2024-06-01' }),
    wrongTypes: { enterpriseId: 'x', amount: 'much', grantedOn: 'June', note: 5 },
    missing: [{ note: '坏输入' }, ['amount', 'grantedOn']],
    rules: [
      {
        name: 'neither enterprise nor project',
        body: () => ({ amount: 1, grantedOn: '2024-06-01' }),
        fields: ['enterpriseId', 'projectId'],
      },
      {
        name: 'before the policy was issued',
        body: (w) => ({ enterpriseId: w.enterprises.entA, amount: 1, grantedOn: '2023-01-01' }),
        fields: ['grantedOn'],
      },
    ],
  },
  {
    route: 'POST /api/policies/:id/documents',
    as: 'officeEditor',
    path: (_w, id = String(fundExtra.policy)) =>
      `/api/policies/${id}/documents?title=${encodeURIComponent('坏输入政策原文')}&fileName=a.pdf`,
    file: { kind: 'document', valid: aPdf },
  },
];

type Case = {
  name: string;
  as: Write['as'];
  send: (c: Client, w: World) => Promise<LightMyRequestResponse>;
  status: number;
  code: ErrorCode;
  /** Field names the answer must point at. */
  fields?: string[];
  /** The message, word for word. */
  message?: string;
};

const TEN_MB = JSON.stringify({ notes: 'x'.repeat(10 * 1024 * 1024) });
/** Past both upload limits: 30 MB for workbooks, 20 MB for documents. */
const OVER_LIMIT = Buffer.alloc(31 * 1024 * 1024, 1);
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
  const { wrongTypes, missing, valid, file } = r;
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
  for (const rule of r.rules ?? []) {
    cases.push(
      c(rule.name, {
        send: (cl, w) => cl.send(method, r.path(w), rule.body(w)),
        status: rule.status ?? 400,
        code: rule.code ?? 'VALIDATION_FAILED',
        fields: rule.fields,
        message: rule.message,
      }),
    );
  }
  if (file) cases.push(...fileCasesOf(r, c));
  /** What the route accepts, sent to ids that do not exist or are malformed. */
  const accepted = async (cl: Client, path: string, w: World) =>
    file
      ? cl.raw(method, path, await file.valid(), file.kind === 'xlsx' ? XLSX_TYPE : 'application/pdf')
      : cl.send(method, path, valid?.(w) ?? {});
  const ids: [string, (w: World, v: string) => string][] = [];
  if (hasId) ids.push(['id', (w, v) => r.path(w, v)]);
  if (r.sub) ids.push([r.sub, (w, v) => r.path(w, undefined, v)]);
  for (const [field, at] of ids) {
    const label = field === 'id' ? 'id' : field;
    cases.push(c(`an unknown ${label}`, { send: (cl, w) => accepted(cl, at(w, '999999'), w), status: 404, code: 'NOT_FOUND' }));
    cases.push(
      c(`an ${label} past 32 bits that does not exist`, {
        send: (cl, w) => accepted(cl, at(w, '2147483648'), w),
        status: 404,
        code: 'NOT_FOUND',
      }),
    );
    for (const bad of BAD_IDS) {
      cases.push(
        c(`the ${label} "${bad}"`, {
          send: (cl, w) => accepted(cl, at(w, bad), w),
          status: 400,
          code: 'VALIDATION_FAILED',
          fields: [field],
        }),
      );
    }
  }
  return cases;
}

/** Uploads: a file of the wrong kind, JSON instead of a file, a file past the limit, an empty file, a bad query. */
function fileCasesOf(r: Write, c: (name: string, rest: Omit<Case, 'name' | 'as'>) => Case): Case[] {
  const file = r.file as NonNullable<Write['file']>;
  const xlsx = file.kind === 'xlsx';
  const type = xlsx ? XLSX_TYPE : 'application/pdf';
  const cases: Case[] = [
    c('JSON instead of a file', { send: (cl, w) => cl.send('POST', r.path(w), { rows: [] }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' }),
    c('a file past the size limit', {
      send: (cl, w) => cl.raw('POST', r.path(w), OVER_LIMIT, type),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    }),
    c('an empty file', { send: (cl, w) => cl.raw('POST', r.path(w), Buffer.alloc(0), type), status: 400, code: 'VALIDATION_FAILED' }),
    c('an HTML page', {
      send: (cl, w) => cl.raw('POST', r.path(w), '<html><body>x</body></html>', 'text/html'),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    }),
  ];
  if (xlsx) {
    cases.push(
      c('a CSV file sent as a workbook', {
        send: (cl, w) => cl.raw('POST', r.path(w), Buffer.from('统一社会信用代码,企业名称\n1,甲'), XLSX_TYPE),
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
      }),
      c('a PDF sent as a workbook', {
        send: async (cl, w) => cl.raw('POST', r.path(w), await aPdf(), XLSX_TYPE),
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
      }),
      c('an unknown import mode', {
        send: async (cl, w) => cl.raw('POST', `${r.path(w)}?mode=everything`, await file.valid(), XLSX_TYPE),
        status: 400,
        code: 'VALIDATION_FAILED',
        fields: ['mode'],
      }),
    );
  } else {
    const bare = (w: World) => r.path(w).split('?')[0];
    cases.push(
      c('no title and file name', {
        send: async (cl, w) => cl.raw('POST', `${bare(w)}?kind=taskBook`, await file.valid(), type),
        status: 400,
        code: 'VALIDATION_FAILED',
        fields: ['title', 'fileName'],
      }),
      c('an unknown document kind', {
        send: async (cl, w) => cl.raw('POST', `${bare(w)}?kind=poem&title=x&fileName=x.pdf`, await file.valid(), type),
        status: 400,
        code: 'VALIDATION_FAILED',
        fields: ['kind'],
      }),
    );
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
    const event = await t.deps.db
      .insertInto('matchmaking_events')
      .values({
        title: '坏输入对接会',
        held_on: '2024-05-18',
        place: '太原',
        organiser_id: w.orgs.cityA,
        notes: null,
        demo: false,
        created_at: '2024-05-18T00:00:00.000Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    extra.event = Number(event.id);
    const segmentOf = async (chainId: number, name: string) =>
      Number(
        (
          await t.deps.db
            .insertInto('chain_segments')
            .values({
              chain_id: chainId,
              parent_id: null,
              stage: 'upstream',
              name,
              products: null,
              sort_order: 0,
              expected_share: null,
              retired_at: null,
              created_at: '2024-05-18T00:00:00.000Z',
              updated_at: '2024-05-18T00:00:00.000Z',
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
      );
    chainMapExtra.segment = await segmentOf(w.chains.chainA, '坏输入已有环节');
    chainMapExtra.segmentB = await segmentOf(w.chains.chainB, '坏输入别链环节');
    chainMapExtra.candidate = Number(
      (
        await t.deps.db
          .insertInto('chain_candidates')
          .values({
            chain_id: w.chains.chainA,
            segment_id: null,
            name: '坏输入已有候选',
            credit_code: creditCode(970_000_300, '320500'),
            province: '江苏省',
            products: null,
            size: 'small',
            lead_id: null,
            demo: false,
            created_at: '2024-05-18T00:00:00.000Z',
            updated_at: '2024-05-18T00:00:00.000Z',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
    fundExtra.fund = await fundsRepository.insert(t.deps.db, {
      name: '坏输入已有基金',
      manager: '坏输入管理机构',
      level: 'provincial',
      size: 1000,
      establishedOn: null,
      keeperOrgId: null,
      notes: null,
      chainIds: [w.chains.chainA],
      at: '2024-03-01T00:00:00.000Z',
    });
    fundExtra.investment = await fundsRepository.insertInvestment(t.deps.db, {
      fundId: fundExtra.fund,
      chainId: w.chains.chainA,
      enterpriseId: w.enterprises.entA,
      projectId: null,
      amount: 1000,
      investedOn: '2024-04-10',
      stage: 'intent',
      notes: null,
      at: '2024-03-01T00:00:00.000Z',
    });
    fundExtra.policy = await policiesRepository.insert(t.deps.db, {
      title: '坏输入已有政策',
      issuerOrgId: null,
      issuerName: '省工信厅',
      documentNumber: null,
      issuedOn: '2024-03-01',
      supports: ['land'],
      incentiveScheme: false,
      schemeYear: null,
      summary: null,
      chainIds: [w.chains.chainA],
      at: '2024-03-01T00:00:00.000Z',
    });
    const at = '2024-03-01T00:00:00.000Z';
    thinkExtra.report = await thinktankRepository.insertReport(t.deps.db, {
      chainId: w.chains.chainA,
      title: '坏输入专家报告',
      reportedOn: '2024-07-01',
      recommendations: '坏输入建议',
      followUp: null,
      followUpState: 'pending',
      expertIds: [w.expert],
      at,
    });
    thinkExtra.pairing = await thinktankRepository.insertPairing(t.deps.db, {
      expertId: w.expert,
      enterpriseId: w.enterprises.entA,
      chainId: w.chains.chainA,
      fromOn: '2024-03-01',
      toOn: '2024-12-31',
      notes: null,
      at,
    });
    const stamps = { demo: false, created_at: '2024-03-01', updated_at: '2024-03-01' };
    techExtra.technology = Number(
      (
        await t.deps.db
          .insertInto('key_technologies')
          .values({
            chain_id: w.chains.chainA,
            segment_id: null,
            name: '坏输入技术',
            gap: '坏输入卡点',
            institutes: null,
            state: 'pending',
            target_on: null,
            broken_through_on: null,
            ...stamps,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
    techExtra.consortium = Number(
      (
        await t.deps.db
          .insertInto('innovation_consortia')
          .values({
            chain_id: w.chains.chainA,
            name: '坏输入联合体',
            leader_enterprise_id: w.enterprises.entA,
            jinchuanggu: false,
            founded_on: null,
            notes: null,
            ...stamps,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
    techExtra.platform = Number(
      (
        await t.deps.db
          .insertInto('innovation_platforms')
          .values({
            chain_id: w.chains.chainA,
            name: '坏输入平台',
            kind: 'keyLab',
            level: 'provincial',
            host_enterprise_id: null,
            host_name: '坏输入研究院',
            recognised_on: null,
            ...stamps,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
    const reviewed = await t.deps.db
      .insertInto('fund_reserve')
      .values({
        project_id: w.projects.projA,
        year: 2023,
        gap: 'shortBoard',
        reason: '已审核的推荐',
        recommended_by: w.orgs.leadA,
        recommended_at: '2024-03-01T00:00:00.000Z',
        state: 'accepted',
        review_note: '同意入库',
        reviewed_at: '2024-03-10T00:00:00.000Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    extra.reviewedReserve = Number(reviewed.id);
    const problem = await t.deps.db
      .insertInto('problems')
      .values({
        title: '坏输入待受理问题',
        description: '坏输入',
        category: 'land',
        chain_id: w.chains.chainA,
        project_id: null,
        enterprise_id: w.enterprises.entA,
        raised_by_org_id: w.orgs.enterprise,
        raised_by_user_id: null,
        visit_id: null,
        responsible_org_id: w.orgs.leadA,
        responsible_person: null,
        deadline: '2099-12-31',
        state: 'raised',
        level: 'leadUnit',
        answer: null,
        rating: null,
        demo: false,
        created_at: '2024-05-01T00:00:00.000Z',
        updated_at: '2024-05-01T00:00:00.000Z',
        closed_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    extra.problem = Number(problem.id);
    const meeting = await t.deps.db
      .insertInto('meetings')
      .values({
        chain_id: w.chains.chainA,
        held_on: '2024-06-20',
        title: '坏输入协调会',
        location: null,
        attendees: '坏输入',
        notes: null,
        created_at: '2024-06-20T00:00:00.000Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    extra.meeting = Number(meeting.id);
    const decision = await t.deps.db
      .insertInto('meeting_decisions')
      .values({
        meeting_id: extra.meeting,
        content: '坏输入已完成事项',
        owner_org_id: w.orgs.cityA,
        owner_person: null,
        deadline: '2099-06-30',
        problem_id: null,
        done: true,
        progress: '[]',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    extra.doneDecision = Number(decision.id);
    const leadUnitMilestones = await t.deps.db
      .selectFrom('plan_milestones')
      .select('id')
      .where('responsible', '=', JSON.stringify(['各链长牵头单位']))
      .orderBy('id')
      .limit(2)
      .execute();
    extra.confirmedMilestone = Number(leadUnitMilestones[0].id);
    extra.openMilestone = Number(leadUnitMilestones[1].id);
    await t.deps.db
      .updateTable('plan_milestones')
      .set({
        state: 'confirmed',
        evidence: '已完成',
        reported_by: '省工信厅',
        reported_at: '2024-03-01T00:00:00.000Z',
        confirmed_at: '2024-03-05T00:00:00.000Z',
      })
      .where('id', '=', extra.confirmedMilestone)
      .execute();
    await t.deps.db
      .insertInto('work_reports')
      .values({
        organisation_id: w.orgs.leadA,
        kind: 'quarterly',
        period: '2024Q1',
        title: '2024年第一季度工作总结',
        content: '已报送',
        submitted_by: 'leadAEditor',
        submitted_at: '2024-04-05T00:00:00.000Z',
      })
      .execute();
    planningExtra.requirement = Number(
      (
        await t.deps.db
          .selectFrom('plan_document_requirements')
          .select('id')
          .where('kind', '=', 'chainActionPlan')
          .executeTakeFirstOrThrow()
      ).id,
    );
    planningExtra.document = Number(
      (
        await t.deps.db
          .insertInto('planning_documents')
          .values({
            requirement_id: planningExtra.requirement,
            organisation_id: w.orgs.leadA,
            enterprise_id: null,
            chain_id: w.chains.chainA,
            title: '特钢材料产业链2024年行动方案',
            issued_on: '2024-01-20',
            note: null,
            submitted_by: null,
            submitted_at: '2024-01-22T00:00:00.000Z',
            updated_at: '2024-01-22T00:00:00.000Z',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
    for (const as of new Set(WRITES.map((r) => r.as))) clients.set(as, as === 'anonymous' ? t.anonymous() : await t.login(as));
  });
  afterAll(() => t.close());

  /** The database after the last case: the next case starts from it (nothing else writes in between). */
  let last: Snapshot | null = null;
  it.each(CASES)('$name', async (c) => {
    const before = last ?? (await snapshot(t.deps.db));
    last = null;
    const res = await c.send(clients.get(c.as) as Client, w);
    const body = expectApiError(res, c.status, c.code);
    const named = Object.keys(body.fields ?? {}).map((path) => path.split('.')[0]);
    for (const field of c.fields ?? []) expect(named, res.body).toContain(field);
    if (c.message !== undefined) expect(body.message).toBe(c.message);
    const after = await snapshot(t.deps.db);
    expect(after).toEqual(before);
    last = after;
  });

  it('the table holds every write route the app serves, and nothing else', () => {
    const writes = registeredApiRoutes(t.app).filter((r) => !r.startsWith('GET '));
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
      // the `id` in the body did not redirect the patch to chain B
      expect((await lead.get(`/api/chains/${w.chains.chainB}`)).json().notes).not.toBe('只改备注');
    });
  });
});
