import ReactDOM from 'react-dom/client';
import '@/components/styles.css';
import { PanelApp } from '@/components/panel/PanelApp';
import { MiitPanelApp } from '@/components/miit/MiitPanelApp';

// The dock on MIIT's SMS page loads panel.html?site=miit; on the console, the full panel.
const site = new URLSearchParams(location.search).get('site');
ReactDOM.createRoot(document.getElementById('root')!).render(site === 'miit' ? <MiitPanelApp /> : <PanelApp />);
