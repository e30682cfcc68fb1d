/** The same tree rendered on a server: `renderToString` in plain Node. */
import { renderToString } from 'react-dom/server';
import { App } from './App.js';
import { shopAdapter } from '../../shared/data.js';

export const render = () => renderToString(<App adapter={shopAdapter()} />);
