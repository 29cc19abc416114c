import type { Me, Organisation } from '@chainboard/contracts';
import { useOrganisationOptions } from '../../organisations/hooks';

type Option = { value: number; label: string; disabled?: boolean };

const toOption = (org: Organisation): Option => ({ value: org.id, label: org.name, disabled: org.retired });

/**
 * Cities and zones for pickers. A city or zone user works in its own place only, so `fixed` gives
 * the city (and zone) their forms start from and cannot leave.
 */
export function usePlaceOptions(me: Me) {
  const cities = useOrganisationOptions('city');
  const zones = useOrganisationOptions('zone');
  const allZones = zones.data ?? [];
  const ownZone = me.organisationType === 'zone' ? allZones.find((z) => z.id === me.organisationId) : undefined;
  const fixed =
    me.organisationType === 'city'
      ? { cityId: me.organisationId, zoneId: undefined }
      : me.organisationType === 'zone'
        ? { cityId: ownZone?.parentId ?? undefined, zoneId: me.organisationId }
        : null;
  return {
    loading: cities.isLoading || zones.isLoading,
    cityOptions: (cities.data ?? []).map(toOption),
    /** Zones inside one city (all zones when no city is given). */
    zoneOptions: (cityId: number | null | undefined): Option[] => allZones.filter((z) => !cityId || z.parentId === cityId).map(toOption),
    fixed,
  };
}
