import { messageWithoutField } from '../../api/client';
import type { SaveStatus } from '../../lib/offline/save-queue';

/** "Opgeslagen", "niet opgeslagen — wordt opnieuw geprobeerd", or the server's refusal, announced politely. */
export function VisitSaveStatus({ status, changed }: { status: SaveStatus; changed: boolean }) {
  let text = '';
  let tone = '';
  if (status.state === 'saving') text = 'Bezig met opslaan…';
  else if (status.state === 'offline') {
    text = 'Niet opgeslagen — wordt opnieuw geprobeerd. Uw invoer staat veilig op dit apparaat.';
    tone = 'warning';
  } else if (status.state === 'rejected') {
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
