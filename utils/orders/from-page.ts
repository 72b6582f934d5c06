import type { OrderObservation } from '@/utils/console/types';
import type { StageObservation } from './reducers';
import { classifyStatus, type Stage } from './stages';

/**
 * Turns what the adapter read on an order page into stage observations. A notice about the SMS (the console may
 * keep the status at 管局审核中 and say so only in an alert) outranks the status text.
 */
export function stageObservationsFromPage(
  observations: readonly OrderObservation[],
  seenAt: number,
  profileId?: string,
): StageObservation[] {
  return observations.flatMap((raw) => {
    const fromAlerts = raw.alertTexts.map(classifyStatus).find((s): s is Stage => s === 'smsVerification');
    const stage = fromAlerts ?? (raw.statusText ? classifyStatus(raw.statusText) : null);
    if (!stage) return [];
    return [
      {
        stage,
        seenAt,
        ...(raw.orderId ? { orderId: raw.orderId } : {}),
        ...(raw.domain ? { domain: raw.domain } : {}),
        ...(raw.filingType ? { filingType: raw.filingType } : {}),
        ...(profileId ? { profileId } : {}),
      },
    ];
  });
}
