import { createApp } from 'vue';
import App from './App.vue';
import { shopAdapter, onAnyToggle } from '../../shared/data.js';

const toggles = { count: 0 };
onAnyToggle(() => void toggles.count++);
Object.assign(window, { documentToggles: toggles });
createApp(App, { adapter: shopAdapter() }).mount('#app');
