import { Alert, Button, Card, Col, Flex, Row, Segmented, Skeleton, Tag, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { AsOfPicker, useAsOfParam } from '../../../components/AsOfPicker';
import { PageHeader } from '../../../components/PageHeader';
import { dayText, revenueCoverage } from '../../../lib/asOf';
import { errorMessage } from '../../../lib/errors';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import { DemoTag } from '../../health/components/DemoTag';
import type { Cockpit, DrillParams } from '../api';
import { FigureCard } from '../components/FigureCard';
import { TargetCard } from '../components/TargetCard';
import { WeakLinksCard } from '../components/WeakLinksCard';
import { useCockpit, useRanking, useSnapshot, useSnapshots } from '../hooks';
import { STATUS_COLORS } from '../labels';
import { canSeeProvinceCockpit, canSeeRanking, canTakeSnapshot } from '../permissions';

// The charts (and echarts with them) are a chunk of their own, fetched after the figures are on screen.
const CockpitCharts = lazy(() => import('../components/CockpitCharts'));
// Tables (the ranking below the fold, the drill-down drawer) load after the first screen.
const RankingTable = lazy(() => import('../components/RankingTable'));
const DrillDrawer = lazy(() => import('../components/DrillDrawer'));
// Pickers (antd Select) are not needed to read the province at a glance.
const SnapshotBar = lazy(() => import('../components/SnapshotBar'));
const ViewSelect = lazy(() => import('../components/ViewSelect'));

const numberParam = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

/** 驾驶舱: every target live for the province, one chain or one city; every figure opens its rows. */
export function CockpitPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const province = canSeeProvinceCockpit(me);
  const isCity = me.organisationType === 'city' && !province;
  const chainOptions = useChainOptions();
  const myChains = useMemo(
    () =>
      (chainOptions.data ?? []).filter(
        (c) => c.status === 'key' && (province || c.leadUnitId === me.organisationId || c.leaderUserId === me.id),
      ),
    [chainOptions.data, province, me.organisationId, me.id],
  );

  let chainId = numberParam(params.get('chainId'));
  let cityId = numberParam(params.get('cityId'));
  if (!province && chainId === undefined && cityId === undefined) {
    if (isCity) cityId = me.organisationId;
    else chainId = myChains[0]?.id;
  }
  const snapshotId = province ? numberParam(params.get('snapshot')) : undefined;
  const resolved = province || chainId !== undefined || cityId !== undefined;
  // a chosen day names its plan year; none = the server's default year and day
  const askedAsOf = useAsOfParam();
  const asOf = snapshotId === undefined ? askedAsOf : undefined;
  const year = asOf ? Number(asOf.slice(0, 4)) : undefined;

  const live = useCockpit({ year, asOf, chainId, cityId }, resolved && snapshotId === undefined);
  const snapshot = useSnapshot(snapshotId);
  const ranking = useRanking(canSeeRanking(me) && snapshotId === undefined, year, asOf);
  // the province's distinct enterprises, which the ranking's per-chain sum is read against (cached from the province view)
  const inChainOrCity = chainId !== undefined || cityId !== undefined;
  const provinceLive = useCockpit({ year, asOf }, province && inChainOrCity && snapshotId === undefined && ranking.data !== undefined);
  const snapshots = useSnapshots(province);
  const cockpit: Cockpit | undefined = snapshotId !== undefined ? snapshot.data?.cockpit : live.data;
  const rankingRows = snapshotId !== undefined ? snapshot.data?.ranking.rows : ranking.data?.rows;

  const [drill, setDrill] = useState<{ params: DrillParams; title: string } | null>(null);
  const onDrill = (d: DrillParams, title: string) => setDrill({ params: d, title });

  /** `asOf` null drops the chosen day; undefined keeps it (except for a snapshot, which holds its own). */
  const setView = (next: { chainId?: number; cityId?: number; snapshot?: number; asOf?: null }) => {
    const p = new URLSearchParams();
    if (next.chainId !== undefined) p.set('chainId', String(next.chainId));
    if (next.cityId !== undefined) p.set('cityId', String(next.cityId));
    if (next.snapshot !== undefined) p.set('snapshot', String(next.snapshot));
    // another view keeps the chosen day; a snapshot holds its own
    else if (asOf && next.asOf !== null) p.set('asOf', asOf);
    setParams(p);
  };
  const kind = chainId !== undefined ? 'chain' : cityId !== undefined ? 'city' : 'province';
  const cities = (live.data ?? cockpit)?.landed.perCity ?? [];

  if (!resolved && !chainOptions.isLoading) {
    return <Alert type="info" showIcon message="暂无可查看的驾驶舱" description="您的单位尚未负责任何产业链。" />;
  }

  const viewPicker = (
    <Flex wrap gap={8}>
      {province && (
        <Segmented
          value={kind}
          onChange={(v) => setView(v === 'chain' ? { chainId: myChains[0]?.id } : v === 'city' ? { cityId: cities[0]?.unitId } : {})}
          options={[
            { value: 'province', label: '全省' },
            { value: 'chain', label: '按产业链' },
            { value: 'city', label: '按市' },
          ]}
        />
      )}
      <Suspense fallback={null}>
        {kind === 'chain' && myChains.length > (province ? 0 : 1) && (
          <ViewSelect
            value={chainId}
            onChange={(id) => setView({ chainId: id })}
            options={myChains.map((c) => ({ value: c.id, label: c.name }))}
            label="产业链"
          />
        )}
        {kind === 'city' && province && (
          <ViewSelect
            value={cityId}
            onChange={(id) => setView({ cityId: id })}
            options={cities.map((c) => ({ value: c.unitId, label: c.label }))}
            label="市"
          />
        )}
      </Suspense>
    </Flex>
  );

  return (
    <div data-testid="cockpit">
      <PageHeader
        title="驾驶舱"
        tags={
          <>
            <DemoTag />
            {cockpit && <Tag color="blue">{cockpit.view.name}</Tag>}
            {cockpit && (
              <Typography.Text type="secondary" data-testid="cockpit-as-of">
                {cockpit.planTitle ?? `${cockpit.year}年`} · <span style={{ whiteSpace: 'nowrap' }}>数据截至 {dayText(cockpit.asOf)}</span>
                {snapshotId !== undefined ? '（快照）' : ''}
              </Typography.Text>
            )}
          </>
        }
        actions={
          <>
            {viewPicker}
            {snapshotId === undefined && cockpit && <AsOfPicker year={cockpit.year} />}
            {province && kind === 'province' && (
              <Suspense fallback={null}>
                <SnapshotBar
                  snapshots={snapshots.data ?? []}
                  selected={snapshotId}
                  onSelect={(id) => setView({ snapshot: id })}
                  canTake={canTakeSnapshot(me)}
                  year={cockpit?.year ?? new Date().getFullYear()}
                />
              </Suspense>
            )}
          </>
        }
      />
      {!cockpit && asOf && live.error ? (
        // a day from a link may lie outside the plan year or after today: say so, and offer the default
        <Alert
          type="warning"
          showIcon
          message={`无法按统计日期 ${asOf} 显示`}
          description={errorMessage(live.error)}
          action={<Button onClick={() => setView({ chainId, cityId, asOf: null })}>改为默认日期</Button>}
        />
      ) : !cockpit ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <Flex vertical gap={12}>
          <Row gutter={[12, 12]}>
            {cockpit.targets.map((t) => (
              <Col key={t.key} xs={24} sm={12} lg={8} xxl={6}>
                <TargetCard target={t} onDrill={onDrill} revenueLabel={`营收（${revenueCoverage(cockpit.asOf)}）`} />
              </Col>
            ))}
          </Row>
          <Row gutter={[12, 12]}>
            <Col xs={12} md={8} xxl={4}>
              <FigureCard figure={cockpit.problems.open} onDrill={onDrill} color="#1677ff" />
            </Col>
            <Col xs={12} md={8} xxl={4}>
              <FigureCard figure={cockpit.problems.overdue} onDrill={onDrill} color="#cf1322" />
            </Col>
            <Col xs={12} md={8} xxl={4}>
              <FigureCard figure={cockpit.problems.solved} onDrill={onDrill} color={STATUS_COLORS.met} />
            </Col>
            {cockpit.milestones && (
              <>
                <Col xs={12} md={8} xxl={4}>
                  <FigureCard figure={cockpit.milestones.done} onDrill={onDrill} color={STATUS_COLORS.met} />
                </Col>
                <Col xs={12} md={8} xxl={4}>
                  <FigureCard figure={cockpit.milestones.late} onDrill={onDrill} color="#cf1322" />
                </Col>
              </>
            )}
            <Col xs={12} md={8} xxl={4}>
              <FigureCard
                figure={cockpit.freshness.stale}
                onDrill={onDrill}
                color={STATUS_COLORS.behind}
                extra={
                  <Typography.Text type="secondary">
                    共 {cockpit.freshness.total.value ?? 0} 家链上企业
                    {cockpit.freshness.owners.length > 0 &&
                      `；维护单位：${cockpit.freshness.owners
                        .slice(0, 3)
                        .map((o) => `${o.ownerName} ${o.stale}`)
                        .join('、')}`}
                  </Typography.Text>
                }
              />
            </Col>
          </Row>
          {cockpit.weakLinks && <WeakLinksCard gaps={cockpit.weakLinks} />}
          <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
            <CockpitCharts cockpit={cockpit} onDrill={onDrill} />
          </Suspense>
          {cockpit.landed.perZone.length > 0 && (
            <Card size="small" title={`承载示范开发区落地项目（个，目标每区 ≥ ${cockpit.landed.perZone[0]?.target ?? 2}）`}>
              <Flex wrap gap={8}>
                {cockpit.landed.perZone.map((z) => (
                  <Tag
                    key={z.id}
                    color={z.target !== null && (z.value ?? 0) >= z.target ? 'green' : 'orange'}
                    style={{ cursor: 'pointer', marginInlineEnd: 0 }}
                    onClick={() => z.drill && onDrill(z.drill, `${z.label} · 落地项目`)}
                  >
                    {z.label} {z.value}
                  </Tag>
                ))}
              </Flex>
            </Card>
          )}
          {rankingRows && (
            <Card size="small" title="产业链排名" styles={{ body: { padding: isMobile ? 0 : undefined } }}>
              <Suspense fallback={<Skeleton active />}>
                <RankingTable
                  rows={rankingRows}
                  revenueLabel={revenueCoverage(
                    (snapshotId !== undefined ? snapshot.data?.ranking.asOf : ranking.data?.asOf) ?? cockpit.asOf,
                  )}
                  distinctTotal={(kind === 'province' ? cockpit : provinceLive.data)?.freshness.total.value ?? null}
                  loading={ranking.isFetching}
                  onDrill={onDrill}
                  onOpenChain={snapshotId === undefined ? (id) => setView({ chainId: id }) : undefined}
                  canOpen={(id) => province || myChains.some((c) => c.id === id)}
                />
              </Suspense>
            </Card>
          )}
        </Flex>
      )}
      {drill && (
        <Suspense fallback={null}>
          <DrillDrawer drill={drill.params} title={drill.title} onClose={() => setDrill(null)} />
        </Suspense>
      )}
    </div>
  );
}
