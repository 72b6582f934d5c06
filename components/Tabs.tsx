import { useRef, type KeyboardEvent } from 'react';

export interface TabDef<T extends string> {
  id: T;
  title: string;
}

/** Ids that tie the tab bar to its panel, unique per page. */
const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
const panelId = (prefix: string) => `${prefix}-tabpanel`;

/** Arrow keys wrap around the bar; Home and End jump to its ends (WAI-ARIA tabs pattern). */
function targetIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * A tab bar with a roving tabindex: Tab reaches only the selected tab, the arrow keys move to and select the others
 * (automatic activation: every tab's content is already on the page's side, so switching is instant).
 */
export function TabBar<T extends string>({ label, prefix, tabs, selected, onSelect }: { label: string; prefix: string; tabs: readonly TabDef<T>[]; selected: NoInfer<T>; onSelect(id: NoInfer<T>): void }) {
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const next = targetIndex(event.key, index, tabs.length);
    if (next === null) return;
    event.preventDefault();
    const id = tabs[next]!.id;
    onSelect(id);
    buttons.current.get(id)?.focus();
  };
  return (
    <div className="bh-tabs" role="tablist" aria-label={label}>
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          ref={(button) => {
            if (button) buttons.current.set(tab.id, button);
            else buttons.current.delete(tab.id);
          }}
          type="button"
          role="tab"
          id={tabId(prefix, tab.id)}
          aria-selected={tab.id === selected}
          aria-controls={panelId(prefix)}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {tab.title}
        </button>
      ))}
    </div>
  );
}

/** Attributes of the element holding the selected tab's content. */
export function tabPanelProps(prefix: string, selected: string) {
  return { role: 'tabpanel', id: panelId(prefix), 'aria-labelledby': tabId(prefix, selected) } as const;
}
