import { periodLabel, type Round } from '@chainboard/contracts';
import { Col, Progress, Row, Spin, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { useReporting } from '../hooks';

/** 报送情况 of a quarterly round: which chain enterprises reported the quarter's figures, and which not yet. */
export function ReportingTab({ round }: { round: Round }) {
  const { data, isLoading } = useReporting(round.id, true);
  if (isLoading || !data) return <Spin />;
  const total = data.reported.length + data.missing.length;
  const percent = total ? Math.round((data.reported.length / total) * 1000) / 10 : 0;
  const link = (id: number, name: string) => <Link to={`/enterprises/${id}?tab=figures`}>{name}</Link>;
  return (
    <>
      <Typography.Paragraph>
        {periodLabel(data.period)}：应报 {total} 家，已报 {data.reported.length} 家，未报 {data.missing.length} 家
      </Typography.Paragraph>
      <Progress percent={percent} format={(p) => `${(p ?? 0).toFixed(1)}%`} style={{ maxWidth: 480, marginBottom: 16 }} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>未报送（{data.missing.length}）</Typography.Title>
          <Table
            rowKey="enterpriseId"
            size="small"
            dataSource={data.missing}
            pagination={data.missing.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            columns={[
              { title: '企业', dataIndex: 'name', render: (name: string, r) => link(r.enterpriseId, name) },
              { title: '所在市', dataIndex: 'cityName' },
            ]}
            locale={{ emptyText: '全部已报送' }}
          />
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>已报送（{data.reported.length}）</Typography.Title>
          <Table
            rowKey="enterpriseId"
            size="small"
            dataSource={data.reported}
            pagination={data.reported.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            columns={[
              { title: '企业', dataIndex: 'name', render: (name: string, r) => link(r.enterpriseId, name) },
              { title: '报送时间', dataIndex: 'reportedAt', render: formatDateTime },
            ]}
            locale={{ emptyText: '还没有企业报送' }}
          />
        </Col>
      </Row>
    </>
  );
}
