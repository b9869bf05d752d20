import type { MonitorRow } from '@driehoek/shared';

export type LocationGroup = { location: string; rows: MonitorRow[] };
export type IkcGroup = { ikc: string; locations: LocationGroup[] };
export type OrganisationGroup = { organisation: string; ikcs: IkcGroup[] };

const byName = (a: string, b: string) => a.localeCompare(b, 'nl');
const audienceOrder = { parents: 0, professionals: 1, children: 2 } as const;

/** Nests monitor rows by organisation, IKC and location, each level sorted by name; rows by audience, then date. */
export function groupMonitorRows(rows: readonly MonitorRow[]): OrganisationGroup[] {
  const tree = new Map<string, Map<string, Map<string, MonitorRow[]>>>();
  for (const row of rows) {
    const ikcs = tree.get(row.organisation) ?? new Map<string, Map<string, MonitorRow[]>>();
    tree.set(row.organisation, ikcs);
    const locations = ikcs.get(row.ikc) ?? new Map<string, MonitorRow[]>();
    ikcs.set(row.ikc, locations);
    const list = locations.get(row.location) ?? [];
    locations.set(row.location, list);
    list.push(row);
  }
  return [...tree.entries()]
    .sort(([a], [b]) => byName(a, b))
    .map(([organisation, ikcs]) => ({
      organisation,
      ikcs: [...ikcs.entries()]
        .sort(([a], [b]) => byName(a, b))
        .map(([ikc, locations]) => ({
          ikc,
          locations: [...locations.entries()]
            .sort(([a], [b]) => byName(a, b))
            .map(([location, list]) => ({
              location,
              rows: [...list].sort(
                (a, b) => audienceOrder[a.audience] - audienceOrder[b.audience] || b.opensOn.localeCompare(a.opensOn),
              ),
            })),
        })),
    }));
}
