/**
 * The 24-hour SMS window (icp-rules.md §5): deadline, reminder times, remaining-time texts, and the list of open
 * orders soonest deadline first. Pure; imports only types from the zod model.
 */
import { HOUR_MS, MINUTE_MS } from '@/utils/calendar/china-time';
import type { Order } from './model';
import { isOrderOpen } from './reducers';

/** Where the 负责人 enters the SMS code (短信核验 tab). */
export const MIIT_VERIFY_URL = 'https://beian.miit.gov.cn/#/Integrated/index';

/** The code is valid for 24 calendar hours, weekends and holidays included. */
export const SMS_WINDOW_MS = 24 * HOUR_MS;

/** The badge turns red and the countdown urgent in the last 3 hours. */
export const URGENT_REMAINING_MS = 3 * HOUR_MS;

export const DEFAULT_REMINDER_OFFSETS_MINUTES: readonly number[] = [12 * 60, 3 * 60, 60, 15];

/** What happens after a missed window, said in every reminder. */
export const MISSED_WINDOW_CONSEQUENCE =
  '超时未核验，订单会退回腾讯云；如资料无需修改，腾讯云约 24 小时后重新提交管局，届时会收到新的短信验证码。';

export interface SmsDeadline {
  /** Epoch ms when the code expires. */
  at: number;
  receivedAt: number;
  /** The user gave or confirmed the time on the SMS. */
  confirmed: boolean;
  /** The SMS stage was noticed late: the real deadline may be earlier than `at`. */
  mayBeLate: boolean;
  /** The earliest the deadline can be (if the SMS came right after the previous look), when known. */
  earliestPossibleAt?: number;
}

/** The running SMS deadline of an order, or null when no SMS round is open. */
export function smsDeadline(order: Order): SmsDeadline | null {
  const round = order.sms;
  if (!round || round.closed) return null;
  return {
    at: round.receivedAt + SMS_WINDOW_MS,
    receivedAt: round.receivedAt,
    confirmed: round.confirmed,
    mayBeLate: round.mayBeLate,
    ...(round.earliestPossibleAt !== undefined ? { earliestPossibleAt: round.earliestPossibleAt + SMS_WINDOW_MS } : {}),
  };
}

export interface ScheduledReminder {
  /** Minutes before the deadline; 0 is the expiry itself. */
  minutesBefore: number;
  at: number;
}

/**
 * Reminder times for a deadline, earliest first: one per distinct positive offset (in minutes), then the expiry.
 * Offsets are whole minutes; others are ignored.
 */
export function reminderSchedule(deadline: number, offsetsMinutes: readonly number[]): ScheduledReminder[] {
  const offsets = [...new Set(offsetsMinutes)].filter((minutes) => Number.isInteger(minutes) && minutes > 0);
  return [...offsets.sort((a, b) => b - a), 0].map((minutesBefore) => ({
    minutesBefore,
    at: deadline - minutesBefore * MINUTE_MS,
  }));
}

/** Badge text: whole hours left ("23h"), minutes in the last hour ("45m"), "0m" once expired. */
export function formatRemaining(ms: number): string {
  if (ms >= HOUR_MS) return `${Math.floor(ms / HOUR_MS)}h`;
  if (ms <= 0) return '0m';
  return `${Math.max(1, Math.floor(ms / MINUTE_MS))}m`;
}

/** "23 小时 5 分" for the user; "不到 1 分钟" in the last minute; "已超时" once expired. */
export function formatRemainingLong(ms: number): string {
  if (ms <= 0) return '已超时';
  if (ms < MINUTE_MS) return '不到 1 分钟';
  const hours = Math.floor(ms / HOUR_MS);
  const minutes = Math.floor((ms % HOUR_MS) / MINUTE_MS);
  return hours > 0 ? `${hours} 小时 ${minutes} 分` : `${minutes} 分钟`;
}

/** Human text for an offset in minutes: "12 小时", "15 分钟", "1 小时 30 分". */
export function formatOffset(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} 分钟`;
  return rest === 0 ? `${hours} 小时` : `${hours} 小时 ${rest} 分`;
}

export interface OpenOrder {
  order: Order;
  deadline: SmsDeadline | null;
}

/**
 * Every open order: running SMS deadlines first (soonest first), then expired ones (latest first),
 * then orders without an SMS round (most recently seen first).
 */
export function openOrdersByDeadline(orders: readonly Order[], now: number): OpenOrder[] {
  const rank = ({ deadline }: OpenOrder) => (deadline === null ? 2 : deadline.at > now ? 0 : 1);
  return orders
    .filter(isOrderOpen)
    .map((order) => ({ order, deadline: smsDeadline(order) }))
    .sort((a, b) => {
      const byRank = rank(a) - rank(b);
      if (byRank !== 0) return byRank;
      if (a.deadline && b.deadline) return rank(a) === 0 ? a.deadline.at - b.deadline.at : b.deadline.at - a.deadline.at;
      return b.order.lastObservedAt - a.order.lastObservedAt;
    });
}
