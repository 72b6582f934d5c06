/**
 * SMS-deadline reminders that survive restarts. Deadlines live in storage (orders-store); alarms are derived from
 * them, so re-creating alarms is idempotent and never pushes a reminder back: an alarm's `when` is always computed
 * from the stored deadline. Reminders already shown are logged in storage and never repeated; one that came due
 * while the browser was closed or asleep is shown once, at the next start, as a single catch-up notification.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';
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
import { KEPT_REASON_TEXT, isPlainObject, readMap, readSingle, writeMap, writeSingle, type KeptRecord, type MapReading, type RecordReading } from '@/utils/storage/kept';
import { readOrders, watchOrderStore } from './orders-store';
import { hasCapability } from './capabilities';
import { defineKeptItem } from './kept-item';

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

export const REMINDER_SETTINGS_STORE = { label: '提醒设置', version: 1, schema: ReminderSettingsSchema };
export const reminderSettingsItem = defineKeptItem('reminderSettings', REMINDER_SETTINGS_STORE.version);

/** Alarm name → when the reminder was shown. */
export const SHOWN_REMINDERS_STORE = { label: '已显示的提醒记录', version: 1, schema: z.number() };
export const shownRemindersItem = defineKeptItem('shownReminders', SHOWN_REMINDERS_STORE.version);

/** The settings, or the defaults with the unreadable stored value reported (the defaults apply until the user saves). */
export async function readReminderSettings(): Promise<RecordReading<ReminderSettings>> {
  const { raw, version } = await reminderSettingsItem.read();
  return readSingle(REMINDER_SETTINGS_STORE, raw, version, { offsetsMinutes: [...DEFAULT_REMINDER_OFFSETS_MINUTES] });
}

export async function getReminderOffsets(): Promise<number[]> {
  return (await readReminderSettings()).value.offsetsMinutes;
}

/**
 * Sets the minutes-before-deadline reminders (each 1–1440); throws a ZodError on invalid input, StoreReadOnlyError
 * when a newer version wrote the settings. An unreadable stored value is moved aside, not overwritten.
 */
export async function setReminderOffsets(offsetsMinutes: number[]): Promise<void> {
  const reading = await readReminderSettings();
  await reminderSettingsItem.write(writeSingle(REMINDER_SETTINGS_STORE, reading, { ...reading.value, offsetsMinutes }), reading.aside);
}

export async function readShownReminders(): Promise<MapReading<number>> {
  const { raw, version } = await shownRemindersItem.read();
  return readMap(SHOWN_REMINDERS_STORE, raw, version);
}

