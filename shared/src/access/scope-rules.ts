import type { Role, UserScope } from '../contracts/accounts';

/** What scope a role needs (in Dutch, naming the field), or undefined when the scope fits the role. */
export function scopeProblem(role: Role, scope: UserScope): { field: string; message: string } | undefined {
  const { organisationIds: orgs, ikcIds: ikcs, locationIds: locs } = scope;
  switch (role) {
    case 'admin':
      return orgs.length + ikcs.length + locs.length > 0
        ? { field: 'scope', message: 'scope: een beheerder ziet alles en krijgt geen toegang per organisatie' }
        : undefined;
    case 'researcher':
      if (orgs.length === 0)
        return { field: 'scope.organisationIds', message: 'scope.organisationIds: kies minstens één organisatie' };
      return ikcs.length + locs.length > 0
        ? { field: 'scope', message: 'scope: een onderzoeker krijgt toegang per organisatie' }
        : undefined;
    case 'municipality':
      return orgs.length !== 1 || ikcs.length + locs.length > 0
        ? { field: 'scope.organisationIds', message: 'scope.organisationIds: kies precies één organisatie' }
        : undefined;
    case 'ikc':
      if (orgs.length > 0)
        return { field: 'scope', message: 'scope: een IKC-gebruiker krijgt toegang tot één IKC of tot locaties' };
      if (ikcs.length === 1 && locs.length === 0) return undefined;
      if (ikcs.length === 0 && locs.length > 0) return undefined;
      return { field: 'scope.ikcIds', message: 'scope.ikcIds: kies één IKC, of alleen locaties' };
  }
}
