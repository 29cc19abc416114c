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
/** The office, member units and the general chain leader see every chain's business. */
const readsEverything = (a: Actor) =>
  hasRole(a, 'generalChainLeader') || (isBusiness(a) && (isOffice(a) || a.organisationType === 'memberUnit'));

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
    /** A chain master agrees its own yearly target with its city: either of them sets it, or the office. */
    setMasterTarget: (a: Actor, master: { cityId: number; organisationId: number | null }) =>
      isEditor(a) &&
      (isOffice(a) ||
        (a.organisationType === 'city' && a.organisationId === master.cityId) ||
        (a.organisationType === 'enterprise' && a.organisationId === master.organisationId)),
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
  chainMap: {
    /** The gap thresholds are read by every business user and chain leader; maps follow the chain's business scope. */
    read: (a: Actor) => isBusiness(a) || hasRole(a, 'chainLeader', 'generalChainLeader'),
    /** The chain's lead unit and the office keep its segments (add, rename, move, retire, import). */
    editSegments: (a: Actor, chain: { leadUnitId: number | null }) => isEditor(a) && (isOffice(a) || leadsChain(a, chain.leadUnitId)),
    /** The same two keep the pool of candidates outside the province; turning one into a lead is the lead rules' call. */
    keepCandidates: (a: Actor, chain: { leadUnitId: number | null }) => isEditor(a) && (isOffice(a) || leadsChain(a, chain.leadUnitId)),
    /** An enterprise is placed on a segment by the chain's lead unit, or by the office, city or zone keeping its record. */
    placeEnterprise: (a: Actor, chain: { leadUnitId: number | null }, e: EnterpriseTies) =>
      isEditor(a) && (isOffice(a) || leadsChain(a, chain.leadUnitId) || ownsPlace(a, e)),
    /** The gap thresholds are the office's, like the other settings. */
    configure: (a: Actor) => isEditor(a) && isOffice(a),
  },
  plan: {
    /** The plan and its live targets are read by every business user and the chain leaders. */
    read: (a: Actor) => isBusiness(a) || hasRole(a, 'chainLeader', 'generalChainLeader'),
    /** Only the office confirms a milestone a responsible unit reported done. */
    confirmMilestone: (a: Actor) => isEditor(a) && isOffice(a),
    /** The office imports a year's plan and amends it (each change a new version). */
    amend: (a: Actor) => isEditor(a) && isOffice(a),
    /** The office, member units and the general chain leader follow every planning document; the rest their own and their chains'. */
    seesDocument: (a: Actor, d: { actingOrgId: number | null; leadUnitId: number | null; leaderUserId: number | null }) =>
      policy.plan.read(a) &&
      (readsEverything(a) ||
        (isBusiness(a) && (d.actingOrgId === a.organisationId || leadsChain(a, d.leadUnitId))) ||
        (hasRole(a, 'chainLeader') && d.leaderUserId === a.userId)),
    /** A planning document is given by the unit that owes it (a chain master through its own account), or by the office. */
    submitDocument: (a: Actor, d: { actingOrgId: number | null }) =>
      isEditor(a) && (isOffice(a) || (d.actingOrgId !== null && a.organisationId === d.actingOrgId)),
    /** The quarterly report is drafted for the office and the general chain leader; the office edits it. */
    readQuarterlyReport: (a: Actor) => hasRole(a, 'generalChainLeader') || (isBusiness(a) && isOffice(a)),
    editQuarterlyReport: (a: Actor) => isEditor(a) && isOffice(a),
  },
  alliance: {
    /** The office and the chain's lead unit set up alliances and their members. */
    manage: (a: Actor, chain: { leadUnitId: number | null }) =>
      isEditor(a) && (isOffice(a) || (a.organisationType === 'leadUnit' && chain.leadUnitId === a.organisationId)),
    /** The leading chain master records activities and keeps its plan, task book and task table. */
    work: (a: Actor, chain: { leadUnitId: number | null }, leaderOrgId: number | null) =>
      policy.alliance.manage(a, chain) || (isEditor(a) && a.organisationType === 'enterprise' && leaderOrgId === a.organisationId),
  },
  fund: {
    /** Funds are public working facts within the platform: every business user reads them. */
    read: (a: Actor) => isBusiness(a) || hasRole(a, 'chainLeader', 'generalChainLeader'),
    /** The office and the member units (the finance departments among them) register funds. */
    create: (a: Actor) => isEditor(a) && (isOffice(a) || a.organisationType === 'memberUnit'),
    /** A fund, its cooperation and its investments are kept by the office and the member unit in charge of it. */
    keep: (a: Actor, f: { keeperOrgId: number | null }) =>
      isEditor(a) && (isOffice(a) || (a.organisationType === 'memberUnit' && f.keeperOrgId === a.organisationId)),
    /** Investments and cooperation: the chains' business scope (office and member units all), and an enterprise those into itself. */
    recordsScope: (a: Actor) => ({
      chains: policy.chain.businessScope(a),
      selfOrgIds: isBusiness(a) && a.organisationType === 'enterprise' ? [a.organisationId] : [],
    }),
  },
  supportPolicy: {
    /** Policies, their support and its effect: the chains' business scope, policies for every chain, and an enterprise its own support. */
    recordsScope: (a: Actor) => policy.fund.recordsScope(a),
    read: (a: Actor) => isBusiness(a) || hasRole(a, 'chainLeader', 'generalChainLeader'),
    /** The office keeps every policy; a lead unit those that apply to its chains alone. */
    keep: (a: Actor, chainLeadUnitIds: readonly (number | null)[]) =>
      isEditor(a) && (isOffice(a) || (chainLeadUnitIds.length > 0 && chainLeadUnitIds.every((id) => leadsChain(a, id)))),
  },
  technology: {
    /** Key technologies, consortia, platforms and summaries: the office, the chain's lead unit, the science department (a member unit). */
    write: (a: Actor, chain: { leadUnitId: number | null }) =>
      isEditor(a) && (isOffice(a) || leadsChain(a, chain.leadUnitId) || a.organisationType === 'memberUnit'),
  },
  thinktank: {
    /** The expert pool, consultations, reports and pairings: every business user and the chain leaders. */
    read: (a: Actor) => isBusiness(a) || hasRole(a, 'chainLeader', 'generalChainLeader'),
    /** An expert's own account reads only what the expert takes part in. */
    ownOnly: (a: Actor) => hasRole(a, 'expert') && !policy.thinktank.read(a),
    /**
     * The office keeps the pool; a lead unit adds and edits experts who serve its chains, and changes
     * only its own chains on them. `served`/`changed`: the lead units of those chains.
     */
    keepExpert: (a: Actor, served: (number | null)[], changed: (number | null)[]) =>
      isEditor(a) && (isOffice(a) || (served.some((id) => leadsChain(a, id)) && changed.every((id) => leadsChain(a, id)))),
    /** A published group list is read by every reader; an unpublished one by the office and the chain's lead unit. */
    readGroup: (a: Actor, g: { leadUnitId: number | null; publishedAt: string | null }) =>
      g.publishedAt !== null ? policy.thinktank.read(a) : isBusiness(a) && (isOffice(a) || leadsChain(a, g.leadUnitId)),
    /** The chain's lead unit (or the office) names the group's members. */
    composeGroup: (a: Actor, chain: { leadUnitId: number | null }) => isEditor(a) && (isOffice(a) || leadsChain(a, chain.leadUnitId)),
    /** Only the office publishes the list (Q1). */
    publishGroup: (a: Actor) => isEditor(a) && isOffice(a),
    /** Consultations, reports and pairings are recorded by the office or the chain's lead unit. */
    record: (a: Actor, chain: { leadUnitId: number | null }) => isEditor(a) && (isOffice(a) || leadsChain(a, chain.leadUnitId)),
    /** Services on a pairing: whoever records pairings on its chain, and the paired expert on their own. */
    serve: (a: Actor, p: { chainLeadUnitId: number | null; expertUserId: number | null }) =>
      policy.thinktank.record(a, { leadUnitId: p.chainLeadUnitId }) || (hasRole(a, 'expert') && p.expertUserId === a.userId),
    /** The system administrator links an expert to a login account, in user administration. */
    linkAccount: (a: Actor) => hasRole(a, 'sysAdmin'),
  },
  cockpit: {
    /** The province at a glance is the office's and the general chain leader's view. */
    province: (a: Actor) => hasRole(a, 'generalChainLeader') || (isBusiness(a) && isOffice(a)),
    /** One chain's cockpit: the province view, the chain's lead unit and its chain leader. */
    chain: (a: Actor, chain: { leadUnitId: number | null; leaderUserId: number | null }) =>
      policy.cockpit.province(a) ||
      (isBusiness(a) && leadsChain(a, chain.leadUnitId)) ||
      (hasRole(a, 'chainLeader') && chain.leaderUserId === a.userId),
    /** One city's cockpit: the province view and the city itself. */
    city: (a: Actor, cityId: number) =>
      policy.cockpit.province(a) || (isBusiness(a) && a.organisationType === 'city' && a.organisationId === cityId),
    /** The ranking of all chains: the province view, lead units and chain leaders, who compare their chains with the rest. */
    ranking: (a: Actor) => policy.cockpit.province(a) || hasRole(a, 'chainLeader') || (isBusiness(a) && a.organisationType === 'leadUnit'),
    /** The office takes snapshots on demand; quarter-end ones are taken by the platform. */
    snapshot: (a: Actor) => isEditor(a) && isOffice(a),
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
