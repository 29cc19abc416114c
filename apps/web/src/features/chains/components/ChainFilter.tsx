import { Select } from 'antd';
import { filterWidth } from '../../../components/FilterBar';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useChainOptions } from '../hooks';

/** The 产业链 filter of a list: one of the chains, searchable by name, cleared to show all. */
export function ChainFilter({ value, onChange, width = 160 }: { value?: number; onChange: (chainId?: number) => void; width?: number }) {
  const isMobile = useIsMobile();
  const chains = useChainOptions();
  return (
    <Select
      aria-label="产业链"
      placeholder="产业链"
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={chains.isLoading}
      options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
      value={value}
      onChange={(v?: number) => onChange(v)}
      style={filterWidth(isMobile, width)}
    />
  );
}
