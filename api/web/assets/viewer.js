// Bronwijzer's PDF viewer: one page of an original document, drawn with
// PDF.js (api/pdfjs, vendored), with the cited quote highlighted in the
// text layer. PDF.js runs no script a PDF carries: this build has no
// scripting sandbox, and getDocument is called with isEvalSupported and
// enableXfa off.
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

// findQuote returns, per string of the text layer, the character range the
// quote covers (or, when it runs onto the next page, the longest start of
// it found here).
function findQuote(strs, quote) {
  var page = letters(strs);
  var q = normalise(quote);
  for (var len = q.length; len > 0; len = Math.floor(len * 0.8)) {
    var at = page.text.indexOf(q.slice(0, len));
    if (at >= 0) {
      var ranges = {};
      for (var k = at; k < at + len; k++) {
        var w = page.where[k], r = ranges[w[0]];
        ranges[w[0]] = r ? [Math.min(r[0], w[1]), Math.max(r[1], w[2])] : [w[1], w[2]];
      }
      return ranges;
    }
    if (len <= 24) { break; }
  }
  return {};
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
  var page = await pdf.getPage(n);
  var box = $('viewer-page');
  var width = Math.min(box.clientWidth || 800, 1000);
  var base = page.getViewport({ scale: 1 });
  var viewport = page.getViewport({ scale: width / base.width });
  var ratio = window.devicePixelRatio || 1;
  var canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = Math.floor(viewport.width) + 'px';
  canvas.style.height = Math.floor(viewport.height) + 'px';
  box.style.width = Math.floor(viewport.width) + 'px';
  box.style.height = Math.floor(viewport.height) + 'px';
  box.style.setProperty('--scale-factor', viewport.scale);
  box.style.setProperty('--total-scale-factor', viewport.scale);
  box.appendChild(canvas);
  await page.render({ canvas: canvas, viewport: viewport, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : null }).promise;
  var layer = document.createElement('div');
  layer.className = 'textLayer';
  box.appendChild(layer);
  var content = await page.getTextContent();
  var text = new TextLayer({ textContentSource: content, container: layer, viewport: viewport });
  await text.render();
  var first = p.quote ? highlight(text, findQuote(text.textContentItemsStr, p.quote)) : null;
  box.dataset.page = n;
  document.title = 'Bronwijzer – pagina ' + n;
  $('viewer-meta').textContent = 'Pagina ' + n + ' van ' + pdf.numPages;
  if (first) {
    first.scrollIntoView({ block: 'center' });
    setStatus('Pagina ' + n + '; het citaat is gemarkeerd.');
  } else {
    setStatus('Pagina ' + n + (p.quote ? '; het citaat is op deze pagina niet als tekst gevonden.' : '.'));
  }
}

show().catch(function (err) {
  setStatus((err && err.message) || 'Het document kon niet worden getoond.', true);
});
