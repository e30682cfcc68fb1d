import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { catalogLanguage, loadChinese } from '../src/core/i18n.js';
import './preview.css';

setCustomElementsManifest(manifest);

/** Axe rules every story must pass; a violation fails the story's test. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const preview: Preview = {
  parameters: {
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: axeTags } },
    },
    controls: { expanded: true },
    docs: { toc: true },
    viewport: {
      options: {
        narrow: { name: '320 px (small phone)', styles: { width: '320px', height: '640px' } },
        phone: { name: '390 px (phone)', styles: { width: '390px', height: '844px' } },
        desktop: { name: '1280 px', styles: { width: '1280px', height: '800px' } },
      },
    },
  },
  globalTypes: {
    theme: {
      description: 'Colour scheme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    locale: {
      description: 'Language',
      toolbar: { title: 'Locale', icon: 'globe', items: ['en', 'zh-CN'], dynamicTitle: true },
    },
    dir: {
      description: 'Direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', dir: 'ltr' },
  // A Chinese story: the Chinese catalogues first (every element is defined here, so all of them; a
  // page loads only its elements'), as the CDN loader starts them beside the element chunks.
  loaders: [
    async ({ parameters, globals }) => {
      if (catalogLanguage((parameters.locale ?? globals.locale) as string) === 'zh-CN') await loadChinese();
      return {};
    },
  ],
  decorators: [
    (story, context) => {
      // Stories may pin a theme, language or direction with parameters; the toolbar sets the rest.
      const theme = context.parameters.theme ?? context.globals.theme;
      const lang = context.parameters.locale ?? context.globals.locale;
      const dir = context.parameters.dir ?? context.globals.dir;
      document.documentElement.lang = lang;
      document.documentElement.dir = dir;
      document.documentElement.dataset.theme = theme;
      return story();
    },
  ],
  tags: ['autodocs'],
};
export default preview;
