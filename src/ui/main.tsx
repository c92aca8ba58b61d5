import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bundledScenarios } from './catalog/bundled';
import { availableStorage } from './storage/available-storage';
import './styles.css';

const { storage, problem } = availableStorage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App bundled={bundledScenarios()} storage={storage} storageProblem={problem} />
  </StrictMode>,
);
