/**
 * SMS-deadline reminders that survive restarts. Deadlines live in storage (orders-store); alarms are derived from
 * them, so re-creating alarms is idempotent and never pushes a reminder back: an alarm's `when` is always computed
 * from the stored deadline. Reminders already shown are logged in storage and never repeated; one that came due
 * while the browser was closed or asleep is shown once, at the next start, as a single catch-up notification.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { formatChinaDateTime } from '@/utils/calendar/china-time';
import {
  DEFAULT_REMINDER_OFFSETS_MINUTES,
  MIIT_VERIFY_URL,
  MISSED_WINDOW_CONSEQUENCE,
  URGENT_REMAINING_MS,
  formatRemaining,
  formatRemainingLong,
  openOrdersByDeadline,
  reminderSchedule,
  smsDeadline,
  type SmsDeadline,
} from '@/utils/orders/countdown';
import { whoMustVerify } from '@/utils/orders/filing-types';
import type { Order } from '@/utils/orders/model';
import { orderLabel } from '@/utils/orders/reducers';
import { getOrders, watchOrders } from './orders-store';
import { hasCapability } from './capabilities';

const REMINDER_ALARM_PREFIX = 'bh-sms-reminder:';
export const BADGE_ALARM = 'bh-badge-refresh';
const NOTIFICATION_PREFIX = 'bh-sms:';
const ICON_URL = 'icon/128.png';
const BADGE_COLOR_URGENT = '#e54545';
const BADGE_COLOR_NORMAL = '#0052d9';
const DEFAULT_TITLE = '备案助手';
/** An expiry noticed later than this was missed (browser closed or asleep), and the notification says so. */
const MISSED_GRACE_MS = 5 * 60_000;

const ReminderSettingsSchema = z.object({
  offsetsMinutes: z.array(z.number().int().min(1).max(24 * 60)).max(12),
});
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;

export const reminderSettingsItem = storage.defineItem<ReminderSettings>('local:reminderSettings', {
  fallback: { offsetsMinutes: [...DEFAULT_REMINDER_OFFSETS_MINUTES] },
  version: 1,
});

/** Alarm name → when the reminder was shown. */
const shownRemindersItem = storage.defineItem<Record<string, number>>('local:shownReminders', {
  fallback: {},
  version: 1,
});

export async function getReminderOffsets(): Promise<number[]> {
  const parsed = ReminderSettingsSchema.safeParse(await reminderSettingsItem.getValue());
  return parsed.success ? parsed.data.offsetsMinutes : [...DEFAULT_REMINDER_OFFSETS_MINUTES];
}

/** Sets the minutes-before-deadline reminders (each 1–1440); throws a ZodError on invalid input. */
export async function setReminderOffsets(offsetsMinutes: number[]): Promise<void> {
  await reminderSettingsItem.setValue(ReminderSettingsSchema.parse({ offsetsMinutes }));
}

interface PlannedReminder {
  alarmName: string;
  order: Order;
  deadline: SmsDeadline;
  minutesBefore: number;
  at: number;
}

function planReminders(orders: readonly Order[], offsetsMinutes: readonly number[]): PlannedReminder[] {
  return orders.flatMap((order) => {
    const deadline = smsDeadline(order);
    if (!deadline) return [];
    // The SMS round's start identifies it; editing the SMS time keeps the names, so shown reminders stay shown.
    const roundId = `${order.key}|${order.sms!.startedAt}`;
    return reminderSchedule(deadline.at, offsetsMinutes).map(({ minutesBefore, at }) => ({
      alarmName: `${REMINDER_ALARM_PREFIX}${roundId}|${minutesBefore}`,
      order,
      deadline,
      minutesBefore,
      at,
    }));
  });
}

/** Background events can overlap (start-up, alarms, storage changes); each reminder pass runs alone. */
let queue: Promise<unknown> = Promise.resolve();
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

function notificationId(order: Order): string {
  return `${NOTIFICATION_PREFIX}${order.key}`;
}

async function notify(order: Order, title: string, message: string): Promise<void> {
  // Without notifications the countdown and badge still show the deadline (the panel says so).
  if (!hasCapability('notifications')) return;
  // Basic notifications only: Firefox has no buttons and no requireInteraction. One per order, each replacing the last.
  await browser.notifications.create(notificationId(order), { type: 'basic', iconUrl: ICON_URL, title, message });
}

