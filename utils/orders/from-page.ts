import type { OrderObservation } from '@/utils/console/types';
import type { StageObservation } from './reducers';

/** Turns what the adapter read on order pages into stage observations for `recordStage`; unread stages are skipped. */
export function stageObservationsFromPage(
  observations: readonly OrderObservation[],
  seenAt: number,
  profileId?: string,
): StageObservation[] {
  return observations.flatMap((raw) => {
    if (!raw.stage) return [];
    return [
      {
        stage: raw.stage,
        seenAt,
        ...(raw.stageAt !== null ? { shownAt: raw.stageAt } : {}),
        ...(raw.orderId ? { orderId: raw.orderId } : {}),
        ...(raw.domain ? { domain: raw.domain } : {}),
        ...(raw.filingType ? { filingType: raw.filingType } : {}),
        ...(profileId ? { profileId } : {}),
      },
    ];
  });
}
