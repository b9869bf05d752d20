import { type Capability, can } from '@driehoek/shared';
import { AppLink } from '../router/app-link';
import { paths, type StaffRoute } from '../router/staff-route';
import { useStaff } from './staff-context';

type Section =
  | 'overview'
  | 'monitor'
  | 'municipality'
  | 'organisations'
  | 'ikcs'
  | 'locations'
  | 'rounds'
  | 'users'
  | 'audit'
  | 'backups'
  | 'instruments';

const items: ReadonlyArray<{ section: Section; label: string; to: string; capability: Capability }> = [
  { section: 'overview', label: 'Start', to: paths.overview(), capability: 'monitor.read' },
  { section: 'monitor', label: 'Respons', to: paths.monitor(), capability: 'monitor.read' },
  { section: 'municipality', label: "IKC's in beeld", to: paths.municipality(), capability: 'overview.read' },
  { section: 'organisations', label: 'Organisaties', to: paths.organisations(), capability: 'structure.read' },
  { section: 'ikcs', label: "IKC's", to: paths.ikcs(), capability: 'structure.read' },
  { section: 'locations', label: 'Locaties', to: paths.locations(), capability: 'structure.read' },
  { section: 'rounds', label: 'Rondes', to: paths.rounds(), capability: 'rounds.read' },
  { section: 'users', label: 'Gebruikers', to: paths.users(), capability: 'users.manage' },
  { section: 'audit', label: 'Auditlog', to: paths.audit(), capability: 'audit.read' },
  { section: 'backups', label: 'Back-ups', to: paths.backups(), capability: 'backups.manage' },
  { section: 'instruments', label: 'Vragenlijsten', to: paths.instruments(), capability: 'instruments.read' },
];

function sectionOf(route: StaffRoute): Section | undefined {
  switch (route.page) {
    case 'overview':
      return 'overview';
    case 'monitor':
      return 'monitor';
    case 'organisations':
    case 'organisation':
    case 'structureImport':
      return 'organisations';
    case 'ikcs':
    case 'ikc':
    case 'ikcReport':
      return 'ikcs';
    case 'locations':
    case 'location':
    case 'newRound':
      return 'locations';
    case 'rounds':
    case 'round':
    case 'bulkRounds':
    case 'followUp':
    case 'visit':
    case 'plan':
      return 'rounds';
    case 'municipality':
      return 'municipality';
    case 'users':
    case 'user':
      return 'users';
    case 'audit':
      return 'audit';
    case 'backups':
      return 'backups';
    case 'instruments':
      return 'instruments';
    default:
      return undefined;
  }
}

/** The main navigation: only the sections the signed-in role may use. */
export function StaffNav({ route }: { route: StaffRoute }) {
  const { me } = useStaff();
  const current = sectionOf(route);
  return (
    <nav aria-label="Hoofdmenu" className="staff-nav">
      <ul>
        {items
          .filter((item) => can(me.role, item.capability))
          .map((item) => (
            <li key={item.section}>
              <AppLink to={item.to} aria-current={item.section === current ? 'page' : undefined}>
                {item.label}
              </AppLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
