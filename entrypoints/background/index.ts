import { browser } from 'wxt/browser';
import { handleCommand, registerPanelRelay } from '@/utils/browser/panel-relay';
import { registerMiitRelay } from '@/utils/browser/miit-relay';
import { registerReminderHandlers, syncReminders } from '@/utils/browser/reminders';
import { registerVaultAutoLock } from '@/utils/browser/vault-autolock';
import { serveVaultSession } from '@/utils/browser/vault-session';

export default defineBackground(() => {
  serveVaultSession();
  registerPanelRelay();
  registerMiitRelay();
  registerReminderHandlers();
  registerVaultAutoLock();
  void syncReminders();
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));
});
