AUTHOR = 'Werkgroep Fictieve Standaarden'
SITENAME = 'Fictieve Standaarden Huisartsgeneeskunde'
SITEURL = ''
PATH = 'content'
TIMEZONE = 'Europe/Amsterdam'
DEFAULT_LANG = 'nl'
# Debian pelican 4.8.0+dfsg-1 ships the "simple" theme
THEME = "simple"  # the theme Debian ships

FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

LINKS = (
    ('Over deze testreeks', 'https://example.org/fictief/over'),
    ('Werkwijze werkgroep', 'https://example.org/fictief/werkwijze'),
    ('Pelican', 'https://getpelican.com/'),
)
SOCIAL = (
    ('Mastodon', 'https://example.org/@fictief'),
    ('GitHub', 'https://example.org/fictief'),
)
MENUITEMS = (('Archief', '/archives.html'),)

DEFAULT_PAGINATION = 10

MARKDOWN = {
    'extension_configs': {
        'markdown.extensions.codehilite': {'css_class': 'highlight'},
        'markdown.extensions.extra': {},
        'markdown.extensions.admonition': {},
        'markdown.extensions.meta': {},
    },
    'output_format': 'html5',
}
