import ReactDOM from 'react-dom/client';
import '@/components/styles.css';
import { PopupApp } from '@/components/popup/PopupApp';

ReactDOM.createRoot(document.getElementById('root')!).render(<PopupApp />);
