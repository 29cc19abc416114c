import { periodLabel } from '@chainboard/contracts';
import { Flex, Modal, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { TABLE_SCROLL } from '../../../lib/table';
import type { SnapshotDiff } from '../api';
import { useSnapshotDiff } from '../hooks';
import { figureText } from '../labels';

type Change = SnapshotDiff['changes'][number];

/** A snapshot's figures beside today's, with the change. */
export default function SnapshotDiffModal({ id, onClose }: { id: number | undefined; onClose: () => void }) {
  const { data, isFetching } = useSnapshotDiff(id);
  const [onlyChanged, setOnlyChanged] = useState(true);
  const rows = (data?.changes ?? []).filter((c) => !onlyChanged || c.delta !== 0);
  return (
    <Modal
      open={id !== undefined}
      onCancel={onClose}
      footer={null}
      width={860}
      title={data ? `${periodLabel(data.snapshot.period)}快照与今日（${data.today}）对比` : '快照对比'}
    >
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">快照保存的是当时报告的数值；记录此后的变化体现为差额。</Typography.Text>
        <Flex gap={4} align="center">
          <Switch size="small" checked={onlyChanged} onChange={setOnlyChanged} aria-label="只看有变化的指标" />
          只看有变化的
        </Flex>
      </Flex>
      <Table<Change>
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={rows}
        scroll={TABLE_SCROLL}
        pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 项` }}
        columns={[
          { title: '指标', dataIndex: 'label', fixed: 'left' },
          { title: '快照', dataIndex: 'before', align: 'right', render: (v, c) => figureText(v, c.unit) },
          { title: '今日', dataIndex: 'now', align: 'right', render: (v, c) => figureText(v, c.unit) },
          {
            title: '变化',
            dataIndex: 'delta',
            align: 'right',
            render: (v: number | null, c) =>
              v === null ? (
                '—'
              ) : (
                <span
                  style={{ color: v > 0 ? '#389e0d' : v < 0 ? '#cf1322' : undefined }}
                >{`${v > 0 ? '+' : ''}${figureText(v, c.unit)}`}</span>
              ),
          },
        ]}
      />
    </Modal>
  );
}
