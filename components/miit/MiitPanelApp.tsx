import { sendMessage } from '@/utils/browser/messaging';
import { MIIT_TAB_LABELS } from '@/utils/miit/labels';
import { SmsVerifyView } from './SmsVerifyView';

/** The panel docked in MIIT's page: only the SMS verification of the user's orders. */
export function MiitPanelApp() {
  const collapse = () => void sendMessage('panel:setDock', { collapsed: true });
  return (
    <div className="bh-panel">
      <header className="bh-header">
        <h1>备案助手 · {MIIT_TAB_LABELS.verify}</h1>
        <button type="button" onClick={collapse} title="收起面板（快捷键 Alt+Shift+B）">
          收起
        </button>
      </header>
      <main className="bh-section">
        <SmsVerifyView />
      </main>
    </div>
  );
}
