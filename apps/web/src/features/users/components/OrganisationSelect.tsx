import { ORG_TYPE_LABELS } from '@chainboard/contracts';
import { Select, type SelectProps } from 'antd';
import { useOrganisationOptions } from '../../organisations/hooks';

type Props = Omit<SelectProps<number>, 'options' | 'loading' | 'showSearch'> & {
  /** Filters may pick a retired organisation; forms may not assign one. */
  includeRetired?: boolean;
};

/** Every organisation, grouped by type, searchable by name. */
export function OrganisationSelect({ includeRetired = false, ...props }: Props) {
  const { data, isLoading } = useOrganisationOptions();
  const groups = new Map<string, { value: number; label: string; disabled: boolean }[]>();
  for (const org of data ?? []) {
    const label = ORG_TYPE_LABELS[org.type];
    groups.set(label, [...(groups.get(label) ?? []), { value: org.id, label: org.name, disabled: org.retired && !includeRetired }]);
  }
  return (
    <Select<number>
      {...props}
      showSearch={{ optionFilterProp: 'label' }}
      loading={isLoading}
      options={[...groups].map(([label, options]) => ({ label, options }))}
    />
  );
}
