import type { OrderObservation } from '@/utils/console/types';
import type { StageObservation } from './reducers';
import { classifyOrderTexts } from './stages';

/** Turns what the adapter read on order pages into stage observations for `recordStage`. */
export function stageObservationsFromPage(
  observations: readonly OrderObservation[],
  seenAt: number,
  profileId?: string,
): StageObservation[] {
  return observations.flatMap((raw) => {
    const stage = classifyOrderTexts(raw.statusText, raw.alertTexts);
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
