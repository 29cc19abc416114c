import { PlusOutlined } from '@ant-design/icons';
import { DEMONSTRATION_MODE_LABELS } from '@chainboard/contracts';
import { Button, Card, Flex, Progress, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ContentCard } from '../../../components/ContentCard';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate, orDash } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useMe } from '../../auth/hooks';
import type { DemonstrationMode, ModeDemonstrationRow } from '../api';
import { DemonstrationFormDrawer } from '../components/DemonstrationFormDrawer';
import { ProjectsNav } from '../components/ProjectsNav';
import { usePlaceOptions } from '../components/usePlaceOptions';
import { useModeDemonstrations, useProject } from '../hooks';
import { MODE_OPTIONS, MODE_TARGET_CHAINS } from '../labels';
import { mayLeadProjects } from '../permissions';

/** A demonstration's project, by name once loaded (the list answer carries only its id). */
function ProjectName({ id }: { id: number }) {
  const { data } = useProject(id);
  return <Link to={`/projects/${id}`}>{data?.name ?? `项目 #${id}`}</Link>;
}

function ModeSection({
  mode,
  rows,
  loading,
  zoneName,
  onRecord,
}: {
  mode: DemonstrationMode;
  rows: ModeDemonstrationRow[];
  loading: boolean;
  zoneName: (id: number) => string;
  onRecord?: () => void;
}) {
  const isMobile = useIsMobile();
  const chains = new Set(rows.map((r) => r.chainId)).size;
  const columns: TableColumnsType<ModeDemonstrationRow> = [
    {
      title: '产业链',
      dataIndex: 'chainName',
      fixed: 'start',
      render: (name: string, r) => <Link to={`/chains/${r.chainId}`}>{name}</Link>,
    },
    { title: '示范名称', dataIndex: 'title', width: isMobile ? 180 : 300 },
    { title: '认定日期', dataIndex: 'recognisedOn', render: formatDate },
    { title: '示范项目', dataIndex: 'projectId', render: (id: number | null) => (id ? <ProjectName id={id} /> : '—') },
    { title: '开发区/园区', dataIndex: 'zoneId', render: (id: number | null) => (id ? zoneName(id) : '—') },
    { title: '说明', dataIndex: 'notes', width: 240, render: orDash },
  ];
  return (
    <Card
      size="small"
      title={DEMONSTRATION_MODE_LABELS[mode]}
      extra={
        onRecord && (
          <Button type="link" size="small" icon={<PlusOutlined aria-hidden />} onClick={onRecord}>
            记录
          </Button>
        )
      }
    >
      <Flex align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Typography.Text>
          已在 <Typography.Text strong>{chains}</Typography.Text> 条产业链形成示范（目标：{MODE_TARGET_CHAINS} 条以上）
        </Typography.Text>
        <Progress
          percent={Math.min(100, Math.round((chains / MODE_TARGET_CHAINS) * 100))}
          size="small"
          status={chains >= MODE_TARGET_CHAINS ? 'success' : 'normal'}
          style={{ width: 200, margin: 0 }}
          format={() => `${chains}/${MODE_TARGET_CHAINS}`}
        />
      </Flex>
      <Table<ModeDemonstrationRow>
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={rows}
        scroll={TABLE_SCROLL}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: onRecord ? '还没有示范，可以 记录' : '还没有示范' }}
      />
    </Card>
  );
}

/** 模式示范: the notice's two demonstration modes, each to be formed on 5 or more chains. */
export function DemonstrationPage() {
  const me = useMe();
  const { data, isLoading } = useModeDemonstrations();
  const places = usePlaceOptions(me);
  const [recording, setRecording] = useState<{ open: boolean; mode?: DemonstrationMode }>({ open: false });
  const recorder = mayLeadProjects(me);
  const zones = new Map(places.zoneOptions(undefined).map((z) => [z.value, z.label]));
  const zoneName = (id: number) => zones.get(id) ?? `#${id}`;

  return (
    <>
      <ProjectsNav />
      <ContentCard>
        <PageHeader
          title="模式示范"
          actions={
            recorder && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setRecording({ open: true })}>
                记录示范
              </Button>
            )
          }
        />
        <Flex vertical gap={16}>
          {MODE_OPTIONS.map(({ value }) => (
            <ModeSection
              key={value}
              mode={value}
              rows={(data ?? []).filter((d) => d.mode === value)}
              loading={isLoading}
              zoneName={zoneName}
              onRecord={recorder ? () => setRecording({ open: true, mode: value }) : undefined}
            />
          ))}
        </Flex>
        <DemonstrationFormDrawer open={recording.open} mode={recording.mode} onClose={() => setRecording({ open: false })} />
      </ContentCard>
    </>
  );
}
