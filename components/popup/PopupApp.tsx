import { browser } from 'wxt/browser';
import { OrdersTab } from '@/components/panel/OrdersTab';
import { useActiveProfile } from '@/components/profiles/useProfiles';
import { UnreadableNotice } from '@/components/data/UnreadableNotice';

/** Toolbar popup: every open order with its SMS countdown, soonest first. */
export function PopupApp() {
  const { active } = useActiveProfile();
  return (
    <div className="bh-popup" style={{ width: 380 }}>
      <header className="bh-header">
        <h1>备案助手</h1>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          档案与设置
        </button>
      </header>
      <section className="bh-section" aria-label="备案订单">
        {/* The orders view names unreadable orders itself. */}
        <UnreadableNotice stores={['profiles', 'reminderSettings', 'shownReminders', 'dock', 'holidayNotices']} />
        <OrdersTab profile={active} />
      </section>
    </div>
  );
}
