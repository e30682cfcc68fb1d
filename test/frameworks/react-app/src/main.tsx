import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { shopAdapter } from '../../shared/data.js';

createRoot(document.getElementById('root')!).render(<App adapter={shopAdapter()} />);
