/**
 * A response count, or — when the server hides a group below the minimum size from this user — a plain statement
 * that the group is small, so a blank cell is never mistaken for zero.
 */
export function CountCell({ value }: { value: number | null }) {
  return (
    <td className="number">
      {value === null ? (
        <span title="Minder dan 5 volledige antwoorden: niet getoond om de anonimiteit te beschermen">
          minder dan 5
        </span>
      ) : (
        value
      )}
    </td>
  );
}
