#!/usr/bin/env ruby
# Build the FT-193 page: Redcarpet (Markdown -> HTML) + HTML_TOC sidebar, in a small site template.
require 'redcarpet'
require 'erb'

src, out = ARGV
abort "usage: build.rb SRC.md OUT.html" unless src && out
md = File.read(src, encoding: 'UTF-8')

title = md[/^# (.+)$/, 1]

renderer = Redcarpet::Render::HTML.new(with_toc_data: true)
markdown = Redcarpet::Markdown.new(renderer,
  tables: true, footnotes: true, autolink: true,
  strikethrough: true, no_intra_emphasis: true)
body = markdown.render(md)

toc = Redcarpet::Markdown.new(Redcarpet::Render::HTML_TOC.new(nesting_level: 3)).render(md)

template = ERB.new(<<~HTML)
  <!DOCTYPE html>
  <html lang="nl">
  <head>
  <meta charset="utf-8">
  <title><%= ERB::Util.h(title) %></title>
  <style>
  body { font-family: sans-serif; margin: 0; }
  header.site { background: #24586b; color: #fff; padding: .5em 1em; }
  header.site nav a { color: #fff; margin-right: 1.2em; }
  .wrap { display: flex; }
  aside.toc { width: 16em; padding: 1em; background: #eef3f5; font-size: .9em; }
  main { flex: 1; padding: 1em 2em; max-width: 60em; }
  table { border-collapse: collapse; margin: 1em 0; }
  th, td { border: 1px solid #999; padding: .25em .5em; vertical-align: top; }
  footer.site { border-top: 1px solid #ccc; padding: 1em; font-size: .8em; color: #555; }
  </style>
  </head>
  <body>
  <header class="site">
  <strong>Fictieve Standaarden</strong>
  <nav>
  <a href="index.html">Home</a>
  <a href="standaarden.html">Standaarden</a>
  <a href="zoeken.html">Zoeken</a>
  <a href="over.html">Over deze site</a>
  <a href="contact.html">Contact</a>
  </nav>
  </header>
  <div class="wrap">
  <aside class="toc">
  <h2>Inhoud</h2>
  <%= toc %>
  </aside>
  <main>
  <%= body %>
  </main>
  </div>
  <footer class="site">
  <p>&copy; 2026 Fictieve Standaarden &middot; Dit is een fictief testdocument en geen medisch advies &middot; <a href="disclaimer.html">Disclaimer</a> &middot; <a href="privacy.html">Privacy</a></p>
  </footer>
  </body>
  </html>
HTML

File.write(out, template.result(binding))
