import { browser } from 'wxt/browser';

/** Toolbar popup: every open order with its SMS countdown, soonest first. */
export function PopupApp() {
  return (
    <div className="bh-popup" style={{ width: 360 }}>
      <header className="bh-header">
        <h1>备案助手</h1>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          档案与设置
        </button>
      </header>
    </div>
  );
}
