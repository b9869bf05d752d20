import { can } from '@driehoek/shared';
import { navigate } from '../router/navigation';
import { paths } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';
import { DeletionControl } from './deletion-control';
import { RetentionPanel } from './retention-panel';

/** An organisation's data lifecycle, for admins: its retention period and schedule, and deletion on request. */
export function DataLifecycle({ organisationId }: { organisationId: string }) {
  const { me } = useStaff();
  if (!can(me.role, 'lifecycle.manage')) return null;
  return (
    <>
      <RetentionPanel organisationId={organisationId} />
      <DeletionControl
        kind="organisation"
        id={organisationId}
        onDeleted={() => navigate(paths.organisations(), { replace: true })}
      />
    </>
  );
}
