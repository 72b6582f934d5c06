/** What the Chromium and Firefox backup specs seed and edit, so both browsers are held to the same data. */
import { markSmsReceived, recordStage } from '@/utils/orders/reducers';
import type { Order } from '@/utils/orders/model';

const HOUR = 3_600_000;

/**
 * An order in 管局审核 whose SMS came 21.5 h before `now`: its deadline is 2.5 h ahead, so with the 2 h reminder added
 * to the defaults the 12 h and 3 h reminders are past and the 2 h, 1 h, 15 min and expiry ones are ahead.
 */
export function smsOrderDueIn150Minutes(now: number): Order {
  const smsAt = now - 21.5 * HOUR;
  const [seen] = recordStage([], { orderId: '30179108639935234', domain: 'example-backup.cn', stage: 'bureauReview', seenAt: smsAt - HOUR });
  return markSmsReceived(seen!, smsAt);
}

export const isProfileKey = (key: string) => /^profile:[^$]+$/.test(key);

const NEWER_PROFILE_FIELD = '新版本的档案字段';
const NEWER_ORDER_FIELD = ['新版本的订单字段'];
const NEWER_STORE = { written: 'by a newer version' };

/**
 * A backup file (or the stored data it was made from) as a newer version would have it: a field added to the file,
 * to a profile record and to every order, and a store this version does not know.
 */
export function withNewerFields(local: Record<string, unknown>): Record<string, unknown> {
  const profileKey = Object.keys(local).filter(isProfileKey).sort()[0]!;
  return {
    ...local,
    [profileKey]: { ...(local[profileKey] as object), addedLater: NEWER_PROFILE_FIELD },
    orders: (local.orders as object[]).map((order) => ({ ...order, addedLater: NEWER_ORDER_FIELD })),
    futureStore: NEWER_STORE,
  };
}

export function newerBackupFile(text: string): string {
  const file = JSON.parse(text) as { local: Record<string, unknown> };
  return JSON.stringify({ ...file, addedLater: { anything: 1 }, local: withNewerFields(file.local) });
}
