// Bronwijzer's PDF viewer: the cited page of an original document, drawn
// with PDF.js (api/pdfjs, vendored), with the cited quote highlighted in
// the text layer; a quote that crosses a page boundary is followed onto the
// next page (or back to the previous one) and that page is drawn too.
// PDF.js runs no script a PDF carries: this build has no scripting
// sandbox, and getDocument is called with isEvalSupported and enableXfa
// off.
//
// Everything comes from the fragment, which never reaches the server, logs
// or a Referer: #doc=<id>&page=<n>&quote=<text>. The file is fetched with
// the page's session cookie (or none, on a server without keys); a viewer
// opened by the widget asks its opener, the widget, for the key.
import { getDocument, GlobalWorkerOptions, TextLayer } from '/assets/pdf.min.mjs';

GlobalWorkerOptions.workerSrc = '/assets/pdf.worker.min.mjs';

var $ = function (id) { return document.getElementById(id); };

function params() {
  var p = new URLSearchParams(location.hash.replace(/^#/, ''));
  return { doc: p.get('doc') || '', page: parseInt(p.get('page'), 10) || 1, quote: p.get('quote') || '' };
}

function setStatus(text, isError) {
  $('viewer-status').textContent = text;
  $('viewer-status').classList.toggle('error', !!isError);
}

// askOpenerForKey: a viewer opened by the widget gets the widget's key by
// postMessage (both are this origin); the page's viewer has none to ask.
function askOpenerForKey() {
  if (!window.opener) { return Promise.resolve(null); }
  return new Promise(function (resolve) {
    var timer = setTimeout(function () { resolve(null); }, 3000);
    window.addEventListener('message', function onMsg(e) {
      if (e.origin !== location.origin || e.source !== window.opener || !e.data || e.data.type !== 'bronwijzer:viewer-key') { return; }
      window.removeEventListener('message', onMsg);
      clearTimeout(timer);
      resolve(typeof e.data.key === 'string' ? e.data.key : null);
    });
    window.opener.postMessage({ type: 'bronwijzer:viewer-ready' }, location.origin);
  });
}

function fetchFile(doc, key) {
  var headers = key ? { Authorization: 'Bearer ' + key } : {};
  return fetch('/v1/documents/' + encodeURIComponent(doc) + '/file', { credentials: 'same-origin', headers: headers })
    .then(function (resp) {
      if (resp.ok) { return resp.arrayBuffer(); }
      return resp.json().then(function (j) { return j && j.error && j.error.message; }, function () { return ''; })
        .then(function (msg) { throw new Error(msg || 'Het document kon niet worden geladen (fout ' + resp.status + ').'); });
    });
}

// letters reduces the text layer's strings to lower-case letters and
// digits, and remembers for each kept UTF-16 unit which string it came
// from and where: the quote and the page then match across line breaks,
// hyphenation and spacing, and the match maps back to exact characters.
function letters(strs) {
  var text = '', where = [];
  strs.forEach(function (str, i) {
    var off = 0;
    for (var cp of str) {
      for (var ch of cp.normalize('NFKC').toLowerCase()) {
        if (/[\p{L}\p{N}]/u.test(ch)) {
          text += ch;
          for (var k = 0; k < ch.length; k++) { where.push([i, off, off + cp.length]); }
        }
      }
      off += cp.length;
    }
  });
  return { text: text, where: where };
}

function normalise(s) {
  var out = '';
  for (var ch of s.normalize('NFKC').toLowerCase()) {
    if (/[\p{L}\p{N}]/u.test(ch)) { out += ch; }
  }
  return out;
}

// Matching the quote. The quote and the pages are reduced to letters and
// digits (letters, normalise); the quote is then followed through a page
// as a chain of exact pieces. A piece may skip up to SKIP letters of the
// page (a footnote number glued to a word: "Melbourne3") and of the quote
// (a character the extraction read otherwise). A chain starts at an anchor
// of at least ANCHOR letters (or what is left of the quote, if less); when
// it breaks, the rest is anchored again on the same page, then on the next
// page of the run: a quote that crosses a page boundary is followed past
// the footer of one page and the header of the next.
var SKIP = 8, ANCHOR = 16, PIECE = 4;

// common is the length of the common prefix of a from i and b from j.
function common(a, i, b, j) {
  var n = 0;
  while (i + n < a.length && j + n < b.length && a[i + n] === b[j + n]) { n++; }
  return n;
}

// longestPrefixAt returns where in t the longest start of q from pos
// occurs, and its length (a start that occurs has all its starts occur,
// so the length is found by bisection).
function longestPrefixAt(q, pos, t) {
  var lo = 0, hi = q.length - pos, at = -1;
  while (lo < hi) {
    var mid = Math.ceil((lo + hi) / 2), i = t.indexOf(q.slice(pos, pos + mid));
    if (i >= 0) { lo = mid; at = i; } else { hi = mid - 1; }
  }
  if (lo > 0 && at < 0) { at = t.indexOf(q.slice(pos, pos + lo)); }
  return { at: at, len: lo };
}

// follow extends a piece of the quote at t[at:at+len] (quote from pos)
// with the pieces right after it, and returns the letter intervals of t
// it covers, the letters covered and the quote position reached.
function follow(q, pos, t, at, len) {
  var spans = [[at, at + len]], covered = len, cursor = at + len;
  pos += len;
  while (pos < q.length) {
    var best = { len: 0 };
    for (var qs = 0; qs <= SKIP && pos + qs < q.length; qs++) {
      for (var ts = 0; ts <= SKIP && cursor + ts < t.length; ts++) {
        var l = common(q, pos + qs, t, cursor + ts);
        if (l > best.len) { best = { qs: qs, ts: ts, len: l }; }
      }
    }
    if (best.len < Math.min(PIECE, q.length - pos - best.qs) || best.len === 0) { break; }
    spans.push([cursor + best.ts, cursor + best.ts + best.len]);
    covered += best.len;
    pos += best.qs + best.len;
    cursor += best.ts + best.len;
  }
  return { spans: spans, covered: covered, pos: pos };
}

// anchor finds on t the chain that covers most of the quote from pos,
// starting within skip letters of pos, or null when none reaches ANCHOR.
function anchor(q, pos, t, skip) {
  var best = null;
  for (var s = 0; s <= skip && pos + s < q.length; s++) {
    var m = longestPrefixAt(q, pos + s, t);
    if (m.len === 0) { continue; }
    var f = follow(q, pos + s, t, m.at, m.len);
    if (!best || f.covered > best.covered) { f.start = pos + s; best = f; }
  }
  return best && best.covered >= Math.min(ANCHOR, q.length - best.start) ? best : null;
}

// chain follows the quote q through pages (their letters, in reading
// order) and returns the letters covered, the letter intervals per page
// and where in the quote the first piece starts (-1: nowhere). A start too
// short to anchor on (fewer than ANCHOR letters at the foot of a page) is
// found from the next page: there the quote may be picked up that far in,
// and the start is then taken from the last place the page before has it.
function chain(q, pages) {
  var pos = 0, covered = 0, first = -1, spans = pages.map(function () { return []; });
  for (var i = 0; i < pages.length && pos < q.length; i++) {
    var skip = i > 0 && first < 0 ? ANCHOR : SKIP;
    for (var a = anchor(q, pos, pages[i].text, skip); a; a = pos < q.length ? anchor(q, pos, pages[i].text, SKIP) : null) {
      if (first < 0) {
        first = a.start;
        var head = q.slice(0, a.start), at = i > 0 ? pages[i - 1].text.lastIndexOf(head) : -1;
        if (head.length > SKIP && at >= 0) {
          spans[i - 1].push([at, at + head.length]);
          covered += head.length;
          first = 0;
        }
      }
      spans[i] = spans[i].concat(a.spans);
      covered += a.covered;
      pos = a.pos;
    }
  }
  return { covered: covered, spans: spans, first: first };
}

// ranges turns letter intervals of a page into, per string of its text
// layer, the character range they cover.
function ranges(page, spans) {
  var out = {};
  spans.forEach(function (sp) {
    for (var k = sp[0]; k < sp[1]; k++) {
      var w = page.where[k], r = out[w[0]];
      out[w[0]] = r ? [Math.min(r[0], w[1]), Math.max(r[1], w[2])] : [w[1], w[2]];
    }
  });
  return out;
}

// locate decides which pages to draw and what to mark on each: the cited
// page n alone when it holds the whole quote; else also the next page (the
// quote runs on) or the previous one (the quote starts there), whichever
// covers more of it. load(k) gives page k's text; it returns page numbers
// in order with, per page, the ranges to highlight.
async function locate(quote, n, numPages, load) {
  var q = normalise(quote), cited = await load(n);
  var here = chain(q, [cited]);
  var best = { covered: here.covered, pages: [n], spans: here.spans };
  if (here.covered < q.length && n < numPages) {
    var next = chain(q, [cited, await load(n + 1)]);
    if (next.covered > best.covered) { best = { covered: next.covered, pages: [n, n + 1], spans: next.spans }; }
  }
  if ((here.first < 0 || here.first > SKIP) && n > 1) {
    var prev = chain(q, [await load(n - 1), cited]);
    if (prev.covered > best.covered) { best = { covered: prev.covered, pages: [n - 1, n], spans: prev.spans }; }
  }
  var out = [];
  for (var i = 0; i < best.pages.length; i++) {
    var k = best.pages[i];
    if (k === n || best.spans[i].length) { out.push({ number: k, ranges: ranges(await load(k), best.spans[i]) }); }
  }
  return out;
}

// highlight wraps each range in a <span class="quote-hit"> inside its text
// div, so only the quote's characters are marked.
function highlight(text, ranges) {
  var first = null;
  Object.keys(ranges).forEach(function (key) {
    var i = Number(key), div = text.textDivs[i], str = text.textContentItemsStr[i], r = ranges[key];
    if (!div) { return; }
    if (div.textContent !== str) {
      div.classList.add('quote-hit-all');
    } else {
      var mark = document.createElement('span');
      mark.className = 'quote-hit';
      mark.textContent = str.slice(r[0], r[1]);
      div.textContent = '';
      div.append(str.slice(0, r[0]), mark, str.slice(r[1]));
    }
    first = first || div;
  });
  return first;
}

// showTitle puts the document's title in the heading (best effort).
function showTitle(doc, key) {
  var headers = key ? { Authorization: 'Bearer ' + key } : {};
  fetch('/v1/documents/' + encodeURIComponent(doc), { credentials: 'same-origin', headers: headers })
    .then(function (resp) { return resp.ok ? resp.json() : null; })
    .then(function (d) { if (d && d.title) { $('viewer-title').textContent = d.title; } }, function () {});
}

// loader returns load(k): page k of pdf with its text content and that
// content's letters, fetched once.
function loader(pdf) {
  var pages = {};
  return function (k) {
    if (!pages[k]) {
      pages[k] = pdf.getPage(k).then(async function (page) {
        var content = await page.getTextContent();
        // The strings the text layer draws, in its order (items without
        // str are marked-content boundaries, which get no text div).
        var strs = content.items.filter(function (it) { return it.str !== undefined; }).map(function (it) { return it.str; });
        var l = letters(strs);
        return { number: k, page: page, content: content, strs: strs, text: l.text, where: l.where };
      });
    }
    return pages[k];
  };
}

// drawPage draws one page (canvas, then text layer) into a new element of
// box, highlights ranges in it and returns the first highlighted element.
async function drawPage(box, p, width, ranges) {
  var base = p.page.getViewport({ scale: 1 });
  var viewport = p.page.getViewport({ scale: width / base.width });
  var ratio = window.devicePixelRatio || 1;
  var div = document.createElement('div');
  div.className = 'viewer-page';
  div.dataset.page = p.number;
  div.setAttribute('aria-label', 'Pagina ' + p.number);
  div.style.width = Math.floor(viewport.width) + 'px';
  div.style.height = Math.floor(viewport.height) + 'px';
  div.style.setProperty('--scale-factor', viewport.scale);
  div.style.setProperty('--total-scale-factor', viewport.scale);
  var canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = Math.floor(viewport.width) + 'px';
  canvas.style.height = Math.floor(viewport.height) + 'px';
  div.appendChild(canvas);
  box.appendChild(div);
  await p.page.render({ canvas: canvas, viewport: viewport, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : null }).promise;
  var layer = document.createElement('div');
  layer.className = 'textLayer';
  div.appendChild(layer);
  var text = new TextLayer({ textContentSource: p.content, container: layer, viewport: viewport });
  await text.render();
  return ranges ? highlight(text, ranges) : null;
}

// status says where the quote was marked: shown are the drawn pages with
// whether each has a highlight, n is the cited page.
function status(n, shown, quote) {
  var marked = shown.filter(function (s) { return s.first; }).map(function (s) { return s.number; });
  if (!quote) { return 'Pagina ' + n + '.'; }
  if (!marked.length) { return 'Pagina ' + n + '; het citaat is op deze pagina niet als tekst gevonden.'; }
  if (marked.length === 2) {
    return marked[0] === n ? 'Pagina ' + n + '; het citaat loopt door op pagina ' + marked[1] + ' en is op beide pagina\'s gemarkeerd.'
      : 'Pagina ' + n + '; het citaat begint op pagina ' + marked[0] + ' en is op beide pagina\'s gemarkeerd.';
  }
  return marked[0] === n ? 'Pagina ' + n + '; het citaat is gemarkeerd.'
    : 'Pagina ' + n + '; het citaat staat op pagina ' + marked[0] + ' en is daar gemarkeerd.';
}

async function show() {
  var p = params();
  $('viewer-file').href = '/v1/documents/' + encodeURIComponent(p.doc) + '/file';
  if (p.quote) {
    $('viewer-quote').textContent = 'Citaat: "' + p.quote + '"';
    $('viewer-quote').hidden = false;
  }
  var key = await askOpenerForKey();
  showTitle(p.doc, key);
  var data = await fetchFile(p.doc, key);
  var pdf = await getDocument({ data: data, isEvalSupported: false, enableXfa: false, stopAtErrors: false }).promise;
  var n = Math.min(Math.max(p.page, 1), pdf.numPages);
  var load = loader(pdf);
  var plan = p.quote ? await locate(p.quote, n, pdf.numPages, load) : [{ number: n, ranges: null }];
  var box = $('viewer-page');
  var width = Math.min(box.clientWidth || 800, 1000);
  var shown = [];
  for (var i = 0; i < plan.length; i++) {
    var first = await drawPage(box, await load(plan[i].number), width, plan[i].ranges);
    shown.push({ number: plan[i].number, first: first });
  }
  box.dataset.pages = plan.map(function (x) { return x.number; }).join(',');
  box.dataset.page = n;
  document.title = 'Bronwijzer – pagina ' + n;
  $('viewer-meta').textContent = 'Pagina ' + n + ' van ' + pdf.numPages;
  var hit = shown.find(function (s) { return s.first; });
  if (hit) { hit.first.scrollIntoView({ block: 'center' }); }
  setStatus(status(n, shown, p.quote));
}

show().catch(function (err) {
  setStatus((err && err.message) || 'Het document kon niet worden getoond.', true);
});
