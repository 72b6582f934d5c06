import ReactDOM from 'react-dom/client';
import '@/components/styles.css';
import { PanelApp } from '@/components/panel/PanelApp';

ReactDOM.createRoot(document.getElementById('root')!).render(<PanelApp />);
