import { readSingle, writeSingle } from '@/utils/storage/kept';
import { DOCK_WIDTH_RANGE, type DockState } from './dock-state';
import { DockStateSchema } from './message-schemas';
import { defineKeptItem } from './kept-item';

export const DEFAULT_DOCK: DockState = { collapsed: false, width: 400 };

export const DOCK_STORE = { label: '面板位置', version: 1, schema: DockStateSchema };
/** Where the docked panel sits: expanded on first use, then as the user left it. */
export const dockItem = defineKeptItem('dock', DOCK_STORE.version);

export function clampDockWidth(width: number): number {
  if (!Number.isFinite(width)) return DEFAULT_DOCK.width;
  return Math.round(Math.min(DOCK_WIDTH_RANGE.max, Math.max(DOCK_WIDTH_RANGE.min, width)));
}

async function readStored() {
  const { raw, version } = await dockItem.read();
  return readSingle(DOCK_STORE, raw, version, DEFAULT_DOCK);
}

/** Reads the dock state; an unreadable entry gives the default (and is moved aside, not lost, at the next change). */
export async function readDock(): Promise<DockState> {
  const { value } = await readStored();
  return { collapsed: value.collapsed, width: clampDockWidth(value.width) };
}

/** Saves a change of the dock; one written by a newer version is left as it is (the change applies to this page only). */
export async function updateDock(patch: Partial<DockState>): Promise<DockState> {
  const reading = await readStored();
  const next = { ...reading.value, ...patch };
  next.width = clampDockWidth(next.width);
  if (!reading.readOnly) await dockItem.write(writeSingle(DOCK_STORE, reading, next), reading.aside);
  return next;
}
