import { DRILL_ENTITY_LABELS } from '@chainboard/contracts';
import { Drawer, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { dayText } from '../../../lib/asOf';
import { pagination, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { ExportButton } from '../../excel/ExportButton';
import type { DrillPage, DrillParams } from '../api';
import { useDrill } from '../hooks';
import { figureText } from '../labels';

type Row = DrillPage['items'][number];

const SECOND: Record<string, string> = { chain: '链长', milestone: '所属任务' };
const OWNER: Record<string, string> = { enterprise: '信息维护单位', chain: '牵头单位', problem: '责任单位', event: '组织方' };

/** The records behind one figure, filtered as the figure was computed, with the export of exactly them. */
export default function DrillDrawer({ drill, title, onClose }: { drill: DrillParams | null; title: string; onClose: () => void }) {
  const isMobile = useIsMobile();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [shown, setShown] = useState<DrillParams | null>(null);
  if (drill !== shown) {
    setShown(drill);
    setPage(1);
  }
  const { data, isFetching } = useDrill(drill, page, pageSize);
  const entity = data?.entity ?? 'enterprise';
  const columns: ColumnsType<Row> = [
    { title: DRILL_ENTITY_LABELS[entity], dataIndex: 'name', fixed: 'left', width: isMobile ? 160 : 280 },
    { title: SECOND[entity] ?? '产业链', dataIndex: 'chain', render: (v) => v ?? '—' },
    { title: '地点', dataIndex: 'place', render: (v) => v ?? '—' },
    { title: '状态', dataIndex: 'state', render: (v) => v ?? '—' },
    { title: entity === 'enterprise' ? '最近确认' : '日期', dataIndex: 'date', render: (v) => v ?? '—' },
    ...(data?.measure === 'sum'
      ? [
          {
            title: '金额（万元）',
            dataIndex: 'value',
            align: 'right' as const,
            render: (v: number | null) => (v === null ? '—' : (v / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 2 })),
          },
        ]
      : []),
    { title: OWNER[entity] ?? '责任单位/人', dataIndex: 'owner', render: (v) => v ?? '—' },
    ...(entity === 'enterprise'
      ? [
          {
            title: '更新',
            dataIndex: 'stale',
            render: (v: boolean | null) => (v ? <Tag color="orange">未按期确认</Tag> : <Tag color="green">已确认</Tag>),
          },
        ]
      : []),
  ];
  return (
    <Drawer open={drill !== null} onClose={onClose} title={`${title} · 明细`} size={isMobile ? '100%' : 960} destroyOnHidden>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text>
          {data ? (
            <>
              指标值 <b>{figureText(data.figure, data.measure === 'sum' ? '元' : '')}</b>
              {drill?.asOf ? `（截至 ${dayText(drill.asOf)}）` : ''}，由以下 {data.total} 条记录计算
            </>
          ) : (
            '正在加载…'
          )}
        </Typography.Text>
        {drill && <ExportButton url="/api/cockpit/drill/export" query={drill} fallbackName={`${title}明细.xlsx`} size="small" />}
      </Flex>
      <Table<Row>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        pagination={{
          ...pagination(page, pageSize, data?.total),
          onChange: (p, s) => {
            setPage(s !== pageSize ? 1 : p);
            setPageSize(s);
          },
        }}
      />
    </Drawer>
  );
}
