import { can, type Round } from '@driehoek/shared';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';

/** The way into the feedback meeting from a round: only once its report is published, which is what is presented. */
export function MeetingLink({ round }: { round: Pick<Round, 'id' | 'status'> }) {
  const { me } = useStaff();
  if (round.status !== 'reported' || !can(me.role, 'meeting.read')) return null;
  return (
    <p className="meeting-entry">
      <AppLink className="button" to={paths.meeting(round.id)}>
        Terugkoppeling presenteren
      </AppLink>{' '}
      <span className="muted">dia’s voor het teamoverleg, als PowerPoint en PDF, en de afspraken</span>
    </p>
  );
}