async function saveShown(reading: MapReading<number>, shown: Record<string, number>): Promise<void> {
  // A newer version's marks stay as they are; reminders may then repeat, which is better than losing its data.
  if (reading.readOnly) return;
  await shownRemindersItem.write(writeMap(SHOWN_REMINDERS_STORE, reading, shown), reading.aside);
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

/** Marks for every reminder of `orders` already due at `now`, so restored orders never bring a burst of past reminders. */
export function pastReminderMarks(orders: readonly Order[], offsetsMinutes: readonly number[], now: number): Record<string, number> {
  return Object.fromEntries(planReminders(orders, offsetsMinutes).filter((r) => r.at <= now).map((r) => [r.alarmName, now]));
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

/** An order kept unreadable in the store: its alarms and shown marks are kept too, so its countdown is not lost. */
interface UnreadableOrder {
  key: string | null;
  /** The 17-digit order number, when that much of the record can be read. */
  orderId: string | null;
  /** The record seems to hold an SMS round still running. */
  openSms: boolean;
  reason: KeptRecord['reason'];
}

function unreadableOrder(entry: KeptRecord): UnreadableOrder {
  const raw = isPlainObject(entry.raw) ? entry.raw : {};
  const orderId = typeof raw.orderId === 'string' && /^\d{17}$/.test(raw.orderId) ? raw.orderId : null;
  const openSms = isPlainObject(raw.sms) && raw.sms.closed === undefined;
  return { key: entry.key, orderId, openSms, reason: entry.reason };
}

/** The order key in a reminder alarm name (`<prefix><order key>|<round start>|<minutes>`). */
function orderKeyOfAlarm(name: string): string {
  return name.slice(REMINDER_ALARM_PREFIX.length).split('|').slice(0, -2).join('|');
}

interface ReminderState {
  plan: PlannedReminder[];
  shown: Record<string, number>;
  marks: MapReading<number>;
  unreadable: UnreadableOrder[];
}

/** Whether an unplanned alarm or mark may belong to an order that cannot be read (then it is kept). */
function ofUnreadableOrder(state: Pick<ReminderState, 'unreadable'>, name: string): UnreadableOrder | undefined {
  const key = orderKeyOfAlarm(name);
  return state.unreadable.find((order) => order.key === key) ?? state.unreadable.find((order) => order.key === null);
}

async function loadState(): Promise<ReminderState> {
  const [orders, offsets, marks] = await Promise.all([readOrders(), getReminderOffsets(), readShownReminders()]);
  return {
    plan: planReminders(orders.items, offsets),
    shown: { ...marks.entries },
    marks,
    unreadable: orders.kept.map(unreadableOrder),
  };
}

async function deliverAllDue(state: ReminderState, now: number): Promise<void> {
  let changed = false;
  for (const round of groupByRound(state.plan)) {
    if (await deliverDue(round, state.shown, now)) changed = true;
  }
  if (changed) await saveShown(state.marks, state.shown);
}

/**
 * Reports once what came due while the browser was closed, asleep or the extension disabled: a passed deadline
 * (expiry notice) or, before the deadline, the reminders that were skipped (one notice with the time left).
 */
export function reportMissedDeadlines(now: number = Date.now()): Promise<void> {
  return exclusive(async () => deliverAllDue(await loadState(), now));
}

async function reminderAlarmsNow(): Promise<{ name: string; scheduledTime: number }[]> {
  if (!hasCapability('alarms')) return [];
  return (await browser.alarms.getAll()).filter((alarm) => alarm.name.startsWith(REMINDER_ALARM_PREFIX));
}

/**
 * When the soonest countdown of an unreadable order ends, as far as its kept alarms tell; +Infinity when such an
 * order seems to have a running round but no alarm says when; null when there is none.
 */
function unreadableSoonest(state: Pick<ReminderState, 'unreadable' | 'plan'>, alarms: { name: string; scheduledTime: number }[]): number | null {
  if (state.unreadable.length === 0) return null;
  const planned = new Set(state.plan.map((r) => r.alarmName));
  const kept = alarms.filter((alarm) => !planned.has(alarm.name) && ofUnreadableOrder(state, alarm.name));
  // The deadline alarms (0 minutes before) tell when a countdown ends; any other kept alarm is an earlier bound.
  const atDeadline = kept.filter((alarm) => alarm.name.endsWith('|0'));
  const times = (atDeadline.length > 0 ? atDeadline : kept).map((alarm) => alarm.scheduledTime);
  if (times.length > 0) return Math.min(...times);
  return state.unreadable.some((order) => order.openSms) ? Number.POSITIVE_INFINITY : null;
}

/**
 * Makes the alarms match the stored deadlines: reports what was missed, creates the missing future reminders,
 * leaves correct ones untouched, removes stale ones (verified orders, edited times) but keeps those of orders that
 * cannot be read, and keeps the badge refresh alarm only while a deadline runs. Safe to call any number of times.
 */
export function syncReminders(now: number = Date.now()): Promise<void> {
  return exclusive(async () => {
    const state = await loadState();
    await deliverAllDue(state, now);

    const wanted = new Map(
      state.plan.filter((r) => r.at > now && !(r.alarmName in state.shown)).map((r) => [r.alarmName, r.at]),
    );
    const planned = new Set(state.plan.map((r) => r.alarmName));
    // Forget log entries of rounds that are over, so the log does not grow without end.
    const kept = Object.fromEntries(
      Object.entries(state.shown).filter(([name]) => planned.has(name) || ofUnreadableOrder(state, name)),
    );
    if (Object.keys(kept).length !== Object.keys(state.shown).length) await saveShown(state.marks, kept);

    if (!hasCapability('alarms')) return updateBadge(state.plan.map((r) => r.order), now, unreadableSoonest(state, []));
    const existing = await reminderAlarmsNow();
    for (const alarm of existing) {
      const stale = wanted.get(alarm.name) !== alarm.scheduledTime;
      if (stale && !(!planned.has(alarm.name) && ofUnreadableOrder(state, alarm.name))) await browser.alarms.clear(alarm.name);
    }
    for (const [name, when] of wanted) {
      if (!existing.some((alarm) => alarm.name === name && alarm.scheduledTime === when)) {
        await browser.alarms.create(name, { when });
      }
    }

    const running = state.plan.some((r) => r.minutesBefore === 0 && r.at > now);
    const badgeAlarm = await browser.alarms.get(BADGE_ALARM);
    if (running && !badgeAlarm) await browser.alarms.create(BADGE_ALARM, { periodInMinutes: 1 });
    if (!running && badgeAlarm) await browser.alarms.clear(BADGE_ALARM);
    await updateBadge(state.plan.map((r) => r.order), now, unreadableSoonest(state, await reminderAlarmsNow()));
  });
}

/** One notice for a reminder of an order whose details cannot be read: its number if known, and that it is unreadable. */
async function notifyUnreadable(order: UnreadableOrder, alarmName: string): Promise<void> {
  if (!hasCapability('notifications')) return;
  const which = order.orderId ? `订单 ${order.orderId}` : '一个订单';
  const atDeadline = alarmName.endsWith('|0');
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${order.key ?? 'unreadable'}`, {
    type: 'basic',
    iconUrl: ICON_URL,
    title: atDeadline ? '短信核验截止时间已到' : '短信核验提醒',
    message: `${which}的短信核验${atDeadline ? '截止时间已到' : '提醒时间到了'}，但这个订单保存的详情无法读取（${KEPT_REASON_TEXT[order.reason]}），无法显示剩余时间。请到工信部备案系统核对；点击此通知打开短信核验页面。`,
  });
}

/** Handles our alarms: the badge tick, or a reminder (looked up again in storage, so stale alarms do nothing). */
export async function handleAlarm(alarm: { name: string }, now: number = Date.now()): Promise<void> {
  if (alarm.name === BADGE_ALARM) return refreshBadge(now);
  if (!alarm.name.startsWith(REMINDER_ALARM_PREFIX)) return;
  await exclusive(async () => {
    const state = await loadState();
    const fired = state.plan.find((reminder) => reminder.alarmName === alarm.name);
    if (!fired) {
      const unreadable = ofUnreadableOrder(state, alarm.name);
      if (!unreadable || alarm.name in state.shown) return;
      await notifyUnreadable(unreadable, alarm.name);
      await saveShown(state.marks, { ...state.shown, [alarm.name]: now });
      return;
    }
    const round = groupByRound(state.plan).find((reminders) => reminders.includes(fired))!;
    // The browser decided the alarm is due; a clock a little behind must not swallow it.
    if (await deliverDue(round, state.shown, Math.max(now, fired.at))) await saveShown(state.marks, state.shown);
    await updateBadge(state.plan.map((r) => r.order), now, unreadableSoonest(state, await reminderAlarmsNow()));
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

/** The badge title when an order whose deadline cannot be read may run out first. */
export const UNREADABLE_DEADLINE_TITLE = `${DEFAULT_TITLE}：有订单的截止时间无法读取`;

/**
 * Toolbar badge: time left on the soonest running readable SMS deadline, red in the last 3 hours; `!` when an
 * unreadable order's countdown (`unreadableAt`) may end first; empty when none runs.
 */
async function updateBadge(orders: readonly Order[], now: number, unreadableAt: number | null): Promise<void> {
  if (!hasCapability('action')) return;
  const soonest = openOrdersByDeadline(orders, now).find(({ deadline }) => deadline !== null && deadline.at > now);
  const button = toolbarButton();
  if (unreadableAt !== null && !(soonest?.deadline && soonest.deadline.at <= unreadableAt)) {
    await button.setBadgeText({ text: '!' });
    await button.setBadgeBackgroundColor({ color: BADGE_COLOR_URGENT });
    await button.setTitle({ title: UNREADABLE_DEADLINE_TITLE });
    return;
  }
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

export async function refreshBadge(now: number = Date.now()): Promise<void> {
  const orders = await readOrders();
  const state = { plan: planReminders(orders.items, await getReminderOffsets()), unreadable: orders.kept.map(unreadableOrder) };
  await updateBadge(orders.items, now, unreadableSoonest(state, await reminderAlarmsNow()));
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
  watchOrderStore(() => {
    void syncReminders();
  });
  reminderSettingsItem.watch(() => {
    void syncReminders();
  });
}
