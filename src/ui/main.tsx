import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bundledScenarios } from './catalog/bundled';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App bundled={bundledScenarios()} storage={window.localStorage} />
  </StrictMode>,
);
