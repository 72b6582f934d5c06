import type { OrderObservation, OrderSighting } from '@/utils/console/types';
import type { StageObservation } from './reducers';

/**
 * What the page sends of its readings: the orders whose stage it read and that have a number or a domain to be filed
 * under, with only what stage tracking keeps.
 */
export function sightingsOf(observations: readonly OrderObservation[]): OrderSighting[] {
  return observations.flatMap(({ orderId, domain, filingType, stage, stageAt }) =>
    stage && (orderId || domain) ? [{ orderId, domain, filingType, stage, stageAt }] : [],
  );
}

/** Which order a sighting is about, for sending only the ones that changed: its number, else its domain. */
export const sightingKey = (seen: OrderSighting): string => seen.orderId ?? `domain:${seen.domain ?? ''}`;

/** Turns the orders the page reported into stage observations for `recordStages`. */
export function stageObservationsFromPage(sightings: readonly OrderSighting[], seenAt: number, profileId?: string): StageObservation[] {
  return sightings.map((seen) => ({
    stage: seen.stage,
    seenAt,
    ...(seen.stageAt !== null ? { shownAt: seen.stageAt } : {}),
    ...(seen.orderId ? { orderId: seen.orderId } : {}),
    ...(seen.domain ? { domain: seen.domain } : {}),
    ...(seen.filingType ? { filingType: seen.filingType } : {}),
    ...(profileId ? { profileId } : {}),
  }));
}
