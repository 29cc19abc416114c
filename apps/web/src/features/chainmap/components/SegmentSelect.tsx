import { Select } from 'antd';
import { useSegments } from '../hooks';
import { CHAIN_STAGE_LABELS } from '../labels';

/** Picks one active segment of a chain (a form control: value and onChange come from Form.Item). */
export function SegmentSelect({
  chainId,
  value,
  onChange,
}: {
  chainId: number | undefined;
  value?: number | null;
  onChange?: (value: number | null) => void;
}) {
  const segments = useSegments(chainId, false);
  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      disabled={chainId === undefined}
      loading={segments.isLoading}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={(segments.data ?? []).map((s) => ({ value: s.id, label: `${CHAIN_STAGE_LABELS[s.stage]}：${s.path}` }))}
      placeholder={chainId === undefined ? '先选择产业链' : '可选，产业链图谱中的环节'}
      notFoundContent="该链还没有环节"
    />
  );
}
