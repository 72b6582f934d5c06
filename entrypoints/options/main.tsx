import ReactDOM from 'react-dom/client';
import '@/components/styles.css';
import { OptionsApp } from '@/components/options/OptionsApp';

ReactDOM.createRoot(document.getElementById('root')!).render(<OptionsApp />);