function beforeDeadlineMessage(order: Order, deadline: SmsDeadline): string {
  const uncertain = deadline.mayBeLate && !deadline.confirmed ? '（短信可能更早到达，实际截止时间可能更早，请核对短信时间）' : '';
  return `${orderLabel(order)}：工信部短信验证码将于 ${formatChinaDateTime(deadline.at)}（北京时间）过期${uncertain}。${whoMustVerify(order.filingType)}点击此通知打开工信部备案系统的短信核验页面。${MISSED_WINDOW_CONSEQUENCE}`;
}

function expiredMessage(order: Order, deadline: SmsDeadline): string {
  return `${orderLabel(order)}：短信验证码已于 ${formatChinaDateTime(deadline.at)}（北京时间）过期，订单会退回腾讯云。如资料无需修改，腾讯云约 24 小时后重新提交管局，届时会收到新的短信，请收到后 24 小时内完成核验；如需修改，订单会被驳回并重新经过腾讯云审核。`;
}

/**
 * Shows what came due for one SMS round and logs it: after the deadline one expiry notice (covering every earlier
 * reminder too), before it one notice with the real time left (covering all earlier reminders that came due).
 */
async function deliverDue(reminders: PlannedReminder[], shown: Record<string, number>, now: number): Promise<boolean> {
  const due = reminders.filter((reminder) => reminder.at <= now && !(reminder.alarmName in shown));
  const first = due[0];
  if (!first) return false;
  const { order, deadline } = first;
  if (now >= deadline.at) {
    const missed = now - deadline.at > MISSED_GRACE_MS;
    await notify(order, missed ? '短信核验在浏览器未运行时已超时' : '短信核验已超时', expiredMessage(order, deadline));
    for (const reminder of reminders) shown[reminder.alarmName] ??= now;
  } else {
    await notify(order, `短信核验还剩 ${formatRemainingLong(deadline.at - now)}`, beforeDeadlineMessage(order, deadline));
    for (const reminder of due) shown[reminder.alarmName] = now;
  }
  return true;
}

function groupByRound(plan: PlannedReminder[]): PlannedReminder[][] {
  const rounds = new Map<string, PlannedReminder[]>();
  for (const reminder of plan) {
    const roundId = reminder.alarmName.slice(0, reminder.alarmName.lastIndexOf('|'));
    rounds.set(roundId, [...(rounds.get(roundId) ?? []), reminder]);
  }
  return [...rounds.values()];
}

interface ReminderState {
  plan: PlannedReminder[];
  shown: Record<string, number>;
}

async function loadState(): Promise<ReminderState> {
  const [orders, offsets, shown] = await Promise.all([getOrders(), getReminderOffsets(), shownRemindersItem.getValue()]);
  return { plan: planReminders(orders, offsets), shown: { ...shown } };
}

async function deliverAllDue(state: ReminderState, now: number): Promise<void> {
  let changed = false;
  for (const round of groupByRound(state.plan)) {
    if (await deliverDue(round, state.shown, now)) changed = true;
  }
  if (changed) await shownRemindersItem.setValue(state.shown);
}

/**
 * Reports once what came due while the browser was closed, asleep or the extension disabled: a passed deadline
 * (expiry notice) or, before the deadline, the reminders that were skipped (one notice with the time left).
 */
export function reportMissedDeadlines(now: number = Date.now()): Promise<void> {
  return exclusive(async () => deliverAllDue(await loadState(), now));
}

/**
 * Makes the alarms match the stored deadlines: reports what was missed, creates the missing future reminders,
 * leaves correct ones untouched, removes stale ones (verified orders, edited times), and keeps the badge refresh
 * alarm only while a deadline runs. Safe to call any number of times.
 */
