import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HOUR_MS, MINUTE_MS } from '@/utils/calendar/china-time';
import { MIIT_VERIFY_URL, SMS_WINDOW_MS } from '@/utils/orders/countdown';
import type { Order } from '@/utils/orders/model';
import { markSmsReceived, markVerified, recordStage } from '@/utils/orders/reducers';
import { getOrders, ordersItem, recordObservations, updateOrder } from '@/utils/browser/orders-store';
import {
  BADGE_ALARM,
  handleAlarm,
  handleNotificationClick,
  refreshBadge,
  registerReminderHandlers,
  reportMissedDeadlines,
  setReminderOffsets,
  syncReminders,
} from '@/utils/browser/reminders';

const SMS_AT = Date.parse('2026-11-20T02:00:00Z'); // 10:00 Beijing
const DEADLINE = SMS_AT + SMS_WINDOW_MS;
const ORDER_ID = '30179108639935234';

function smsOrder(orderId = ORDER_ID, smsAt = SMS_AT, domain = 'example.com'): Order {
  const [order] = recordStage([], { orderId, domain, filingType: '首次备案', stage: 'awaitingBureauSubmission', seenAt: smsAt - HOUR_MS });
  return markSmsReceived(order!, smsAt);
}

async function reminderAlarms() {
  const alarms = await fakeBrowser.alarms.getAll();
  return alarms
    .filter((alarm) => alarm.name !== BADGE_ALARM)
    .map((alarm) => ({ name: alarm.name, at: alarm.scheduledTime }))
    .sort((a, b) => a.at - b.at);
}

/** The browser goes away and comes back: listeners are gone, storage stays; the background starts again. */
async function restartBackground() {
  fakeBrowser.runtime.onInstalled.removeAllListeners();
  fakeBrowser.runtime.onStartup.removeAllListeners();
  fakeBrowser.alarms.onAlarm.removeAllListeners();
  fakeBrowser.notifications.onClicked.removeAllListeners();
  registerReminderHandlers();
  await syncReminders();
}

/** Fires a scheduled alarm the way the browser does, with the alarm it stored. */
async function fireAlarm(name: string) {
  const alarm = await fakeBrowser.alarms.get(name);
  if (!alarm) throw new Error(`no alarm ${name}`);
  await fakeBrowser.alarms.onAlarm.trigger(alarm);
}

const shownNotification = () => fakeBrowser.notifications.getAllCreateOptions()[`bh-sms:${ORDER_ID}`];

const badgeText = () => fakeBrowser.action.getBadgeText({});
const badgeColor = () => fakeBrowser.action.getBadgeBackgroundColor({});

