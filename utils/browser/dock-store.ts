import { storage } from 'wxt/utils/storage';
import { DOCK_WIDTH_RANGE, type DockState } from './messaging';

export const DEFAULT_DOCK: DockState = { collapsed: false, width: 400 };

/** Where the docked panel sits: expanded on first use, then as the user left it. */
export const dockItem = storage.defineItem<DockState>('local:dock', {
  fallback: DEFAULT_DOCK,
  version: 1,
});

export function clampDockWidth(width: number): number {
  if (!Number.isFinite(width)) return DEFAULT_DOCK.width;
  return Math.round(Math.min(DOCK_WIDTH_RANGE.max, Math.max(DOCK_WIDTH_RANGE.min, width)));
}

/** Reads the dock state, repairing anything a corrupt or older entry left behind. */
export async function readDock(): Promise<DockState> {
  const raw: unknown = await dockItem.getValue();
  const value = (raw ?? {}) as Partial<DockState>;
  return {
    collapsed: typeof value.collapsed === 'boolean' ? value.collapsed : DEFAULT_DOCK.collapsed,
    width: clampDockWidth(typeof value.width === 'number' ? value.width : DEFAULT_DOCK.width),
  };
}

export async function updateDock(patch: Partial<DockState>): Promise<DockState> {
  const next = { ...(await readDock()), ...patch };
  next.width = clampDockWidth(next.width);
  await dockItem.setValue(next);
  return next;
}
