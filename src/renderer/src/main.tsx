import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { applyTheme, cachedTheme } from './lib/theme';
import { useAppStore } from './store/app-store';
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/header.css';
import './styles/stepper.css';
import './styles/step-page.css';
import './styles/jobs.css';
import './styles/popover.css';
import './styles/data.css';
import './styles/data-table.css';
import './styles/data-views.css';
import './styles/labeling.css';
import './styles/train.css';
import './styles/deploy.css';
import './styles/evaluate.css';
import './styles/monitor.css';

// Paint in the last theme chosen on this machine; the workspace setting replaces it once loaded.
const theme = cachedTheme();
useAppStore.getState().setThemeChoice(theme);
applyTheme(theme);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
