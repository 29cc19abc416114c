/**
 * Who may do what, in one place. Every service asks here before it reads or writes; a rule is one
 * line. Business roles (editor, viewer) take their scope from the user's organisation; the three
 * administrator roles never touch business data.
 */
import { type Actor, hasRole } from './actor.js';

/** The chains a user may read: all, or those matching any of the listed ties. */
export type ChainScope =
  | { all: true }
  | { all: false; leadUnitIds: number[]; hostOrgIds: number[]; hostCityIds: number[]; leaderUserIds: number[] };

/** The enterprises a user may read: all, or those tied to the user's organisation or chains. */
export type EnterpriseScope =
  | { all: true }
  | { all: false; cityIds: number[]; zoneIds: number[]; selfOrgIds: number[]; leadUnitIds: number[]; leaderUserIds: number[] };

/** Where a project sits and whose chain it is on. */
export type ProjectTies = { chainLeadUnitId: number | null; cityId: number; zoneId: number | null };

/** Where an enterprise sits, as far as the policy cares. */
export type EnterpriseTies = { cityId: number; zoneId: number | null; organisationId: number | null };

const isBusiness = (a: Actor) => hasRole(a, 'editor', 'viewer');
const isEditor = (a: Actor) => hasRole(a, 'editor');
const isOffice = (a: Actor) => a.organisationType === 'office';

