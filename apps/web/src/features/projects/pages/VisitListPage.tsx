import { PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate, orDash } from '../../../lib/format';
import { pagination, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/hooks';
import type { VisitRow } from '../api';
import { ProjectsNav } from '../components/ProjectsNav';
import { usePlaceOptions } from '../components/usePlaceOptions';
import { VisitFormDrawer } from '../components/VisitFormDrawer';
import { useChainOptions, useVisits } from '../hooks';
import { canRecordVisit } from '../permissions';

const toNumber = (v: string | undefined) => (v && Number.isInteger(Number(v)) ? Number(v) : undefined);

function Names({ items, link }: { items: { id: number; name: string }[]; link?: (id: number) => string }) {
  if (items.length === 0) return <>—</>;
  return (
    <Flex vertical gap={2}>
      {items.map((item) =>
        link ? (
          <Link key={item.id} to={link(item.id)}>
            {item.name}
          </Link>
        ) : (
          <span key={item.id}>{item.name}</span>
        ),
      )}
    </Flex>
  );
}

function VisitDetail({ visit }: { visit: VisitRow }) {
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        { key: 'summary', label: '走访情况', children: <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(visit.summary)}</span> },
        {
          key: 'problems',
          label: '听取的问题',
          children:
            visit.problemsHeard.length === 0 ? (
              '—'
            ) : (
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {visit.problemsHeard.map((p, i) => (
                  // problems are plain lines without ids; their order is their identity
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <li key={i}>{p}</li>
                ))}
              </ol>
            ),
        },
      ]}
    />
  );
}

/** 入企服务: lead units' visits to cities, their enterprises and projects, and the problems heard. */
export function VisitListPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const [recording, setRecording] = useState(false);
  const chainId = toNumber(params.chainId);
  const cityId = toNumber(params.cityId);
  const { data, isFetching } = useVisits({ page, pageSize, chainId, cityId });
  const chains = useChainOptions();
  const places = usePlaceOptions(me);
  const recorder = canRecordVisit(me);

  const columns: TableColumnsType<VisitRow> = [
    { title: '走访日期', dataIndex: 'visitedOn', fixed: 'start', render: formatDate },
    { title: '牵头单位', dataIndex: 'leadUnitName' },
    { title: '产业链', dataIndex: 'chainName', render: orDash },
    { title: '走访的市', dataIndex: 'cityName' },
    { title: '走访人员', dataIndex: 'people', width: 180 },
    { title: '走访企业', dataIndex: 'enterprises', render: (items: VisitRow['enterprises']) => <Names items={items} /> },
    {
      title: '走访项目',
      dataIndex: 'projects',
      render: (items: VisitRow['projects']) => <Names items={items} link={(id) => `/projects/${id}`} />,
    },
    {
      title: '听取问题',
      dataIndex: 'problemsHeard',
      align: 'end',
      render: (items: string[]) => (items.length ? `${items.length} 条` : '—'),
    },
  ];

  return (
    <>
      <ProjectsNav />
      <ContentCard>
        <PageHeader
          title="入企服务"
          actions={
            recorder && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setRecording(true)}>
                记录走访
              </Button>
            )
          }
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          链长牵头单位定期赴地市开展入企服务，协调解决项目建设中遇到的问题。
        </Typography.Paragraph>
        <FilterBar onReset={() => update({ chainId: undefined, cityId: undefined })}>
          <Select
            aria-label="产业链"
            placeholder="产业链"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={chains.loading}
            options={chains.options}
            value={chainId}
            onChange={(v?: number) => update({ chainId: v === undefined ? undefined : String(v) })}
            style={filterWidth(isMobile, 170)}
          />
          <Select
            aria-label="走访的市"
            placeholder="走访的市"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={places.loading}
            options={places.cityOptions}
            value={cityId}
            onChange={(v?: number) => update({ cityId: v === undefined ? undefined : String(v) })}
            style={filterWidth(isMobile, 160)}
          />
        </FilterBar>
        <Table<VisitRow>
          rowKey="id"
          columns={columns}
          dataSource={data?.items}
          loading={isFetching}
          scroll={TABLE_SCROLL}
          pagination={pagination(page, pageSize, data?.total)}
          onChange={(p) => update({ page: String(p.current ?? 1), pageSize: String(p.pageSize ?? 20) })}
          expandable={{ expandedRowRender: (visit) => <VisitDetail visit={visit} /> }}
          locale={{
            emptyText: chainId || cityId ? '没有符合条件的走访记录' : recorder ? '还没有走访记录，可以 记录走访' : '还没有走访记录',
          }}
        />
        <VisitFormDrawer open={recording} onClose={() => setRecording(false)} />
      </ContentCard>
    </>
  );
}