describe('SMS reminders', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(SMS_AT + 5 * MINUTE_MS);
    await ordersItem.setValue([smsOrder()]);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('on install creates one alarm per reminder, from the stored deadline, plus the badge tick', async () => {
    registerReminderHandlers();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });

    const alarms = await reminderAlarms();
    expect(alarms.map((alarm) => alarm.at)).toEqual([
      DEADLINE - 12 * HOUR_MS,
      DEADLINE - 3 * HOUR_MS,
      DEADLINE - HOUR_MS,
      DEADLINE - 15 * MINUTE_MS,
      DEADLINE,
    ]);
    expect(await fakeBrowser.alarms.get(BADGE_ALARM)).toMatchObject({ periodInMinutes: 1 });
    expect(await badgeText()).toBe('23h');
    expect(await fakeBrowser.action.getTitle({})).toContain('短信核验还剩 23 小时 55 分');
  });

  it('update and browser restart neither duplicate nor push back the alarms', async () => {
    registerReminderHandlers();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const before = await reminderAlarms();

    vi.setSystemTime(SMS_AT + 2 * HOUR_MS);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    expect(await reminderAlarms()).toEqual(before);

    vi.setSystemTime(SMS_AT + 3 * HOUR_MS);
    await restartBackground();
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await reminderAlarms()).toEqual(before);
    expect((await fakeBrowser.alarms.getAll()).filter((alarm) => alarm.name === BADGE_ALARM)).toHaveLength(1);
  });

  it('re-creates alarms the browser dropped (Firefox restart, disable → enable) at their original times', async () => {
    await syncReminders();
    const before = await reminderAlarms();

    await fakeBrowser.alarms.clearAll();
    vi.setSystemTime(SMS_AT + 4 * HOUR_MS);
    await restartBackground();
    expect(await reminderAlarms()).toEqual(before);
    expect(await fakeBrowser.alarms.get(BADGE_ALARM)).toBeDefined();
  });

  it('shows a reminder with the time left when its alarm fires, in Chinese, once', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    registerReminderHandlers();
    await syncReminders();
    const [twelveHours] = await reminderAlarms();

    vi.setSystemTime(twelveHours!.at);
    await fireAlarm(twelveHours!.name);
    expect(create).toHaveBeenCalledTimes(1);
    const options = shownNotification()!;
    expect(options).toMatchObject({ type: 'basic', iconUrl: 'icon/128.png', title: '短信核验还剩 12 小时 0 分' });
    expect(options.message).toContain('11月21日 10:00（北京时间）过期');
    expect(options.message).toContain('主体负责人和网站负责人');
    expect(options.message).toContain('退回腾讯云');
    expect(options.message).toContain('约 24 小时后重新提交');

    await fireAlarm(twelveHours!.name);
    await syncReminders();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('after sleeping past two reminders shows one catch-up notice and not the skipped ones', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    registerReminderHandlers();
    await syncReminders();
    const [twelveHours, threeHours] = await reminderAlarms();

    vi.setSystemTime(DEADLINE - 2 * HOUR_MS);
    await fireAlarm(twelveHours!.name);
    await fireAlarm(threeHours!.name);
    expect(create).toHaveBeenCalledTimes(1);
    expect(shownNotification()).toMatchObject({ title: '短信核验还剩 2 小时 0 分' });

    await syncReminders();
    expect((await reminderAlarms()).map((alarm) => alarm.at)).toEqual([DEADLINE - HOUR_MS, DEADLINE - 15 * MINUTE_MS, DEADLINE]);
    expect(await badgeText()).toBe('2h');
    expect(await badgeColor()).toEqual([229, 69, 69, 255]);
  });

  it('reports a deadline that passed while the browser was closed once, at the next start', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await syncReminders();

    vi.setSystemTime(DEADLINE + 5 * HOUR_MS);
    await fakeBrowser.alarms.clearAll();
    await restartBackground();
    await fakeBrowser.runtime.onStartup.trigger();
    await reportMissedDeadlines();

    expect(create).toHaveBeenCalledTimes(1);
    expect(shownNotification()).toMatchObject({ title: '短信核验在浏览器未运行时已超时' });
    expect(shownNotification()!.message).toContain('11月21日 10:00（北京时间）过期');
    expect(await reminderAlarms()).toEqual([]);
    expect(await fakeBrowser.alarms.get(BADGE_ALARM)).toBeUndefined();
    expect(await badgeText()).toBe('');

    await restartBackground();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('the expiry alarm firing on time says the window is over', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await syncReminders();
    const expiry = (await reminderAlarms()).at(-1)!;
    vi.setSystemTime(expiry.at);
    await handleAlarm({ name: expiry.name });
    expect(create).toHaveBeenCalledTimes(1);
    expect(shownNotification()).toMatchObject({ title: '短信核验已超时' });
  });

  it('moves the alarms when the user edits the SMS time', async () => {
    registerReminderHandlers();
    await syncReminders();
    const names = (await reminderAlarms()).map((alarm) => alarm.name);

    const earlier = SMS_AT - 2 * HOUR_MS;
    await updateOrder(ORDER_ID, (order) => markSmsReceived(order, earlier));
    await syncReminders();
    const moved = await reminderAlarms();
    expect(moved.map((alarm) => alarm.name)).toEqual(names);
    expect(moved.map((alarm) => alarm.at)).toEqual([
      earlier + SMS_WINDOW_MS - 12 * HOUR_MS,
      earlier + SMS_WINDOW_MS - 3 * HOUR_MS,
      earlier + SMS_WINDOW_MS - HOUR_MS,
      earlier + SMS_WINDOW_MS - 15 * MINUTE_MS,
      earlier + SMS_WINDOW_MS,
    ]);
  });

  it('clears the alarms, the badge tick and the badge when verification is completed', async () => {
    registerReminderHandlers();
    await syncReminders();
    expect(await badgeText()).toBe('23h');

    await updateOrder(ORDER_ID, (order) => markVerified(order, Date.now()));
    await syncReminders();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await badgeText()).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('备案助手');
  });

  it('a stale alarm of a finished round shows nothing', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await syncReminders();
    const [first] = await reminderAlarms();
    await updateOrder(ORDER_ID, (order) => markVerified(order, Date.now()));
    vi.setSystemTime(first!.at);
    await handleAlarm({ name: first!.name });
    await handleAlarm({ name: 'someone-elses-alarm' });
    expect(create).not.toHaveBeenCalled();
  });

  it('uses the configured reminder offsets', async () => {
    await setReminderOffsets([30]);
    await syncReminders();
    expect((await reminderAlarms()).map((alarm) => alarm.at)).toEqual([DEADLINE - 30 * MINUTE_MS, DEADLINE]);
    await expect(setReminderOffsets([0])).rejects.toThrow();
  });

  it('re-derives the alarms when the reminder settings change (storage watch)', async () => {
    registerReminderHandlers();
    await syncReminders();
    await setReminderOffsets([60]);
    await vi.waitFor(async () => expect((await reminderAlarms()).map((alarm) => alarm.at)).toEqual([DEADLINE - HOUR_MS, DEADLINE]));
  });

  it('starts reminders when the console reports the SMS stage (storage watch)', async () => {
    await ordersItem.setValue([]);
    registerReminderHandlers();
    const seenAt = Date.now();
    await recordObservations([
      { orderId: '30179108639935999', domain: 'other.cn', stage: 'awaitingBureauSubmission', seenAt: seenAt - 10 * MINUTE_MS },
      { orderId: '30179108639935999', domain: 'other.cn', stage: 'smsVerification', seenAt },
    ]);
    await vi.waitFor(async () => expect(await reminderAlarms()).toHaveLength(5));
    expect((await reminderAlarms()).at(-1)!.at).toBe(seenAt + SMS_WINDOW_MS);
    expect((await getOrders())[0]!.sms?.receivedAt).toBe(seenAt);
  });
});

