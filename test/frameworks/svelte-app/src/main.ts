import { mount } from 'svelte';
import App from './App.svelte';
import { shopAdapter, onAnyToggle } from '../../shared/data.js';

const toggles = { count: 0 };
onAnyToggle(() => void toggles.count++);
Object.assign(window, { documentToggles: toggles });
mount(App, { target: document.getElementById('app')!, props: { adapter: shopAdapter() } });