export function syncReminders(now: number = Date.now()): Promise<void> {
  return exclusive(async () => {
    const state = await loadState();
    await deliverAllDue(state, now);

    const wanted = new Map(
      state.plan.filter((r) => r.at > now && !(r.alarmName in state.shown)).map((r) => [r.alarmName, r.at]),
    );
    if (!hasCapability('alarms')) return updateBadge(state.plan.map((r) => r.order), now);
    const existing = (await browser.alarms.getAll()).filter((alarm) => alarm.name.startsWith(REMINDER_ALARM_PREFIX));
    for (const alarm of existing) {
      if (wanted.get(alarm.name) !== alarm.scheduledTime) await browser.alarms.clear(alarm.name);
    }
    for (const [name, when] of wanted) {
      if (!existing.some((alarm) => alarm.name === name && alarm.scheduledTime === when)) {
        await browser.alarms.create(name, { when });
      }
    }

    // Forget log entries of rounds that are over, so the log does not grow without end.
    const planned = new Set(state.plan.map((r) => r.alarmName));
    const kept = Object.fromEntries(Object.entries(state.shown).filter(([name]) => planned.has(name)));
    if (Object.keys(kept).length !== Object.keys(state.shown).length) await shownRemindersItem.setValue(kept);

    const running = state.plan.some((r) => r.minutesBefore === 0 && r.at > now);
    const badgeAlarm = await browser.alarms.get(BADGE_ALARM);
    if (running && !badgeAlarm) await browser.alarms.create(BADGE_ALARM, { periodInMinutes: 1 });
    if (!running && badgeAlarm) await browser.alarms.clear(BADGE_ALARM);
    await updateBadge(state.plan.map((r) => r.order), now);
  });
}

/** Handles our alarms: the badge tick, or a reminder (looked up again in storage, so stale alarms do nothing). */
export async function handleAlarm(alarm: { name: string }, now: number = Date.now()): Promise<void> {
  if (alarm.name === BADGE_ALARM) return refreshBadge(now);
  if (!alarm.name.startsWith(REMINDER_ALARM_PREFIX)) return;
  await exclusive(async () => {
    const state = await loadState();
    const fired = state.plan.find((reminder) => reminder.alarmName === alarm.name);
    if (!fired) return;
    const round = groupByRound(state.plan).find((reminders) => reminders.includes(fired))!;
    // The browser decided the alarm is due; a clock a little behind must not swallow it.
    if (await deliverDue(round, state.shown, Math.max(now, fired.at))) await shownRemindersItem.setValue(state.shown);
    await updateBadge(state.plan.map((r) => r.order), now);
  });
}

/** Opens the MIIT SMS verification page for our notifications; returns whether the click was ours. */
export async function handleNotificationClick(notificationIdClicked: string): Promise<boolean> {
  if (!notificationIdClicked.startsWith(NOTIFICATION_PREFIX)) return false;
  await browser.tabs.create({ url: MIIT_VERIFY_URL, active: true });
  await browser.notifications.clear(notificationIdClicked);
  return true;
}

/** Firefox MV2 has `browserAction` where Chrome MV3 has `action`. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

async function updateBadge(orders: readonly Order[], now: number): Promise<void> {
  if (!hasCapability('action')) return;
  const soonest = openOrdersByDeadline(orders, now).find(({ deadline }) => deadline !== null && deadline.at > now);
  const button = toolbarButton();
  if (!soonest?.deadline) {
    await button.setBadgeText({ text: '' });
    await button.setTitle({ title: DEFAULT_TITLE });
    return;
  }
  const remaining = soonest.deadline.at - now;
  await button.setBadgeText({ text: formatRemaining(remaining) });
  await button.setBadgeBackgroundColor({ color: remaining <= URGENT_REMAINING_MS ? BADGE_COLOR_URGENT : BADGE_COLOR_NORMAL });
  await button.setTitle({ title: `${DEFAULT_TITLE}：短信核验还剩 ${formatRemainingLong(remaining)}（${orderLabel(soonest.order)}）` });
}

/** Toolbar badge: time left on the soonest running SMS deadline, red in the last 3 hours; empty when none runs. */
export async function refreshBadge(now: number = Date.now()): Promise<void> {
  await updateBadge(await getOrders(), now);
}

/**
 * Adds the background listeners. Call once, at the top level of the background start, then `syncReminders()`:
 * alarms are re-derived on install, update, browser start and whenever orders or settings change.
 */
export function registerReminderHandlers(): void {
  browser.runtime.onInstalled.addListener(() => syncReminders());
  browser.runtime.onStartup.addListener(() => syncReminders());
  // A missing API costs its own feature only (the panel names it); the others keep working.
  if (hasCapability('alarms')) browser.alarms.onAlarm.addListener((alarm) => handleAlarm(alarm));
  if (hasCapability('notifications')) {
    browser.notifications.onClicked.addListener((id) => {
      void handleNotificationClick(id);
    });
  }
  // Storage listeners must not return the promise: a write inside a reminder pass would wait on itself.
  watchOrders(() => {
    void syncReminders();
  });
  reminderSettingsItem.watch(() => {
    void syncReminders();
  });
}
