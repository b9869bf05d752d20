import { can } from '@driehoek/shared';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';

/** Why no plan can start yet (the server's words); a researcher gets the way to the report they can publish. */
export function CannotStart({ roundId, reason }: { roundId: string; reason: string }) {
  const { me } = useStaff();
  return (
    <div className="notice">
      <p>{reason}</p>
      {can(me.role, 'report.publish') && (
        <p>
          <AppLink to={paths.round(roundId, 'rapport')}>Naar het rapport van deze ronde</AppLink>
        </p>
      )}
    </div>
  );
}
