import { AUDIENCE_NL, type Audience, capitalised, type InstrumentSummary, instrumentName } from '@driehoek/shared';
import { SelectField } from '../ui/select-field';

export type Pin = { key: string; version: number };

export const pinKey = (i: Pin) => `${i.key}@${i.version}`;

/** The newest published version for an audience: what a researcher picks nearly always. */
export function newestPin(instruments: readonly InstrumentSummary[], audience: Audience): Pin | undefined {
  const found = instruments.filter((i) => i.perspective === audience).sort((a, b) => b.version - a.version)[0];
  return found && { key: found.key, version: found.version };
}

/** The chosen `key@version` per audience as the pins a round body takes; an empty choice gets no link. */
export function chosenPins(
  instruments: readonly InstrumentSummary[],
  pins: Partial<Record<Audience, string>>,
): Partial<Record<Audience, Pin>> {
  const chosen: Partial<Record<Audience, Pin>> = {};
  for (const [audience, value] of Object.entries(pins) as [Audience, string][]) {
    const found = instruments.find((i) => pinKey(i) === value);
    if (found) chosen[audience] = { key: found.key, version: found.version };
  }
  return chosen;
}

/** A select per audience of the published versions; `audiences` limits which (a follow-up keeps its round's). */
export function InstrumentPinsFields({
  instruments,
  audiences,
  pins,
  onChange,
  errors,
  hints = {},
}: {
  instruments: readonly InstrumentSummary[];
  audiences: readonly Audience[];
  pins: Partial<Record<Audience, string>>;
  onChange: (audience: Audience, value: string) => void;
  errors: Record<string, string>;
  hints?: Partial<Record<Audience, string>>;
}) {
  return (
    <div className="field-row">
      {audiences.map((audience) => (
        <SelectField
          key={audience}
          label={capitalised(AUDIENCE_NL[audience])}
          value={pins[audience] ?? ''}
          onChange={(value) => onChange(audience, value)}
          placeholder="Geen vragenlijst"
          hint={hints[audience]}
          error={errors[`instruments.${audience}`]}
          options={instruments
            .filter((i) => i.perspective === audience)
            .map((i) => ({ value: pinKey(i), label: `${instrumentName(i.key)}, versie ${i.version}` }))}
        />
      ))}
    </div>
  );
}
