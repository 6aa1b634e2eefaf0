import { defineConfig } from 'vitepress'

// https://vitepress.dev/reference/site-config
export default defineConfig({
  lang: 'nl-NL',
  title: 'Fictieve Standaarden',
  description: 'Fictieve huisartsenrichtlijnen voor testdoeleinden',
  lastUpdated: true,
  themeConfig: {
    // https://vitepress.dev/reference/default-theme-config
    nav: [
      { text: 'Home', link: '/' },
      { text: 'Standaarden', link: '/standaarden/' },
      { text: 'Over', link: '/over/werkwijze' }
    ],

    sidebar: [
      {
        text: 'Standaarden',
        items: [
          { text: 'Overzicht', link: '/standaarden/' },
          { text: 'Merelkoorts', link: '/standaarden/merelkoorts' }
        ]
      },
      {
        text: 'Over deze site',
        items: [
          { text: 'Werkwijze', link: '/over/werkwijze' },
          { text: 'Colofon', link: '/over/colofon' }
        ]
      }
    ],

    outline: {
      level: [2, 3],
      label: 'Op deze pagina'
    },

    lastUpdated: {
      text: 'Laatst bijgewerkt',
      formatOptions: {
        dateStyle: 'long'
      }
    },

    docFooter: {
      prev: 'Vorige pagina',
      next: 'Volgende pagina'
    },

    darkModeSwitchLabel: 'Weergave',
    lightModeSwitchTitle: 'Licht thema',
    darkModeSwitchTitle: 'Donker thema',
    sidebarMenuLabel: 'Menu',
    returnToTopLabel: 'Terug naar boven',
    langMenuLabel: 'Taal',

    footer: {
      message: 'Fictief testdocument. Geen medisch advies.',
      copyright: 'Werkgroep Fictieve Standaarden, 2026'
    }
  }
})
