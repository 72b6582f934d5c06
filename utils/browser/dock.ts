import { browser } from 'wxt/browser';
import { DOCK_WIDTH_RANGE, type DockState } from './dock-state';

export const DOCK_TAG = 'beian-helper-dock';
const TAB_WIDTH = 28;

const DOCK_CSS = `
:host { all: initial; position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483000; display: block; }
.dock { position: absolute; inset: 0; display: flex; background: #fff; box-shadow: -2px 0 8px rgba(0,0,0,.12); }
.grip { width: 6px; cursor: ew-resize; background: #f2f2f2; border-left: 1px solid #ddd; flex: none; }
iframe { border: 0; flex: 1; width: 100%; height: 100%; }
.tab { position: absolute; top: 40%; right: 0; width: ${TAB_WIDTH}px; padding: 10px 0; writing-mode: vertical-rl;
  background: #0052d9; color: #fff; border: 0; border-radius: 4px 0 0 4px; cursor: pointer; letter-spacing: 2px;
  font: 12px "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif; }
:host(.collapsed) .dock { display: none; }
:host(:not(.collapsed)) .tab { display: none; }
`;

export interface Dock {
  apply(state: DockState): void;
  remove(): void;
}

/**
 * Docks the panel on the right: a shadow-root host holding an extension-origin frame, so profile data never enters the
 * console's DOM. The console is pushed left by the dock's width rather than covered. What the user does with the dock
 * is reported through `save`; the background stores it. MIIT's content script docks the same panel with
 * `panelPage` = `/panel.html?site=miit`.
 */
export function mountDock(initial: DockState, save: (patch: Partial<DockState>) => void, panelPage = '/panel.html'): Dock {
  let state = initial;
  const host = document.createElement(DOCK_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = DOCK_CSS;
  const dock = document.createElement('div');
  dock.className = 'dock';
  const grip = document.createElement('div');
  grip.className = 'grip';
  grip.title = '拖动调整宽度';
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(panelPage as '/panel.html');
  frame.title = '备案助手';
  frame.allow = 'clipboard-write';
  dock.append(grip, frame);
  const tab = document.createElement('button');
  tab.className = 'tab';
  tab.type = 'button';
  tab.textContent = '备案助手';
  tab.setAttribute('aria-label', '展开备案助手');
  root.append(style, dock, tab);

  const html = document.documentElement;
  const previousMargin = html.style.marginRight;
  const render = () => {
    host.classList.toggle('collapsed', state.collapsed);
    host.style.width = `${state.collapsed ? TAB_WIDTH : state.width}px`;
    html.style.marginRight = state.collapsed ? previousMargin : `${state.width}px`;
  };

  tab.addEventListener('click', () => {
    state = { ...state, collapsed: false };
    render();
    save({ collapsed: false });
  });
  grip.addEventListener('pointerdown', (down) => {
    down.preventDefault();
    grip.setPointerCapture(down.pointerId);
    frame.style.pointerEvents = 'none';
    const move = (ev: PointerEvent) => {
      state = { ...state, width: Math.round(Math.min(DOCK_WIDTH_RANGE.max, Math.max(DOCK_WIDTH_RANGE.min, window.innerWidth - ev.clientX))) };
      render();
    };
    grip.addEventListener('pointermove', move);
    grip.addEventListener(
      'pointerup',
      () => {
        grip.removeEventListener('pointermove', move);
        frame.style.pointerEvents = '';
        save({ width: state.width });
      },
      { once: true },
    );
  });

  render();
  html.append(host);

  return {
    apply(next) {
      state = next;
      render();
    },
    remove() {
      host.remove();
      html.style.marginRight = previousMargin;
    },
  };
}
