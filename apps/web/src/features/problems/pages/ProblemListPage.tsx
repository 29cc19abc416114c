import { PlusOutlined } from '@ant-design/icons';
import { PROBLEM_CATEGORY_LABELS, ProblemCategory, ProblemLevel, ProblemState } from '@chainboard/contracts';
import { Button, Flex, Segmented, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, FilterSelect, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { SearchInput } from '../../../components/SearchInput';
import { formatDate } from '../../../lib/format';
import { pagedTable, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/hooks';
import { ExportButton } from '../../excel/ExportButton';
import type { Mine, Problem, ProblemFilters, ProblemListQuery } from '../api';
import { ProblemFormDrawer } from '../components/ProblemFormDrawer';
import { ProblemStatsStrip } from '../components/ProblemStatsStrip';
import { ProblemsNav } from '../components/ProblemsNav';
import { OverdueTag, ProblemLevelTag, ProblemStateTag } from '../components/ProblemTags';
import { useChainChoices, useProblems } from '../hooks';
import { MINE_LABELS, PROBLEM_CATEGORY_OPTIONS, PROBLEM_LEVEL_OPTIONS, PROBLEM_STATE_OPTIONS } from '../labels';
import { canRaiseProblem } from '../permissions';

const toNumber = (v: string | undefined) => (v && Number.isInteger(Number(v)) ? Number(v) : undefined);
const MINES: Mine[] = ['toAccept', 'toAnswer', 'toConfirm'];

export function ProblemListPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const [raising, setRaising] = useState(false);
  const chains = useChainChoices();

  const filters: ProblemFilters = {
    q: params.q,
    chainId: toNumber(params.chainId),
    state: ProblemState.safeParse(params.state).data,
    level: ProblemLevel.safeParse(params.level).data,
    category: ProblemCategory.safeParse(params.category).data,
    overdue: params.overdue === 'true' || params.overdue === 'false' ? params.overdue : undefined,
    mine: MINES.find((m) => m === params.mine),
  };
  const query: ProblemListQuery = { ...filters, page, pageSize };
  const { data, isFetching } = useProblems(query);
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const setFilters = (patch: Partial<ProblemFilters>) =>
    update(Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v === undefined ? undefined : String(v)])));

  const columns: TableColumnsType<Problem> = [
    {
      title: '问题',
      dataIndex: 'title',
      key: 'title',
      fixed: 'start',
      width: isMobile ? 160 : 280,
      render: (title: string, p) => (
        <Flex vertical gap={2}>
          <Link to={`/problems/${p.id}`}>{title}</Link>
          {p.overdue && (
            <span>
              <OverdueTag />
            </span>
          )}
        </Flex>
      ),
    },
    { title: '产业链', dataIndex: 'chainName', key: 'chain' },
    { title: '类别', dataIndex: 'category', key: 'category', render: (c: Problem['category']) => PROBLEM_CATEGORY_LABELS[c] },
    { title: '反映单位', dataIndex: 'raisedByOrgName', key: 'raisedBy' },
    { title: '责任单位', dataIndex: 'responsibleOrgName', key: 'responsible' },
    {
      title: '办理期限',
      dataIndex: 'deadline',
      key: 'deadline',
      render: (d: string, p) => <Typography.Text type={p.overdue ? 'danger' : undefined}>{d}</Typography.Text>,
    },
    { title: '状态', dataIndex: 'state', key: 'state', render: (s: Problem['state']) => <ProblemStateTag state={s} /> },
    { title: '协调层级', dataIndex: 'level', key: 'level', render: (l: Problem['level']) => <ProblemLevelTag level={l} /> },
    { title: '最近办理', dataIndex: 'updatedAt', key: 'updatedAt', render: formatDate },
  ];

  const mineOptions = [{ value: 'all', label: '全部' }, ...MINES.map((m) => ({ value: m, label: MINE_LABELS[m] }))];

  return (
    <ContentCard>
      <ProblemsNav />
      <PageHeader
        title="问题清单"
        actions={
          <>
            <ExportButton url="/api/problems/export" query={filters} fallbackName="问题清单.xlsx" />
            {canRaiseProblem(me) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setRaising(true)}>
                反映问题
              </Button>
            )}
          </>
        }
      />
      <ProblemStatsStrip filters={filters} onFilter={setFilters} />
      {me.roles.includes('editor') && (
        <Segmented
          aria-label="我的待办"
          style={{ marginBottom: 12, maxWidth: '100%', overflowX: 'auto' }}
          options={mineOptions}
          value={filters.mine ?? 'all'}
          onChange={(v) => update({ mine: v === 'all' ? undefined : String(v) })}
        />
      )}
      <FilterBar
        onReset={() =>
          update({
            q: undefined,
            chainId: undefined,
            state: undefined,
            level: undefined,
            category: undefined,
            overdue: undefined,
            mine: undefined,
          })
        }
        more={
          <>
            <FilterSelect
              label="协调层级"
              options={PROBLEM_LEVEL_OPTIONS}
              value={filters.level}
              onChange={(v) => update({ level: v })}
              width={150}
            />
            <FilterSelect
              label="问题类别"
              options={PROBLEM_CATEGORY_OPTIONS}
              value={filters.category}
              onChange={(v) => update({ category: v })}
              width={130}
            />
          </>
        }
      >
        <SearchInput label="问题标题" value={params.q} onSearch={(q) => update({ q })} style={filterWidth(isMobile, 200)} />
        <Select
          aria-label="产业链"
          placeholder="产业链"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={chains.loading}
          options={chains.options}
          value={filters.chainId}
          onChange={(v?: number) => update({ chainId: v === undefined ? undefined : String(v) })}
          style={filterWidth(isMobile, 160)}
        />
        <FilterSelect
          label="状态"
          options={PROBLEM_STATE_OPTIONS}
          value={filters.state}
          onChange={(v) => update({ state: v })}
          width={130}
        />
        <Select
          aria-label="是否逾期"
          placeholder="是否逾期"
          allowClear
          options={[
            { value: 'true', label: '逾期' },
            { value: 'false', label: '未逾期' },
          ]}
          value={filters.overdue}
          onChange={(v?: string) => update({ overdue: v })}
          style={filterWidth(isMobile, 120)}
        />
      </FilterBar>
      <Table<Problem>
        rowKey="id"
        columns={columns}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        {...pagedTable(page, pageSize, data?.total, update)}
        locale={{
          emptyText: filtered ? '没有符合条件的问题' : canRaiseProblem(me) ? '还没有问题，遇到需要协调解决的事可以 反映问题' : '还没有问题',
        }}
      />
      <ProblemFormDrawer open={raising} onClose={() => setRaising(false)} />
    </ContentCard>
  );
}
