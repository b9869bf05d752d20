import type { PlanAction, PlanWarning, TenMinuteFact, TenMinuteRounds } from '../contracts/plans';

export type WorkloadInput = {
  actions: ReadonlyArray<Pick<PlanAction, 'form' | 'status'>>;
  /** The plan's answer to "blijven de tienminutengesprekken bestaan?". */
  tenMinuteRoundsStay: TenMinuteRounds | null;
  /** The professionals' answers in the report, when there are enough. */
  fact: TenMinuteFact | null;
};

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** A majority of the professionals who answered say the fixed rounds stay. */
export const KEPT_BY_MOST = 0.5;

/**
 * The domain's half-adoption trap: start conversations added while the old ten-minute rounds stay mean extra
 * workload. Warns when the plan adds start conversations and says the rounds stay (wholly or partly), or has not
 * answered while most professionals reported them kept; asks the question when it is open and the report does
 * not settle it.
 */
export function workloadWarning(input: WorkloadInput): PlanWarning | null {
  const addsStart = input.actions.some((a) => a.form === 'form:start-conversation' && a.status !== 'stopped');
  if (!addsStart) return null;
  const evidence: string[] = [];
  if (input.fact)
    evidence.push(
      `${pct(input.fact.kept)} van de ${input.fact.answered} medewerkers die het wisten, zegt dat de vaste tienminutengesprekken (deels) blijven.`,
    );
  const stay = input.tenMinuteRoundsStay;
  if (stay === 'yes' || stay === 'partly') {
    return {
      code: 'workload',
      severity: 'warning',
      message: `Extra werkdruk: het plan voegt startgesprekken toe, terwijl de tienminutengesprekken ${stay === 'yes' ? 'blijven bestaan' : 'deels blijven bestaan'}. Vervang de vaste rondes door afspraken op maat (communicatieplan).`,
      evidence: [
        `Het plan zegt: de tienminutengesprekken blijven ${stay === 'yes' ? 'bestaan' : 'deels bestaan'}.`,
        ...evidence,
      ],
    };
  }
  if (stay === 'no') return null;
  if (input.fact && input.fact.kept >= KEPT_BY_MOST) {
    return {
      code: 'workload',
      severity: 'warning',
      message:
        'Extra werkdruk: het plan voegt startgesprekken toe, en volgens de meeste medewerkers blijven de vaste tienminutengesprekken bestaan. Zeg in het plan of die rondes vervallen.',
      evidence,
    };
  }
  return {
    code: 'workload',
    severity: 'question',
    message:
      'Blijven de tienminutengesprekken bestaan? Het plan voegt startgesprekken toe; wie ook de oude rondes houdt, krijgt extra werkdruk.',
    evidence,
  };
}
