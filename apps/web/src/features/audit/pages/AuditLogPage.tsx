import { SafetyCertificateOutlined } from '@ant-design/icons';
import { AUDIT_ACTION_LABELS, AuditAction, type AuditEntry, type AuditVerifyResult } from '@chainboard/contracts';
import { Button, DatePicker, Table, type TableColumnsType, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, FilterSelect, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { SearchInput } from '../../../components/SearchInput';
import { showError } from '../../../lib/errors';
import { formatDateTimeSeconds, orDash } from '../../../lib/format';
import { pagination, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { AuditChange } from '../components/AuditChange';
import { EntityTypeInput } from '../components/EntityTypeInput';
import { VerifyResultModal } from '../components/VerifyResultModal';
import { useAuditEntries, useVerifyAudit } from '../hooks';
import { AUDIT_ACTION_COLORS, AUDIT_ACTION_OPTIONS, entityTypeLabel } from '../labels';

const DAY = 'YYYY-MM-DD';
const validDay = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) && dayjs(v).isValid() ? v : undefined);

const columns: TableColumnsType<AuditEntry> = [
  { title: '时间', dataIndex: 'at', fixed: 'start', render: formatDateTimeSeconds },
  { title: '用户', dataIndex: 'actorUsername', render: orDash },
  {
    title: '操作',
    dataIndex: 'action',
    render: (action: AuditAction) => <Tag color={AUDIT_ACTION_COLORS[action]}>{AUDIT_ACTION_LABELS[action]}</Tag>,
  },
  { title: '对象类型', dataIndex: 'entityType', render: entityTypeLabel },
  { title: '对象ID', dataIndex: 'entityId', render: orDash },
  { title: '来源地址', dataIndex: 'ip', render: orDash },
];

export function AuditLogPage() {
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const from = validDay(params.from);
  const to = validDay(params.to);
  const action = AuditAction.safeParse(params.action).data;
  const { data, isFetching } = useAuditEntries({
    page,
    pageSize,
    actor: params.actor,
    action,
    entityType: params.entityType,
    entityId: params.entityId,
    from,
    to,
  });
  const verify = useVerifyAudit();
  const [verified, setVerified] = useState<AuditVerifyResult | null>(null);

  return (
    <ContentCard>
      <PageHeader
        title="审计日志"
        actions={
          <Button
            icon={<SafetyCertificateOutlined aria-hidden />}
            loading={verify.isPending}
            onClick={() => verify.mutate(undefined, { onSuccess: setVerified, onError: showError })}
          >
            校验完整性
          </Button>
        }
      />
      <FilterBar
        onReset={() =>
          update({ actor: undefined, action: undefined, entityType: undefined, entityId: undefined, from: undefined, to: undefined })
        }
        more={
          <SearchInput
            label="对象ID"
            value={params.entityId}
            onSearch={(entityId) => update({ entityId })}
            style={filterWidth(isMobile, 160)}
          />
        }
      >
        <SearchInput label="用户名" value={params.actor} onSearch={(actor) => update({ actor })} style={filterWidth(isMobile, 180)} />
        <FilterSelect label="操作" options={AUDIT_ACTION_OPTIONS} value={action} onChange={(v) => update({ action: v })} width={140} />
        <EntityTypeInput value={params.entityType} onChange={(entityType) => update({ entityType })} style={filterWidth(isMobile, 180)} />
        <DatePicker.RangePicker
          aria-label="时间范围"
          allowEmpty={[true, true]}
          value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
          onChange={(range) => update({ from: range?.[0]?.format(DAY) ?? undefined, to: range?.[1]?.format(DAY) ?? undefined })}
          style={filterWidth(isMobile, 260)}
        />
      </FilterBar>
      <Table<AuditEntry>
        rowKey="id"
        columns={columns}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        pagination={pagination(page, pageSize, data?.total)}
        onChange={(p) => update({ page: String(p.current ?? 1), pageSize: String(p.pageSize ?? 20) })}
        expandable={{
          expandedRowRender: (entry) => <AuditChange entry={entry} />,
          rowExpandable: (entry) => entry.before !== null || entry.after !== null,
        }}
        locale={{ emptyText: '没有符合条件的审计记录' }}
      />
      <VerifyResultModal result={verified} onClose={() => setVerified(null)} />
    </ContentCard>
  );
}
