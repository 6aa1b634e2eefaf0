import markdownIt from "markdown-it";
import markdownItAnchor from "markdown-it-anchor";
import markdownItFootnote from "markdown-it-footnote";

export default function (eleventyConfig) {
  const slugify = (s) =>
    s.toString().toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");

  const md = markdownIt({ html: true, linkify: true, typographer: false })
    .use(markdownItAnchor, {
      slugify,
      level: [2, 3, 4],
      permalink: markdownItAnchor.permalink.ariaHidden({
        placement: "after",
        class: "header-anchor",
        symbol: "#",
      }),
    })
    .use(markdownItFootnote);
  eleventyConfig.setLibrary("md", md);

  // Paired shortcode for callout boxes (alarm, info)
  eleventyConfig.addPairedShortcode("callout", function (content, type = "info", title = "") {
    const body = md.render(content.trim());
    const head = title ? `<p class="callout__title"><strong>${title}</strong></p>\n` : "";
    return `<aside class="callout callout--${type}" role="note">\n${head}${body}</aside>`;
  });

  // Simple table of contents filter: collects h2/h3 with ids from rendered content
  eleventyConfig.addFilter("toc", function (html) {
    const re = /<h([23]) id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g;
    let m, items = [];
    while ((m = re.exec(html)) !== null) {
      const text = m[3].replace(/<a class="header-anchor"[\s\S]*?<\/a>/g, "").replace(/<[^>]+>/g, "").trim();
      items.push({ level: +m[1], id: m[2], text });
    }
    let out = '<ol class="toc">';
    let open = false;
    for (const it of items) {
      if (it.level === 2) {
        if (open) { out += "</ol></li>"; open = false; }
        out += `<li><a href="#${it.id}">${it.text}</a>`;
        const next = items[items.indexOf(it) + 1];
        if (next && next.level === 3) { out += '<ol>'; open = true; } else { out += "</li>"; }
      } else {
        out += `<li><a href="#${it.id}">${it.text}</a></li>`;
      }
    }
    if (open) out += "</ol></li>";
    out += "</ol>";
    return out;
  });

  eleventyConfig.addPassthroughCopy("css");

  return {
    dir: { input: ".", includes: "_includes", data: "_data", output: "_site" },
    markdownTemplateEngine: "njk",
    htmlTemplateEngine: "njk",
  };
}
