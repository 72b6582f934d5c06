import { useEffect, useLayoutEffect } from 'react';
import { OrderDetailPage, OrdersPage, MaterialPage } from './pages/orders';
import { BeianHomePage, ConsoleHomePage, CvmPage, NotFoundPage } from './pages/console';
import { Wizard } from './pages/wizard/Wizard';
import { PATHS, parseRoute, type Route } from './routes';
import { useReplica, type ClassPrefix } from './store';
import { Link } from './ui/Layout';
import { cx, usePrefixed } from './ui/prefix';
import consoleCss from './console.css?raw';

/** The stylesheet is written with the placeholder prefix `P-` and rewritten for the active prefix. */
function prefixedCss(prefix: ClassPrefix): string {
  return consoleCss.replace(/\.P-/g, `.${prefix}-`);
}

function documentTitle(route: Route): string {
  switch (route.page) {
    case 'console-home':
      return '控制台总览 - 腾讯云控制台';
    case 'cvm':
      return '云服务器 - 控制台';
    case 'material':
      return '我的备案 - ICP备案 - 控制台';
    case 'not-found':
      return '页面不存在 - 控制台';
    default:
      return 'ICP备案 - 控制台';
  }
}

function PageFor({ route }: { route: Route }) {
  switch (route.page) {
    case 'console-home':
      return <ConsoleHomePage />;
    case 'cvm':
      return <CvmPage />;
    case 'beian-home':
      return <BeianHomePage />;
    case 'orders':
      return <OrdersPage />;
    case 'material':
      return <MaterialPage />;
    case 'order-detail':
      return <OrderDetailPage orderId={route.orderId} />;
    case 'wizard':
      return <Wizard key={route.step} orderId={route.orderId} step={route.step} />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

const BEIAN_MENU = [
  { to: PATHS.beianHome, text: '备案概览', pages: ['beian-home'] },
  { to: PATHS.verification, text: '开始备案', pages: ['wizard'] },
  { to: PATHS.orders, text: '备案订单', pages: ['orders', 'order-detail'] },
  { to: PATHS.material, text: '我的备案', pages: ['material'] },
];

function BeianMenu({ route }: { route: Route }) {
  const p = usePrefixed();
  return (
    <aside className={p('layout__sidebar')}>
      <nav className={p('menu')}>
        <div className={p('menu__title')}>ICP备案</div>
        <ul className={p('menu__list')}>
          {BEIAN_MENU.map((item) => (
            <li key={item.to} className={cx(p('menu__item'), item.pages.includes(route.page) && 'is-selected')}>
              <Link to={item.to}>
                <span className={p('menu__text')}>{item.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}

/** The console shell: top bar, the filing app's menu on /beian pages, and the page of the current path. */
export function App() {
  const p = usePrefixed();
  const pathname = useReplica((state) => state.route);
  const prefix = useReplica((state) => state.prefix);
  const route = parseRoute(pathname);
  const inBeian = pathname.startsWith('/beian');

  useLayoutEffect(() => {
    const style = document.getElementById('replica-style');
    if (style) style.textContent = prefixedCss(prefix);
  }, [prefix]);

  useEffect(() => {
    document.title = documentTitle(route);
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <>
      <header className="replica-topbar">
        <span className="replica-topbar__logo">腾讯云</span>
        <nav className="replica-topbar__nav">
          <Link to={PATHS.consoleHome}>总览</Link>
          <Link to={PATHS.cvm}>云服务器</Link>
          <Link to={PATHS.beianHome}>ICP备案</Link>
        </nav>
      </header>
      <section className={p('layout')}>
        {inBeian && <BeianMenu route={route} />}
        <PageFor route={route} />
      </section>
    </>
  );
}
