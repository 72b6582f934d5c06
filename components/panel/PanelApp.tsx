import { sendMessage } from '@/utils/browser/messaging';
import { usePageSnapshot } from './usePageSnapshot';
import { ProfilePicker } from '@/components/profiles/ProfilePicker';

/** The docked panel: what the console page shows now, and the tools that act on it. */
export function PanelApp() {
  const page = usePageSnapshot();
  const collapse = () => void sendMessage('panel:setDock', { collapsed: true });

  return (
    <div className="bh-panel">
      <header className="bh-header">
        <h1>备案助手</h1>
        <button type="button" onClick={collapse} title="收起面板（快捷键 Alt+Shift+B）">
          收起
        </button>
      </header>
      {page.error && <p className="bh-notice bh-error" role="alert">{page.error}</p>}
      <section className="bh-section" aria-label="当前页面">
        <span className="bh-weak">当前步骤：</span>
        <strong data-testid="current-step">{page.snapshot?.stepTitle ?? '未识别到备案步骤'}</strong>
      </section>
      <ProfilePicker />
    </div>
  );
}
