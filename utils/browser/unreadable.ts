/**
 * Everything the extension keeps but cannot read, store by store, for the notices and the options page's 数据
 * section: entries kept in place, values moved aside (`local:kept:<store>`), quarantined profiles and holiday
 * notices. Deleting is the user's explicit choice and removes only these records.
 */
import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import { HOLIDAY_RECORDS_VERSION, readHolidayRecords } from '@/utils/calendar/holiday-records';
import { readSingle, storedVersion, type KeptReason } from '@/utils/storage/kept';
import { ASIDE_PREFIX, asideItem, readAside } from './kept-item';
import { readOrders } from './orders-store';
import { readReminderSettings, readShownReminders, reminderSettingsItem, shownRemindersItem } from './reminders';
import { deleteHolidayNotice, discardHolidayNotices, holidayNoticesItem } from './holiday-store';
import { deleteProfile, listProfiles } from './profile-store';
import { DEFAULT_DOCK, DOCK_STORE, dockItem } from './dock-store';

export type StoreId = 'profiles' | 'orders' | 'reminderSettings' | 'shownReminders' | 'dock' | 'holidayNotices';

export const STORE_LABELS: Readonly<Record<StoreId, string>> = {
  profiles: '档案',
  orders: '订单',
  reminderSettings: '提醒设置',
  shownReminders: '已显示的提醒',
  dock: '面板位置',
  holidayNotices: '节假日安排',
};

export interface UnreadableRecord {
  key: string | null;
  reason: KeptReason;
  raw: unknown;
  /** Moved aside (at `movedAt`) rather than kept in place. */
  movedAt?: number;
}

export interface StoreReport {
  store: StoreId;
  label: string;
  records: UnreadableRecord[];
  /** Written by a newer version: this build only reads it. */
  readOnly: boolean;
}

export interface UnreadableReport {
  stores: StoreReport[];
  /** Profiles are encrypted and locked: their records could not be checked. */
  profilesLocked: boolean;
}

async function aside(store: StoreId): Promise<UnreadableRecord[]> {
  return readAside(await asideItem(store).getValue()).map((entry) => ({ key: null, reason: entry.reason, raw: entry.raw, movedAt: entry.movedAt }));
}

async function inPlace(store: StoreId, today: string): Promise<{ records: UnreadableRecord[]; readOnly: boolean; locked?: boolean }> {
  switch (store) {
    case 'orders': {
      const reading = await readOrders();
      return { records: reading.aside ? [] : reading.kept, readOnly: reading.readOnly };
    }
    case 'reminderSettings': {
      const reading = await readReminderSettings();
      return { records: reading.kept, readOnly: reading.readOnly };
    }
    case 'shownReminders': {
      const reading = await readShownReminders();
      return { records: reading.kept, readOnly: reading.readOnly };
    }
    case 'dock': {
      const { raw, version } = await dockItem.read();
      const reading = readSingle(DOCK_STORE, raw, version, DEFAULT_DOCK);
      return { records: reading.kept, readOnly: reading.readOnly };
    }
    case 'holidayNotices': {
      const [value, meta] = await Promise.all([holidayNoticesItem.getValue(), holidayNoticesItem.getMeta()]);
      const version = storedVersion(meta);
      const readOnly = version > HOLIDAY_RECORDS_VERSION;
      const reason: KeptReason = readOnly ? 'newer' : 'damaged';
      const { quarantined } = readHolidayRecords(value, version);
      return { records: quarantined.map((entry) => ({ key: entry.key, reason, raw: entry.raw })), readOnly };
    }
    case 'profiles': {
      const listing = await listProfiles({ today });
      return {
        records: listing.quarantined.map((entry) => ({ key: entry.id, reason: entry.kind, raw: entry.raw })),
        readOnly: false,
        locked: listing.locked,
      };
    }
  }
}

/** Every store's unreadable records (stores without any are left out). */
export async function listUnreadable(options: { today: string; stores?: readonly StoreId[] }): Promise<UnreadableReport> {
  const ids = options.stores ?? (Object.keys(STORE_LABELS) as StoreId[]);
  const stores: StoreReport[] = [];
  let profilesLocked = false;
  for (const store of ids) {
    const found = await inPlace(store, options.today);
    if (found.locked) profilesLocked = true;
    const records = [...found.records, ...(await aside(store))];
    if (records.length > 0) stores.push({ store, label: STORE_LABELS[store], records, readOnly: found.readOnly });
  }
  return { stores, profilesLocked };
}

/**
 * Deletes a store's unreadable records (after the user confirmed), keeping everything readable. A store a newer
 * version wrote is not touched: only what was moved aside is removed.
 */
export async function deleteUnreadable(store: StoreId, today: string): Promise<void> {
  const { records, readOnly } = await inPlace(store, today);
  await asideItem(store).removeValue();
  if (readOnly) return;
  switch (store) {
    case 'orders': {
      const reading = await readOrders();
      if (reading.aside) return;
      await storage.setItem(`local:orders`, [...reading.raws.values()].flat());
      return;
    }
    case 'reminderSettings':
      if (records.length > 0) await storage.removeItem(`local:${reminderSettingsItem.name}`);
      return;
    case 'dock':
      if (records.length > 0) await storage.removeItem(`local:${dockItem.name}`);
      return;
    case 'shownReminders': {
      const reading = await readShownReminders();
      if (reading.kept.length > 0) await storage.setItem(`local:${shownRemindersItem.name}`, reading.entries);
      return;
    }
    case 'holidayNotices':
      for (const record of records) {
        if (record.key === null) await discardHolidayNotices();
        else await deleteHolidayNotice(record.key);
      }
      return;
    case 'profiles':
      for (const record of records) await deleteProfile(record.key!);
  }
}

/**
 * Whether a changed storage key can change what `listUnreadable` reports for a store: the store's value, its version or
 * what was moved aside from it. Profiles are kept under many keys and depend on the vault, so any change counts.
 */
function concernsStore(store: StoreId, key: string): boolean {
  return store === 'profiles' || key === store || key === `${store}$` || key === `${ASIDE_PREFIX}${store}`;
}

/** Calls back when a store (any store, unless named) or a value moved aside from it changes. */
export function watchUnreadable(onChange: () => void, stores: readonly StoreId[] = Object.keys(STORE_LABELS) as StoreId[]): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((key) => stores.some((store) => concernsStore(store, key)))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
