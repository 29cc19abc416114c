import type { OrgType, Role } from '@chainboard/contracts';

/** Who is acting, as loaded from the session: everything the policy needs to decide. */
export type Actor = {
  userId: number;
  username: string;
  organisationId: number;
  organisationType: OrgType;
  roles: readonly Role[];
};

/** The context every service call gets: the actor and where the request came from. */
export type RequestContext = { actor: Actor; ip: string | null };

/** Work done by the platform itself or an operator at the command line. */
export const SYSTEM_ACTOR: Actor = {
  userId: 0,
  username: 'system',
  organisationId: 0,
  organisationType: 'office',
  roles: [],
};

export const hasRole = (actor: Actor, ...roles: Role[]) => roles.some((r) => actor.roles.includes(r));
