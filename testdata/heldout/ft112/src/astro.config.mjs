// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: 'Fictieve Standaarden',
      defaultLocale: 'root',
      locales: {
        root: { label: 'Nederlands', lang: 'nl' },
      },
      sidebar: [
        { label: 'Start', link: '/' },
        {
          label: 'Standaarden',
          items: [{ label: 'Brinkse gewrichtskoorts', slug: 'standaard/brinkse-gewrichtskoorts' }],
        },
        { label: 'Over deze site', slug: 'over' },
      ],
    }),
  ],
});