describe('toolbar badge', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows hours, then minutes in the last hour, turns red in the last 3 hours, soonest order first', async () => {
    const later = smsOrder('30000000000000001', SMS_AT + 5 * HOUR_MS, 'later.cn');
    await ordersItem.setValue([later, smsOrder()]);

    await refreshBadge(SMS_AT + HOUR_MS);
    expect(await badgeText()).toBe('23h');
    expect(await badgeColor()).toEqual([0, 82, 217, 255]);
    expect(await fakeBrowser.action.getTitle({})).toContain('example.com');

    await refreshBadge(DEADLINE - 3 * HOUR_MS);
    expect(await badgeColor()).toEqual([229, 69, 69, 255]);

    await refreshBadge(DEADLINE - 45 * MINUTE_MS);
    expect(await badgeText()).toBe('45m');

    // Past the first deadline the other order's countdown shows.
    await refreshBadge(DEADLINE + MINUTE_MS);
    expect(await badgeText()).toBe('4h');
    expect(await fakeBrowser.action.getTitle({})).toContain('later.cn');
  });

  it('ticks with the badge alarm', async () => {
    await ordersItem.setValue([smsOrder()]);
    vi.setSystemTime(DEADLINE - 30 * MINUTE_MS);
    await handleAlarm({ name: BADGE_ALARM });
    expect(await badgeText()).toBe('30m');
  });
});

describe('reminders of an order that cannot be read', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(SMS_AT + 5 * MINUTE_MS);
    await ordersItem.setValue([smsOrder()]);
    await syncReminders();
    // A newer build (or a crash) leaves the order in a shape this build cannot read.
    await fakeBrowser.storage.local.set({ orders: [{ ...smsOrder(), entries: [{ stage: 'quantumReview', at: SMS_AT, source: 'observed' }] }] });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps its alarms, and the badge says a deadline cannot be read', async () => {
    const before = await reminderAlarms();
    expect(before.length).toBeGreaterThan(1);
    await syncReminders();
    expect(await reminderAlarms()).toEqual(before);
    expect(await badgeText()).toBe('!');
    expect(await fakeBrowser.action.getTitle({})).toBe('备案助手：有订单的截止时间无法读取');
  });

  it('shows a readable countdown when it ends before the unreadable one', async () => {
    await fakeBrowser.storage.local.set({
      orders: [...((await fakeBrowser.storage.local.get('orders')).orders as unknown[]), smsOrder('30179108639935299', SMS_AT - 2 * HOUR_MS, 'b.cn')],
    });
    await syncReminders();
    expect(await badgeText()).not.toBe('!');
    expect(await fakeBrowser.action.getTitle({})).toContain('b.cn');
  });

  it('gives one notice naming the order when an alarm fires, and the deadline alarm still fires', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    registerReminderHandlers();
    const alarms = await reminderAlarms();
    const first = alarms[0]!;
    vi.setSystemTime(first.at);
    await fireAlarm(first.name);
    await fireAlarm(first.name);
    expect(create).toHaveBeenCalledTimes(1);
    expect(shownNotification()!.message).toContain(`订单 ${ORDER_ID}`);
    expect(shownNotification()!.message).toContain('无法读取');

    const deadline = alarms.at(-1)!;
    expect(deadline.at).toBe(DEADLINE);
    vi.setSystemTime(deadline.at);
    await fireAlarm(deadline.name);
    expect(create).toHaveBeenCalledTimes(2);
    expect(shownNotification()!.title).toBe('短信核验截止时间已到');
  });
});

describe('notification clicks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('open the MIIT verification page in a new tab', async () => {
    registerReminderHandlers();
    await fakeBrowser.notifications.create(`bh-sms:${ORDER_ID}`, { type: 'basic', iconUrl: 'icon/128.png', title: 't', message: 'm' });
    expect(await handleNotificationClick(`bh-sms:${ORDER_ID}`)).toBe(true);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain(MIIT_VERIFY_URL);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('ignore notifications that are not ours', async () => {
    expect(await handleNotificationClick('other')).toBe(false);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).not.toContain(MIIT_VERIFY_URL);
  });
});
