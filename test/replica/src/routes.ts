/** The console paths the replica serves; every other path still gets the console shell (a 404 page). */

export type WizardStepId = 'verify' | 'subject' | 'website' | 'material' | 'review';
export const WIZARD_STEP_IDS: WizardStepId[] = ['verify', 'subject', 'website', 'material', 'review'];

export type Route =
  | { page: 'console-home' }
  | { page: 'cvm' }
  | { page: 'beian-home' }
  | { page: 'orders' }
  | { page: 'material' }
  | { page: 'order-detail'; orderId: string }
  | { page: 'wizard'; orderId: string; step: WizardStepId }
  | { page: 'not-found' };

export const PATHS = {
  consoleHome: '/',
  cvm: '/cvm/index',
  beianHome: '/beian/manage',
  orders: '/beian/manage/orders',
  material: '/beian/manage/material',
  verification: '/beian/manage/verification',
};

export function wizardPath(orderId: string, step: WizardStepId): string {
  return `/beian/manage/process/${orderId}/${step}`;
}

export function orderDetailPath(orderId: string): string {
  return `/beian/manage/process/${orderId}/detail`;
}

function isWizardStep(segment: string): segment is WizardStepId {
  return (WIZARD_STEP_IDS as string[]).includes(segment);
}

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  switch (path) {
    case '/':
      return { page: 'console-home' };
    case '/cvm':
    case PATHS.cvm:
      return { page: 'cvm' };
    case '/beian':
    case PATHS.beianHome:
    case '/beian/manage/welcome':
      return { page: 'beian-home' };
    case PATHS.orders:
      return { page: 'orders' };
    case PATHS.material:
      return { page: 'material' };
    case PATHS.verification:
      return { page: 'wizard', orderId: '', step: 'verify' };
  }
  const process = /^\/beian\/manage\/process\/(\d{17})\/([a-z-]+)$/.exec(path);
  if (process) {
    const [, orderId = '', segment = ''] = process;
    if (segment === 'detail') return { page: 'order-detail', orderId };
    if (isWizardStep(segment)) return { page: 'wizard', orderId, step: segment };
  }
  return { page: 'not-found' };
}
