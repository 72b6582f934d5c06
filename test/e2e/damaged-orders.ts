/** Orders as a crash or a newer version leave them, shared by the Chromium and Firefox storage specs. */

/** An order page of the replica whose order the panel records. */
export const ORDER_PAGE_ID = '30173440149913160';
/** Written by a newer version: a stage this build does not know, and a field it has never heard of. */
export const FROM_NEWER = {
  key: '30179108639935235',
  orderId: '30179108639935235',
  entries: [{ stage: 'quantumReview', at: 1_795_140_000_000, source: 'observed' }],
  lastObservedAt: 1_795_140_000_000,
  colour: 'green',
};
/** Cut off by a crash mid-write. */
export const CUT_OFF = '{"key":"30179108639935236","entries":[{"stage":"tencentRev';
