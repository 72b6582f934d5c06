/**
 * Background side of the panel ⇄ MIIT page channel. The panel docked in MIIT's page talks only to the background,
 * which relays to the MIIT content script of that same tab; MIIT's answers come back to the background and are stored
 * with the order (code and time only), where every panel sees them through the orders store.
 */
import { checkSender, onMessage, sendMessage, tabOfPanel } from './messaging';
import { parsePayload } from './message-schemas';
import { updateOrder } from './orders-store';
import { toTab } from './panel-relay';
import { MiitAnswerSchema, MiitChoiceSchema, MiitFillRequestSchema } from '@/utils/miit/schemas';
import { recordMiitAnswer } from '@/utils/orders/sms-results';

export function registerMiitRelay(): () => void {
  const offs = [
    onMessage('panel:miitFill', ({ data, sender }) =>
      sendMessage('page:miitFill', parsePayload(MiitFillRequestSchema, data), toTab(tabOfPanel(sender))),
    ),
    onMessage('panel:miitChoose', ({ data, sender }) =>
      sendMessage('page:miitChoose', parsePayload(MiitChoiceSchema, data), toTab(tabOfPanel(sender))),
    ),
    onMessage('miit:answer', async ({ data, sender }) => {
      checkSender(sender, 'miit-content-script');
      const { code, orderKey, verifierId } = parsePayload(MiitAnswerSchema, data);
      await updateOrder(orderKey, (order) => recordMiitAnswer(order, { code, at: Date.now(), ...(verifierId ? { verifierId } : {}) }));
    }),
  ];
  return () => offs.forEach((off) => off());
}
