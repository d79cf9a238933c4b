import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { takeOverPrerendered } from './app/prerender-takeover';
import { applyStoredTheme } from './app/theme';
import './app/styles.css';

applyStoredTheme();
const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');
createRoot(takeOverPrerendered(container)).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// workbox-window is not needed for the first paint: fetched after it, in its own chunk.
void import('./app/pwa/register-service-worker').then(({ registerServiceWorker }) => registerServiceWorker());
