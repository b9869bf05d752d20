import { messageWithoutField } from '../ui/form-errors';
import type { SyncStatus } from './visit-sync';

/** "Opgeslagen", "niet opgeslagen — wordt opnieuw geprobeerd", or the server's refusal, announced politely. */
export function VisitSyncStatus({ status, changed }: { status: SyncStatus; changed: boolean }) {
  let text = '';
  let tone = '';
  if (status.state === 'saving') text = 'Bezig met opslaan…';
  else if (status.state === 'retrying') {
    text = 'Niet opgeslagen — wordt opnieuw geprobeerd. Uw invoer staat veilig op dit apparaat.';
    tone = 'warning';
  } else if (status.state === 'refused') {
    text = `Niet opgeslagen: ${messageWithoutField(status)}`;
    tone = 'error';
  } else if (changed) text = 'Wijzigingen nog niet opgeslagen.';
  else if (status.state === 'saved') text = 'Opgeslagen';
  return (
    <p role="status" className={`save-status${tone ? ` save-status--${tone}` : ''}`}>
      {text}
    </p>
  );
}
