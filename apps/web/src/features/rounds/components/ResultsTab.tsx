import { type PublishedEntry, type Round, TIER_LABELS, type Tier } from '@chainboard/contracts';
import { Alert, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { TABLE_SCROLL } from '../../../lib/table';
import { TierTag } from '../../enterprises/components/EnterpriseTags';
import { useResults } from '../hooks';

/** 公布名单: the enterprises recognised in a published round, and from when. */
export function ResultsTab({ round }: { round: Round }) {
  const { data, isLoading } = useResults(round.id, round.state === 'published');
  const columns: TableColumnsType<PublishedEntry> = [
    { title: '序号', key: 'n', width: 64, render: (_, __, i) => i + 1 },
    {
      title: '企业名称',
      dataIndex: 'enterpriseName',
      render: (name: string, d) => <Link to={`/enterprises/${d.enterpriseId}`}>{name}</Link>,
    },
    { title: '统一社会信用代码', dataIndex: 'creditCode' },
    { title: '产业链', dataIndex: 'chainName' },
    { title: '认定层级', dataIndex: 'tier', render: (tier: Tier) => <TierTag tier={tier} /> },
    { title: '生效日期', dataIndex: 'effectiveOn' },
  ];
  return (
    <>
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 12 }}
        title={`${data?.length ?? 0} 家企业认定为${TIER_LABELS[round.kind]}，自 ${round.effectiveOn} 起生效`}
      />
      <Table<PublishedEntry>
        rowKey={(d) => `${d.enterpriseId}-${d.chainId}`}
        size="small"
        columns={columns}
        dataSource={data}
        loading={isLoading}
        pagination={false}
        scroll={TABLE_SCROLL}
        locale={{ emptyText: '本批次没有认定的企业' }}
      />
    </>
  );
}
