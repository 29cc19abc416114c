import { InputNumber, Table, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageLoading } from '../../../app/PageLoading';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { TABLE_SCROLL } from '../../../lib/table';
import { useListParams } from '../../../lib/useListParams';
import { formatWan } from '../../enterprises/money';
import type { ChainSummary } from '../api';
import { FundsNav } from '../components/FundsNav';
import { useChainSummary } from '../hooks';

const FundChainsChart = lazy(() => import('../components/FundChainsChart'));

/** 各链投资: per chain, the funds at work in the year (at least one 已投 investment) and the money invested. */
export function FundChainsPage() {
  const navigate = useNavigate();
  const { params, update } = useListParams();
  const year = Number(params.year) || dayjs().year();
  const { data, isFetching } = useChainSummary(year);
  const rows = data ?? [];
  const open = (chainId: number) => navigate(`/funds?chainId=${chainId}`);
  const columns: TableColumnsType<ChainSummary> = [
    {
      title: '产业链',
      dataIndex: 'chainName',
      fixed: 'start',
      render: (n: string, r) => <Link to={`/funds?chainId=${r.chainId}`}>{n}</Link>,
    },
    { title: '在投基金（只）', dataIndex: 'fundsAtWork', align: 'right' },
    { title: '已投笔数', dataIndex: 'investmentCount', align: 'right' },
    { title: '已投金额（万元）', dataIndex: 'investedAmount', align: 'right', render: (v: number) => formatWan(v) },
    { title: '与链主资本合作（万元）', dataIndex: 'cooperationAmount', align: 'right', render: (v: number) => formatWan(v) },
  ];
  const total = rows.reduce((s, r) => s + r.investedAmount, 0);
  return (
    <ContentCard>
      <FundsNav />
      <PageHeader title="各产业链基金投资" />
      <FilterBar onReset={() => update({ year: undefined })}>
        <InputNumber
          aria-label="年度"
          min={2000}
          max={2100}
          value={year}
          suffix="年"
          onChange={(v) => update({ year: v ? String(v) : undefined })}
          style={{ width: 120 }}
        />
      </FilterBar>
      <Suspense fallback={<PageLoading />}>
        <FundChainsChart rows={rows} year={year} asOf={dayjs().format('YYYY-MM-DD')} onPick={open} />
      </Suspense>
      <Table<ChainSummary>
        style={{ marginTop: 16 }}
        rowKey="chainId"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={isFetching}
        pagination={false}
        scroll={TABLE_SCROLL}
        summary={() =>
          rows.length ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
              <Table.Summary.Cell index={1} />
              <Table.Summary.Cell index={2} align="right">
                {rows.reduce((s, r) => s + r.investmentCount, 0)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {formatWan(total)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {formatWan(rows.reduce((s, r) => s + r.cooperationAmount, 0))}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
        locale={{ emptyText: '该年度没有可查看的产业链' }}
      />
    </ContentCard>
  );
}
