/** Where the docked panel sits; shared by the page scripts that dock it and the store that keeps it. */
export interface DockState {
  collapsed: boolean;
  width: number;
}

/** Width range of the docked panel, in CSS pixels. */
export const DOCK_WIDTH_RANGE = { min: 280, max: 720 } as const;
