import { type Chain, ORG_TYPE_LABELS, type Organisation } from '@chainboard/contracts';
import { useOrganisationOptions } from '../../organisations/hooks';

type Option = { value: number; label: string; disabled?: boolean };

const toOption = (org: Organisation): Option => ({
  value: org.id,
  label: org.parentName ? `${org.name}（${org.parentName}）` : org.name,
  disabled: org.retired,
});

/** Keeps the chain's current picks selectable even when the list lacks them (retired, or not readable). */
function withCurrent(options: Option[], current: { id: number; name: string }[]): Option[] {
  const known = new Set(options.map((o) => o.value));
  return [...options, ...current.filter((c) => !known.has(c.id)).map((c) => ({ value: c.id, label: c.name }))];
}

export function useLeadUnitOptions(chain: Chain | null) {
  const query = useOrganisationOptions('leadUnit');
  const current = chain?.leadUnitId ? [{ id: chain.leadUnitId, name: chain.leadUnitName ?? `#${chain.leadUnitId}` }] : [];
  return { loading: query.isLoading, options: withCurrent((query.data ?? []).map(toOption), current) };
}

/** Cities and zones, grouped, for the 承载市/开发区 picker. */
export function useHostOptions(chain: Chain | null) {
  const cities = useOrganisationOptions('city');
  const zones = useOrganisationOptions('zone');
  const cityOptions = (cities.data ?? []).map(toOption);
  const zoneOptions = (zones.data ?? []).map(toOption);
  const known = new Set([...cityOptions, ...zoneOptions].map((o) => o.value));
  const missing = (chain?.hosts ?? []).filter((h) => !known.has(h.id));
  return {
    loading: cities.isLoading || zones.isLoading,
    options: [
      {
        label: ORG_TYPE_LABELS.city,
        options: withCurrent(
          cityOptions,
          missing.filter((h) => h.type === 'city'),
        ),
      },
      {
        label: ORG_TYPE_LABELS.zone,
        options: withCurrent(
          zoneOptions,
          missing.filter((h) => h.type === 'zone'),
        ),
      },
    ],
  };
}
