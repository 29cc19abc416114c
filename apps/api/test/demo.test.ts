import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../src/demo/demo-logins.js';
import { generateDemo } from '../src/demo/generate-demo.js';
import { describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

describeOnBothDatabases('demo data', (kind) => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform(kind, { demo: true });
    await generateDemo(t.deps, { scale: 0.25 });
  });
  afterAll(() => t.close());

  it('is the same on every run, sized by the scale, every enterprise marked as demo', async () => {
    const office = await t.login('office', DEMO_PASSWORD);
    const enterprises = (await office.get('/api/enterprises?pageSize=1')).json();
    expect(enterprises.total).toBe(200);
    expect(enterprises.items[0]).toMatchObject({ demo: true });
    expect(enterprises.items[0].name).toContain('示例');
    const masters = (await office.get('/api/enterprises?tier=master&pageSize=1')).json().total;
    expect(masters).toBeGreaterThan(5);
    expect((await office.get('/api/projects?pageSize=1')).json().total).toBe(40);
  });

  it('gives every module something to show', async () => {
    const office = await t.login('office', DEMO_PASSWORD);
    const lists = ['/api/forging-contacts', '/api/matchmaking-events', '/api/plans/2024/documents', '/api/attraction-targets?year=2024'];
    for (const url of lists) {
      const body = (await office.get(url)).json();
      const count = Array.isArray(body) ? body.length : body.total;
      expect(count, url).toBeGreaterThan(0);
    }
    const masters = (await office.get('/api/attraction-progress?year=2024&level=master')).json();
    expect(masters.some((m: { landed: number }) => m.landed > 0)).toBe(true);
  });

  it('lists one login per role on the login page, each of which works', async () => {
    const logins = (await t.anonymous().get('/api/demo/logins')).json();
    expect(logins.map((l: { username: string }) => l.username)).toEqual(DEMO_LOGINS.map((l) => l.username));
    for (const l of logins) expect((await t.login(l.username, l.password)).session).toBeTruthy();
    const enterprise = await t.login('enterprise', DEMO_PASSWORD);
    expect((await enterprise.get('/api/enterprises')).json().total).toBe(1);
  });
});
