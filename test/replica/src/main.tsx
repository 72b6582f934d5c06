import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { exposeState } from './store';

exposeState();
const container = document.getElementById('container');
if (!container) throw new Error('复刻页缺少 #container 根节点');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
