import type { OrderObservation, OrderSighting } from '@/utils/console/types';
import type { StageObservation } from './reducers';

/**
 * What the page sends of its readings: the orders whose stage it read and that have a number or a domain to be filed
 * under, with only what stage tracking keeps.
 */
export function sightingsOf(observations: readonly OrderObservation[]): OrderSighting[] {
  return observations.flatMap((observation) => {
    if (!sightings.has(observation)) sightings.set(observation, sightingOf(observation));
    return sightings.get(observation) ?? [];
  });
}

/**
 * Each observation's sighting, made once: a list re-read hands back the row readings it kept (see `RowMemo`), and the
 * same sighting object again lets the reporter skip it without serializing it.
 */
const sightings = new WeakMap<OrderObservation, OrderSighting | null>();

function sightingOf({ orderId, domain, filingType, stage, stageAt }: OrderObservation): OrderSighting | null {
  return stage && (orderId || domain) ? { orderId, domain, filingType, stage, stageAt } : null;
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