export const policy = {
  chain: {
    scope(a: Actor): ChainScope {
      const readsAll =
        hasRole(a, 'generalChainLeader', 'sysAdmin') || (isBusiness(a) && (isOffice(a) || a.organisationType === 'memberUnit'));
      if (readsAll) return { all: true };
      const business = isBusiness(a);
      return {
        all: false,
        leadUnitIds: business && a.organisationType === 'leadUnit' ? [a.organisationId] : [],
        // a city sees the chains hosted in the city or in any of its zones; a zone its own
        hostCityIds: business && a.organisationType === 'city' ? [a.organisationId] : [],
        hostOrgIds: business && a.organisationType === 'zone' ? [a.organisationId] : [],
        leaderUserIds: hasRole(a, 'chainLeader') ? [a.userId] : [],
      };
    },
    /** The chain list itself is public reference data (the notice publishes it): every business user reads it. */
    read: (a: Actor) => hasRole(a, 'editor', 'viewer', 'chainLeader', 'generalChainLeader', 'sysAdmin'),
    /** The chains whose business records (alliances, documents, zones …) a user may read: administrators none. */
    businessScope(a: Actor): ChainScope {
      const scope = policy.chain.scope(a);
      if (scope.all && !isBusiness(a) && !hasRole(a, 'generalChainLeader')) {
        return { all: false, leadUnitIds: [], hostOrgIds: [], hostCityIds: [], leaderUserIds: hasRole(a, 'chainLeader') ? [a.userId] : [] };
      }
      return scope;
    },
    create: (a: Actor) => isEditor(a) && isOffice(a),
    /** A lead unit edits its own chains' details; only the office reassigns, retires or renames. */
    update: (a: Actor, chain: { leadUnitId: number | null }) =>
      isEditor(a) && (isOffice(a) || (a.organisationType === 'leadUnit' && chain.leadUnitId === a.organisationId)),
    manage: (a: Actor) => isEditor(a) && isOffice(a),
  },
  enterprise: {
    scope(a: Actor): EnterpriseScope {
      if (hasRole(a, 'generalChainLeader') || (isBusiness(a) && (isOffice(a) || a.organisationType === 'memberUnit'))) return { all: true };
      const business = isBusiness(a);
      const mine = (type: Actor['organisationType']) => (business && a.organisationType === type ? [a.organisationId] : []);
      return {
        all: false,
        cityIds: mine('city'),
        zoneIds: mine('zone'),
        selfOrgIds: mine('enterprise'),
        leadUnitIds: mine('leadUnit'),
        leaderUserIds: hasRole(a, 'chainLeader') ? [a.userId] : [],
      };
    },
    /** The office, and the city or zone where it sits, keep the register. */
    create: (a: Actor, e: EnterpriseTies) => isEditor(a) && (isOffice(a) || ownsPlace(a, e)),
    /** An enterprise also keeps its own record up to date. */
    update: (a: Actor, e: EnterpriseTies) =>
      isEditor(a) && (isOffice(a) || ownsPlace(a, e) || (a.organisationType === 'enterprise' && e.organisationId === a.organisationId)),
    /** An enterprise keeps its own contact details; the register's facts stay with the office, city or zone. */
    updateFacts: (a: Actor, e: EnterpriseTies) => isEditor(a) && (isOffice(a) || ownsPlace(a, e)),
    /** Honours are recorded by those who keep the register, not claimed by the enterprise itself. */
    recordHonour: (a: Actor, e: EnterpriseTies) => isEditor(a) && (isOffice(a) || ownsPlace(a, e)),
    /** Tiers change through evaluation rounds; the office may also correct them directly. */
    setTier: (a: Actor) => isEditor(a) && isOffice(a),
  },
  round: {
    read: (a: Actor) => isBusiness(a) || hasRole(a, 'chainLeader', 'generalChainLeader'),
    /** The office opens rounds for any chain or all chains; a lead unit for its own chains. */
    open: (a: Actor, chain: { leadUnitId: number | null } | null) =>
      isEditor(a) && (isOffice(a) || (chain !== null && a.organisationType === 'leadUnit' && chain.leadUnitId === a.organisationId)),
    review: (a: Actor, chain: { leadUnitId: number | null }) =>
      isEditor(a) && (isOffice(a) || (a.organisationType === 'leadUnit' && chain.leadUnitId === a.organisationId)),
    decide: (a: Actor) => isEditor(a) && isOffice(a),
  },
  project: {
    /** Projects are seen like enterprises: by place, by chain, and by the investing enterprise. */
    scope: (a: Actor): EnterpriseScope => policy.enterprise.scope(a),
    /** The office, the chain's lead unit and the host city or zone list and keep projects. */
    write: (a: Actor, p: ProjectTies) =>
      isEditor(a) &&
      (isOffice(a) || leadsChain(a, p.chainLeadUnitId) || ownsPlace(a, { cityId: p.cityId, zoneId: p.zoneId, organisationId: null })),
    /** Progress is reported by the host government. */
    report: (a: Actor, p: ProjectTies) =>
      isEditor(a) && (isOffice(a) || ownsPlace(a, { cityId: p.cityId, zoneId: p.zoneId, organisationId: null })),
    /** Demonstration projects and fund-reserve recommendations come from the chain's lead unit. */
    lead: (a: Actor, p: { chainLeadUnitId: number | null }) => isEditor(a) && (isOffice(a) || leadsChain(a, p.chainLeadUnitId)),
    reviewReserve: (a: Actor) => isEditor(a) && isOffice(a),
    recordVisit: (a: Actor) => isEditor(a) && a.organisationType === 'leadUnit',
  },
  attraction: {
    /** Lead units propose host zones for their chains; the office decides and publishes. */
    propose: (a: Actor, chain: { leadUnitId: number | null }) => isEditor(a) && (isOffice(a) || leadsChain(a, chain.leadUnitId)),
    /** The zone's city, 省商务厅 and 省投促局 give opinions; the office may record them on their behalf. */
    giveOpinion: (a: Actor, organisationId: number) => isEditor(a) && (isOffice(a) || a.organisationId === organisationId),
    decide: (a: Actor) => isEditor(a) && isOffice(a),
    /** A city sets its own and its zones' targets; the office any. */
    setTarget: (a: Actor, org: { id: number; parentId: number | null }) =>
      isEditor(a) && (isOffice(a) || (a.organisationType === 'city' && (org.id === a.organisationId || org.parentId === a.organisationId))),
    /** Leads are kept by the city or zone responsible for them (and the office). */
    writeLead: (a: Actor, l: { cityId: number; zoneId: number | null }) =>
      isEditor(a) && (isOffice(a) || ownsPlace(a, { ...l, organisationId: null })),
  },
  problem: {
    /** Any business editor raises a problem: an enterprise, a city, a zone, a lead unit, the office. */
    raise: (a: Actor) => isEditor(a),
    /** The responsible organisation accepts, works and answers; the office may act for any level. */
    handle: (a: Actor, p: { responsibleOrgId: number }) => isEditor(a) && (isOffice(a) || a.organisationId === p.responsibleOrgId),
    /** Only the one who raised it confirms it solved. */
    confirm: (a: Actor, p: { raisedByOrgId: number }) => isEditor(a) && a.organisationId === p.raisedByOrgId,
    /** The chain's lead unit lifts a problem to the chain leader; only the office to the general chain leader. */
    escalate: (a: Actor, p: { chainLeadUnitId: number | null }, to: 'chainLeader' | 'generalLeader') =>
      isEditor(a) && (isOffice(a) || (to === 'chainLeader' && leadsChain(a, p.chainLeadUnitId))),
    configure: (a: Actor) => isEditor(a) && isOffice(a),
    /** Evidence is attached by the one who raised the problem and the one who handles it. */
    attach: (a: Actor, p: { raisedByOrgId: number; responsibleOrgId: number }) =>
      isEditor(a) && (a.organisationId === p.raisedByOrgId || a.organisationId === p.responsibleOrgId),
    /** Coordination meetings are recorded by the chain's lead unit or the office. */
    meeting: (a: Actor, chain: { leadUnitId: number | null }) => isEditor(a) && (isOffice(a) || leadsChain(a, chain.leadUnitId)),
  },
  coordination: {
    /** Matchmaking events are public working facts for every business user. */
    read: (a: Actor) => isBusiness(a) || hasRole(a, 'chainLeader', 'generalChainLeader'),
    /** The 综改区 and each city organise their own events; the office records any. */
    organise: (a: Actor, organiserId: number) =>
      isEditor(a) && (isOffice(a) || (a.organisationType === 'city' && a.organisationId === organiserId)),
    /** A lead unit records its contacts with zones on its own chains. */
    forge: (a: Actor, chain: { leadUnitId: number | null }) => isEditor(a) && (isOffice(a) || leadsChain(a, chain.leadUnitId)),
  },
  alliance: {
    /** The office and the chain's lead unit set up alliances and their members. */
    manage: (a: Actor, chain: { leadUnitId: number | null }) =>
      isEditor(a) && (isOffice(a) || (a.organisationType === 'leadUnit' && chain.leadUnitId === a.organisationId)),
    /** The leading chain master records activities and keeps its plan, task book and task table. */
    work: (a: Actor, chain: { leadUnitId: number | null }, leaderOrgId: number | null) =>
      policy.alliance.manage(a, chain) || (isEditor(a) && a.organisationType === 'enterprise' && leaderOrgId === a.organisationId),
  },
  organisation: {
    read: (a: Actor) => a.userId > 0,
    write: (a: Actor) => hasRole(a, 'sysAdmin'),
    /**
     * The system administrator cannot take over the other two administrators' accounts (reset,
     * disable, move them): that is left to the operator's command line.
     */
    manage: (a: Actor, target: { roles: readonly string[] }) =>
      hasRole(a, 'sysAdmin') && (a.userId === 0 || !target.roles.some((r) => r === 'securityAdmin' || r === 'auditAdmin')),
  },
  user: {
    read: (a: Actor) => hasRole(a, 'sysAdmin', 'securityAdmin'),
    write: (a: Actor) => hasRole(a, 'sysAdmin'),
    /**
     * The system administrator cannot take over the other two administrators' accounts (reset,
     * disable, move them): that is left to the operator's command line.
     */
    manage: (a: Actor, target: { roles: readonly string[] }) =>
      hasRole(a, 'sysAdmin') && (a.userId === 0 || !target.roles.some((r) => r === 'securityAdmin' || r === 'auditAdmin')),
    /** Grants belong to the security administrator; nobody changes their own roles. */
    grant: (a: Actor, targetUserId: number) => hasRole(a, 'securityAdmin') && a.userId !== targetUserId,
  },
  audit: {
    read: (a: Actor) => hasRole(a, 'auditAdmin'),
  },
} as const;

function leadsChain(a: Actor, chainLeadUnitId: number | null): boolean {
  return a.organisationType === 'leadUnit' && chainLeadUnitId === a.organisationId;
}

function ownsPlace(a: Actor, e: EnterpriseTies): boolean {
  return (
    (a.organisationType === 'city' && e.cityId === a.organisationId) || (a.organisationType === 'zone' && e.zoneId === a.organisationId)
  );
}

export function chainScopeIsEmpty(scope: ChainScope): boolean {
  return !scope.all && scope.leadUnitIds.length + scope.hostOrgIds.length + scope.hostCityIds.length + scope.leaderUserIds.length === 0;
}

export function enterpriseScopeIsEmpty(scope: EnterpriseScope): boolean {
  return (
    !scope.all &&
    scope.cityIds.length + scope.zoneIds.length + scope.selfOrgIds.length + scope.leadUnitIds.length + scope.leaderUserIds.length === 0
  );
}
