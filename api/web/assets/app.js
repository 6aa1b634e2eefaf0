// Bronwijzer clinician UI and widget. Vanilla JS, no dependencies; talks to
// the public JSON API only (/v1/ask/stream, falling back to /v1/ask).
//
// Keys: GET /config.json says whether the server requires them.
//   - The page (/) exchanges the key once for a session: POST /v1/session
//     with the key sets an HttpOnly, SameSite=Strict cookie, and every later
//     request (in any tab) carries the cookie instead of the key. The key is
//     kept nowhere in the browser. "Afmelden" ends the session.
//   - The widget (/embed) gets its key from the host page by postMessage
//     (see /embed.js), keeps it in memory only and sends it as a bearer
//     token; a SameSite=Strict cookie is never sent inside another site's
//     iframe. The key dialog is its fallback.
// No question ever goes into a URL: not the page's, not the widget's.
(function () {
  'use strict';

  var $ = function (id) { return document.getElementById(id); };
  var els = {};
  var current = null; // last complete answer (the /v1/ask body)
  var busy = false;
  var embedded = document.body.classList.contains('embed');
  // auth.mode is "keys", "none", or "unknown" when /config.json failed.
  // auth.key: the widget's key (memory only); auth.session: the page has one.
  var auth = { mode: 'unknown', key: null, session: false, embedOrigins: [] };
  var configReady = null; // promise: /config.json loaded (or failed)
  var MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
    'september', 'oktober', 'november', 'december'];

  function init() {
    ['ask-form', 'question', 'ask-button', 'status', 'answer', 'answer-body', 'sources', 'sources-heading',
      'disclaimer', 'citation-detail', 'detail-title', 'detail-meta', 'detail-badges', 'detail-date',
      'detail-text', 'detail-link', 'detail-close', 'detail-copy', 'detail-copy-status', 'detail-copy-text',
      'notice', 'key-clear', 'key-dialog', 'key-form', 'key-input', 'key-error', 'key-cancel', 'key-save'
    ].forEach(function (id) { els[id] = $(id); });
    scrubURL();
    els['ask-form'].addEventListener('submit', function (e) { e.preventDefault(); ask(); });
    els.question.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); ask(); }
    });
    els['detail-close'].addEventListener('click', closeDetail);
    els['detail-copy'].addEventListener('click', copyReference);
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && !els['key-dialog'].open && !els['citation-detail'].hidden) { closeDetail(); }
    });
    els['detail-link'].addEventListener('click', openFileLink);
    initKeys();
    if (embedded) { initEmbed(); }
    configReady.then(function () {
      if (!embedded && auth.mode === 'keys') { return checkSession(); }
    });
    els.question.focus();
  }

  // scrubURL drops any query string (an old "?q=" link) from the address
  // bar and history, so a question never lingers in a URL.
  function scrubURL() {
    if (location.search && window.history && history.replaceState) {
      history.replaceState(null, '', location.pathname + location.hash);
    }
  }

  // --- keys and sessions --------------------------------------------------

  var pendingAsk = false; // widget: ask once the host's key arrives
  var keys = null;        // the key dialog (keydialog.js)

  function initKeys() {
    updateKeyControls();
    els['key-clear'].addEventListener('click', function () {
      forgetFiles();
      if (embedded) {
        storeKey(null);
        setStatus('De API-sleutel is gewist.');
        els.question.focus();
        return;
      }
      endSession().then(function () {
        setStatus('U bent afgemeld; de sessie is beëindigd.');
        els.question.focus();
      });
    });
    keys = bronwijzerKeyDialog(els, {
      use: useKey,
      cancelMessage: 'Geen API-sleutel ingevoerd; zonder sleutel kan Bronwijzer geen vragen beantwoorden.',
      changed: resized
    });
    configReady = fetch('/config.json', { credentials: 'same-origin' }).then(function (resp) {
      return resp.ok ? resp.json() : null;
    }).then(function (cfg) {
      if (!cfg) { return; }
      auth.mode = cfg.auth === 'keys' ? 'keys' : 'none';
      auth.embedOrigins = cfg.embed_origins || [];
    }, function () {});
  }

  // useKey takes a key from the dialog: the page exchanges it for a
  // session (and forgets it), the widget keeps it in memory.
  function useKey(key) {
    if (embedded) {
      storeKey(key);
      return Promise.resolve();
    }
    return keys.startSession(key).then(function () { setSession(true); });
  }

  // checkSession asks whether this browser already has a session (the
  // cookie is HttpOnly, so only the server can tell); without one the key
  // dialog opens.
  function checkSession() {
    return fetch('/v1/session', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (resp) {
        setSession(resp.ok);
        if (!resp.ok) { return keys.request('').catch(function () {}); }
      }, function () {});
  }

  function endSession() {
    return keys.endSession().then(function () { setSession(false); });
  }

  function setSession(on) {
    auth.session = !!on;
    updateKeyControls();
  }

  // storeKey sets the widget's key for requests, in memory only.
  function storeKey(key) {
    auth.key = key || null;
    updateKeyControls();
  }

  function updateKeyControls() {
    els['key-clear'].hidden = embedded ? !auth.key : !auth.session;
  }

  // apiFetch calls the API: the widget with its key, the page with its
  // session cookie. On a 401 it drops the refused key or session, asks for
  // a key, and retries.
  function apiFetch(url, opts) {
    opts = opts || {};
    var headers = {};
    Object.keys(opts.headers || {}).forEach(function (k) { headers[k] = opts.headers[k]; });
    if (embedded && auth.key) { headers.Authorization = 'Bearer ' + auth.key; }
    return fetch(url, {
      method: opts.method || 'GET', headers: headers, body: opts.body, credentials: 'same-origin'
    }).then(function (resp) {
      if (resp.status !== 401) { return resp; }
      return resp.json().then(errorMessage, function () { return ''; }).then(function (msg) {
        var why = '';
        if (headers.Authorization) {
          storeKey(null);
          forgetFiles();
          why = 'De API-sleutel werd geweigerd' + (msg ? ': ' + msg : '.');
        } else if (auth.session) {
          setSession(false);
          why = msg || 'Uw sessie is verlopen; meld u opnieuw aan met de API-sleutel.';
        }
        return keys.request(why).then(function () { return apiFetch(url, opts); });
      });
    });
  }

  function errorMessage(j) {
    return j && j.error && j.error.message ? j.error.message : '';
  }

  // --- asking -------------------------------------------------------------

  function ask() {
    var question = els.question.value.trim();
    if (busy) { return; }
    if (!question) {
      setStatus('Vul eerst een vraag in.', true);
      els.question.focus();
      return;
    }
    busy = true;
    current = null;
    els['ask-button'].disabled = true;
    els.answer.setAttribute('aria-busy', 'true');
    closeDetail();
    clearAnswer();
    setStatus('Bezig met zoeken in de bronnen…');
    var body = JSON.stringify({ question: question });
    var done = function () {
      busy = false;
      els['ask-button'].disabled = false;
      els.answer.setAttribute('aria-busy', 'false');
      resized();
    };
    var streaming = window.ReadableStream && window.TextDecoder;
    (streaming ? askStream(body) : askOnce(body)).then(done, function (err) {
      showError(err && err.message ? err.message : 'Er ging iets mis; probeer het opnieuw.');
      done();
    });
  }

  function post(url, body) {
    return apiFetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, text/event-stream' },
      body: body
    }).then(function (resp) {
      if (resp.ok) { return resp; }
      return resp.json().then(function (j) {
        throw new Error(errorMessage(j) || 'Fout ' + resp.status);
      }, function () { throw new Error('Fout ' + resp.status + ' van de server.'); });
    });
  }

  function askOnce(body) {
    return post('/v1/ask', body).then(function (resp) { return resp.json(); }).then(renderAnswer);
  }

  // askStream reads server-sent events from a POST response: "sentence"
  // events are shown as they arrive (with their citation markers), "answer"
  // replaces them with the final, fully cited answer.
  function askStream(body) {
    return post('/v1/ask/stream', body).then(function (resp) {
      var reader = resp.body.getReader();
      var decoder = new TextDecoder('utf-8');
      var buf = '';
      var finished = false;
      function handle(block) {
        var ev = parseEvent(block);
        if (!ev) { return; }
        if (ev.event === 'sentence') {
          els.answer.hidden = false;
          els['answer-body'].appendChild(sentenceElement(JSON.parse(ev.data), null));
          setStatus('Antwoord wordt opgebouwd…');
        } else if (ev.event === 'answer') {
          finished = true;
          renderAnswer(JSON.parse(ev.data));
        } else if (ev.event === 'error') {
          finished = true;
          throw new Error(errorMessage(JSON.parse(ev.data)) || 'Er ging iets mis.');
        }
      }
      function pump() {
        return reader.read().then(function (r) {
          if (r.done) {
            buf += decoder.decode();
            if (buf.trim()) { handle(buf); }
            if (!finished) { throw new Error('De verbinding werd onderbroken voordat het antwoord compleet was.'); }
            return;
          }
          buf += decoder.decode(r.value, { stream: true }).replace(/\r\n/g, '\n');
          var i;
          while ((i = buf.indexOf('\n\n')) >= 0) {
            var block = buf.slice(0, i);
            buf = buf.slice(i + 2);
            handle(block);
          }
          return pump();
        });
      }
      return pump();
    });
  }

  // parseEvent parses one SSE block ("event: x\ndata: {...}").
  function parseEvent(block) {
    var ev = { event: 'message', data: '' };
    var data = [];
    block.split('\n').forEach(function (line) {
      if (!line || line.charAt(0) === ':') { return; }
      var k = line.indexOf(':');
      var field = k < 0 ? line : line.slice(0, k);
      var value = k < 0 ? '' : line.slice(k + 1).replace(/^ /, '');
      if (field === 'event') { ev.event = value; }
      if (field === 'data') { data.push(value); }
    });
    if (!data.length) { return null; }
    ev.data = data.join('\n');
    return ev;
  }

  // --- rendering ----------------------------------------------------------

  function clearAnswer() {
    els['answer-body'].textContent = '';
    els.sources.textContent = '';
    els.sources.hidden = false;
    els['sources-heading'].hidden = false;
    els.disclaimer.textContent = '';
    els.notice.textContent = '';
    els.notice.hidden = true;
    els.answer.classList.remove('refused');
    els.answer.hidden = true;
    showFeedback(null);
  }

  function renderAnswer(resp) {
    current = resp;
    clearAnswer();
    els.answer.hidden = false;
    // A configured language model was not used (e.g. unreachable): say so.
    if (resp.notice) {
      els.notice.textContent = resp.notice;
      els.notice.hidden = false;
    }
    if (resp.abstained) {
      renderRefusal(resp);
    } else {
      (resp.sentences || []).forEach(function (s) { els['answer-body'].appendChild(sentenceElement(s, resp)); });
      (resp.citations || []).forEach(function (c) { els.sources.appendChild(sourceItem(c)); });
      setStatus('Antwoord met ' + (resp.citations || []).length + ' bron(nen), in ' + resp.latency_ms + ' ms.');
    }
    els.disclaimer.textContent = resp.disclaimer || '';
    showFeedback(resp);
  }

  // sentenceElement shows a sentence with one marker per number in its
  // citations list: that list, not "[n]" in the text, says which sources
  // support it. A "[n]" the text carries itself (a language model's
  // answer) is taken out, so no marker shows twice. While streaming (resp
  // is null) the markers are there but inert until the answer is complete.
  function sentenceElement(s, resp) {
    var p = document.createElement('p');
    p.className = 'sentence';
    var nums = [];
    (s.citations || []).forEach(function (n) {
      if (typeof n === 'number' && nums.indexOf(n) < 0) { nums.push(n); }
    });
    p.appendChild(document.createTextNode(withoutMarkers(s.text || '', nums)));
    nums.forEach(function (n) {
      p.appendChild(document.createTextNode(' '));
      p.appendChild(citationMarker(n, resp && findCitation(resp, n)));
    });
    return p;
  }

  // withoutMarkers removes "[n]" (and "[n, m]") markers of the cited numbers.
  function withoutMarkers(text, nums) {
    return text.replace(/\s*\[(\d+(?:\s*,\s*\d+)*)\]/g, function (all, list) {
      var ns = list.split(',').map(function (x) { return +x.trim(); });
      return ns.every(function (n) { return nums.indexOf(n) >= 0; }) ? '' : all;
    }).replace(/\s+([.!?…])$/, '$1');
  }

  function citationMarker(n, c) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'citation';
    b.dataset.citation = n;
    b.textContent = '[' + n + ']';
    if (!c) {
      b.disabled = true;
      b.classList.add('pending');
      b.setAttribute('aria-label', 'Bron ' + n + ' (wordt geladen)');
      return b;
    }
    b.setAttribute('aria-label', 'Bron ' + n + ': ' + c.title + ', ' + pageLabel(c));
    b.addEventListener('click', function () { showCitation(c, b); });
    return b;
  }

  function sourceItem(c) {
    var li = document.createElement('li');
    li.value = c.n;
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'source-link';
    b.dataset.source = c.n;
    b.textContent = c.title + ' — ' + pageLabel(c) + (c.section ? ', ' + c.section : '');
    b.addEventListener('click', function () { showCitation(c, b); });
    li.appendChild(b);
    li.appendChild(document.createTextNode(' · ' + dutchDate(c.published)));
    badges(c).forEach(function (x) { li.appendChild(document.createTextNode(' ')); li.appendChild(x); });
    return li;
  }

  // renderRefusal: the reason in one line, the closest sources folded away
  // (they did not support an answer, so they are not offered as one).
  function renderRefusal(resp) {
    els.answer.classList.add('refused');
    els.sources.hidden = true;
    els['sources-heading'].hidden = true;
    var box = document.createElement('div');
    box.className = 'refusal';
    box.setAttribute('role', 'note');
    var r = document.createElement('p');
    r.className = 'refusal-reason';
    var label = document.createElement('strong');
    label.textContent = 'Geen antwoord:';
    r.appendChild(label);
    r.appendChild(document.createTextNode(' ' + refusalWhy(resp.reason || resp.answer || '')));
    box.appendChild(r);
    (resp.suggestions || []).forEach(function (s) { box.appendChild(suggestionButton(s)); });
    els['answer-body'].appendChild(box);
    var passages = resp.passages || [];
    if (passages.length) {
      var det = document.createElement('details');
      det.className = 'closest';
      var sum = document.createElement('summary');
      sum.textContent = 'Dichtstbijzijnde bronnen (' + passages.length + '), niet voldoende voor een antwoord';
      det.appendChild(sum);
      var ol = document.createElement('ol');
      ol.className = 'sources';
      passages.forEach(function (p, i) { ol.appendChild(sourceItem(passageCitation(p, i + 1))); });
      det.appendChild(ol);
      els['answer-body'].appendChild(det);
    }
    setStatus('Geen antwoord mogelijk op basis van de geverifieerde bronnen.');
  }

  // suggestionButton asks the question again with a word the sources do
  // not use replaced by the one they do that the refusal asks after
  // ("Bedoelt u ‘tarvomycine’?"): the clinician decides, the page never
  // answers for the other word by itself.
  function suggestionButton(s) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'secondary suggestion';
    b.textContent = 'Vraag opnieuw met ‘' + s.suggestion + '’';
    b.addEventListener('click', function () {
      var q = els.question.value;
      var at = q.indexOf(s.word);
      if (at < 0) { return; }
      els.question.value = q.slice(0, at) + s.suggestion + q.slice(at + s.word.length);
      ask();
    });
    return b;
  }

  // refusalWhy is the one sentence that says why: the answerer's reason
  // without its general opening ("Ik kan deze vraag niet beantwoorden op
  // basis van …"), which the label already says.
  function refusalWhy(reason) {
    var m = /^([^.]*niet beantwoorden[^.]*\.)\s+(\S[\s\S]*)$/.exec(reason.trim());
    if (m) { return m[2]; }
    return reason.trim() || 'De geverifieerde bronnen ondersteunen geen antwoord op deze vraag.';
  }

  // passageCitation shows a closest passage of a refusal like a citation,
  // without a highlighted quote.
  function passageCitation(p, n) {
    return {
      n: n, passage_id: p.id, document_id: p.document_id, title: p.title, source_file: p.source_file,
      page_start: p.page_start, page_end: p.page_end, section: p.section, quote: '',
      quote_start: 0, quote_end: 0, published: p.published, verified: p.verified, outdated: false
    };
  }

  function findCitation(resp, n) {
    var cs = resp.citations || [];
    for (var i = 0; i < cs.length; i++) { if (cs[i].n === n) { return cs[i]; } }
    return null;
  }

  function findPassage(id) {
    var ps = (current && current.passages) || [];
    for (var i = 0; i < ps.length; i++) { if (ps[i].id === id) { return ps[i]; } }
    return null;
  }

  // dutchDate writes a registry date (YYYY, YYYY-MM, YYYY-MM-DD) the Dutch
  // way: "12 maart 2024", "maart 2024", "2024"; anything else, "unknown"
  // included, is "datum onbekend".
  function dutchDate(published) {
    var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(published || '');
    if (!m) { return 'datum onbekend'; }
    var month = m[2] ? MONTHS[+m[2] - 1] : null;
    if (m[2] && !month) { return 'datum onbekend'; }
    if (m[3]) { return (+m[3]) + ' ' + month + ' ' + m[1]; }
    return month ? month + ' ' + m[1] : m[1];
  }

  // --- citation preview ---------------------------------------------------

  var opener = null;
  var shown = null; // the citation in the preview
  var docs = {};    // document id -> promise of its metadata (publisher)

  function showCitation(c, from) {
    opener = from || null;
    shown = c;
    var p = findPassage(c.passage_id);
    els['detail-title'].textContent = '[' + c.n + '] ' + c.title;
    var meta = [];
    if (c.section) { meta.push('Sectie: ' + c.section); }
    meta.push(pageLabel(c));
    els['detail-meta'].textContent = meta.join(' · ');
    var date = dutchDate(c.published);
    els['detail-date'].textContent = date;
    els['detail-date'].classList.toggle('unknown', date === 'datum onbekend');
    els['detail-badges'].textContent = '';
    badges(c).forEach(function (b) { els['detail-badges'].appendChild(b); });
    renderPassage(p ? p.text : c.quote, c);
    els['detail-copy'].hidden = !c.quote;
    els['detail-copy-status'].textContent = '';
    els['detail-copy-text'].hidden = true;
    var link = els['detail-link'];
    link.href = isPDF(c) ? viewerURL(c) : fileURL(c.document_id);
    link.dataset.doc = c.document_id;
    link.dataset.page = c.page_start;
    link.textContent = 'Open ' + (c.source_file || 'het document') + (isPDF(c) ? ' op pagina ' + c.page_start : '');
    els['citation-detail'].hidden = false;
    els['citation-detail'].focus();
    documentInfo(c.document_id); // the publisher, for the reference
    resized();
  }

  // documentInfo fetches a document's metadata once; failures give null.
  function documentInfo(id) {
    if (!docs[id]) {
      docs[id] = apiFetch('/v1/documents/' + encodeURIComponent(id)).then(function (resp) {
        return resp.ok ? resp.json() : null;
      }).catch(function () { return null; });
    }
    return docs[id];
  }

  // reference is the plain-text source reference for the patient record.
  function reference(c, doc) {
    var lines = ['Bron: ' + c.title];
    var publisher = doc && doc.publisher && doc.publisher !== 'unknown' ? doc.publisher : '';
    if (publisher) { lines.push('Uitgever: ' + publisher); }
    if (c.section) { lines.push('Sectie: ' + c.section); }
    lines.push(pageLabel(c).replace(/^p/, 'P'));
    lines.push('Datum: ' + dutchDate(c.published));
    var marks = [];
    if (!c.verified) { marks.push('niet geverifieerd'); }
    if (c.outdated) { marks.push('verouderd'); }
    if (c.review_due) { marks.push('herziening verlopen'); }
    if (marks.length) { lines.push('Let op: ' + marks.join(', ')); }
    lines.push('Citaat: "' + c.quote + '"');
    return lines.join('\n');
  }

  function copyReference() {
    var c = shown;
    if (!c) { return; }
    documentInfo(c.document_id).then(function (doc) {
      var text = reference(c, doc);
      return writeClipboard(text).then(function () {
        els['detail-copy-status'].textContent = 'Bronvermelding gekopieerd.';
      }, function () {
        // No clipboard (plain HTTP on the network, or a blocked iframe):
        // show the text selected, so Ctrl+C copies it.
        var ta = els['detail-copy-text'];
        ta.value = text;
        ta.hidden = false;
        ta.focus();
        ta.select();
        els['detail-copy-status'].textContent = 'Kopiëren lukte niet automatisch; de bronvermelding staat geselecteerd, druk op Ctrl+C.';
        resized();
      });
    });
  }

  function writeClipboard(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text);
    }
    return Promise.reject(new Error('no clipboard'));
  }

  function fileURL(doc) {
    return '/v1/documents/' + encodeURIComponent(doc) + '/file';
  }

  function isPDF(c) {
    return /\.pdf$/i.test(c.source_file || '');
  }

  // viewerURL opens Bronwijzer's own PDF viewer (viewer.html: PDF.js, no
  // document scripts) at the cited page with the quote highlighted. The
  // quote travels in the fragment, which no server or log sees.
  function viewerURL(c) {
    var p = new URLSearchParams();
    p.set('doc', c.document_id);
    p.set('page', c.page_start);
    if (c.quote) { p.set('quote', c.quote); }
    return '/viewer#' + p.toString();
  }

  // Original files other than PDFs fetched with the widget's key, as
  // text/plain blob: URLs (so no markup in them can run), per document id.
  var fileBlobs = {};
  var viewers = []; // viewer windows the widget opened, which may ask for its key

  // openFileLink opens the cited page. The page (no keys, or a session
  // cookie) follows the plain link. The widget's key cannot ride on a link:
  // a PDF opens in the viewer, which asks the widget for the key by
  // postMessage (same origin); another file is fetched with the key and
  // shown as plain text.
  function openFileLink(e) {
    if (!embedded || auth.mode !== 'keys') { return; }
    e.preventDefault();
    var link = els['detail-link'];
    var doc = link.dataset.doc;
    var haveKey = auth.key ? Promise.resolve() : keys.request('');
    haveKey.then(function () {
      if (/^\/viewer#/.test(link.getAttribute('href'))) {
        var v = window.open(link.getAttribute('href'), '_blank');
        if (v) { viewers.push(v); }
        return;
      }
      // Opened at once, within the click, so no popup blocker interferes.
      var win = window.open('', '_blank');
      if (win) { win.opener = null; }
      fileBlob(doc).then(function (url) {
        if (win) { win.location.href = url; } else { location.href = url; }
      }, function (err) {
        if (win) { win.close(); }
        setStatus(err.message || 'Het document kon niet worden geopend.', true);
      });
    }, function (err) { setStatus(err.message, true); });
  }

  // A viewer the widget opened asks for the key once it has loaded.
  window.addEventListener('message', function (e) {
    if (e.origin !== location.origin || viewers.indexOf(e.source) < 0 || !e.data || e.data.type !== 'bronwijzer:viewer-ready') { return; }
    e.source.postMessage({ type: 'bronwijzer:viewer-key', key: auth.key }, location.origin);
  });

  function fileBlob(doc) {
    if (fileBlobs[doc]) { return Promise.resolve(fileBlobs[doc]); }
    return apiFetch(fileURL(doc)).then(function (resp) {
      if (!resp.ok) {
        return resp.json().then(errorMessage, function () { return ''; }).then(function (msg) {
          throw new Error(msg || 'Het document kon niet worden geopend (fout ' + resp.status + ').');
        });
      }
      return resp.blob();
    }).then(function (blob) {
      fileBlobs[doc] = URL.createObjectURL(new Blob([blob], { type: 'text/plain;charset=utf-8' }));
      return fileBlobs[doc];
    });
  }

  // forgetFiles drops fetched files and document details, e.g. when the
  // key is cleared.
  function forgetFiles() {
    Object.keys(fileBlobs).forEach(function (doc) { URL.revokeObjectURL(fileBlobs[doc]); });
    fileBlobs = {};
    docs = {};
  }

  // renderPassage highlights the quote. quote_start/quote_end are offsets in
  // Unicode code points (Go runes), while JS strings index UTF-16 code units,
  // so the text is split into code points first.
  function renderPassage(text, c) {
    var box = els['detail-text'];
    box.textContent = '';
    var cps = Array.from(text || '');
    var start = c.quote_start, end = c.quote_end;
    var ok = c.quote && end > start && end <= cps.length && cps.slice(start, end).join('') === c.quote;
    var before, quote, after;
    if (ok) {
      before = cps.slice(0, start).join('');
      quote = cps.slice(start, end).join('');
      after = cps.slice(end).join('');
    } else {
      // Offsets disagree with the text: fall back to finding the quote.
      var i = c.quote ? text.indexOf(c.quote) : -1;
      if (i < 0) { box.textContent = text; return; }
      before = text.slice(0, i);
      quote = c.quote;
      after = text.slice(i + c.quote.length);
    }
    box.appendChild(document.createTextNode(before));
    var mark = document.createElement('mark');
    mark.textContent = quote;
    box.appendChild(mark);
    box.appendChild(document.createTextNode(after));
  }

  function closeDetail() {
    if (!els['citation-detail'] || els['citation-detail'].hidden) { return; }
    els['citation-detail'].hidden = true;
    shown = null;
    if (opener && document.body.contains(opener)) { opener.focus(); }
    resized();
  }

  function badges(c) {
    var out = [];
    if (c.outdated) { out.push(badge('verouderd', 'badge-outdated', 'Deze bron is ouder dan de ingestelde maximale leeftijd.')); }
    if (c.review_due) { out.push(badge('herziening verlopen', 'badge-outdated', 'De geplande herzieningsdatum van deze bron is verstreken.')); }
    if (!c.verified) { out.push(badge('niet geverifieerd', 'badge-unverified', 'Deze bron staat niet in het register van geverifieerde bronnen.')); }
    return out;
  }

  function badge(text, cls, title) {
    var s = document.createElement('span');
    s.className = 'badge ' + cls;
    s.textContent = text;
    s.title = title;
    return s;
  }

  function pageLabel(c) {
    return c.page_end && c.page_end !== c.page_start ? 'pagina ' + c.page_start + '–' + c.page_end : 'pagina ' + c.page_start;
  }

  function setStatus(text, isError) {
    els.status.textContent = text;
    els.status.classList.toggle('error', !!isError);
  }

  function showError(msg) {
    clearAnswer();
    setStatus(msg, true);
  }

  // --- feedback -----------------------------------------------------------

  var FEEDBACK_REASONS = [
    ['onjuist', 'Onjuist'], ['onvolledig', 'Onvolledig'], ['verouderd', 'Verouderd'],
    ['had-moeten-weigeren', 'Had moeten weigeren'], ['bron-klopt-niet', 'Bron klopt niet'], ['anders', 'Anders']
  ];

  // showFeedback puts the rating control under an answer (or refusal) with
  // an id: "Goed" is sent at once; "Fout" asks for a reason and an optional
  // comment first (POST /v1/answers/{id}/feedback). A later rating replaces
  // the earlier one. resp null removes the control (a new question).
  function showFeedback(resp) {
    var old = $('feedback');
    if (old) { old.parentNode.removeChild(old); }
    if (!resp || !resp.id) { return; }
    var box = el('div', 'feedback');
    box.id = 'feedback';
    box.setAttribute('role', 'group');
    box.setAttribute('aria-labelledby', 'feedback-label');
    var label = el('p', 'feedback-label', 'Klopt dit antwoord?');
    label.id = 'feedback-label';
    var good = el('button', 'thumb');
    var bad = el('button', 'thumb');
    [good, bad].forEach(function (b, i) {
      b.appendChild(thumbIcon(i === 1));
      b.appendChild(document.createTextNode(i ? 'Fout' : 'Goed'));
      b.type = 'button';
      b.dataset.rating = i ? 'fout' : 'goed';
      b.setAttribute('aria-pressed', 'false');
    });
    var thumbs = el('div', 'feedback-thumbs');
    thumbs.appendChild(good);
    thumbs.appendChild(bad);
    var form = el('form', 'feedback-form');
    form.hidden = true;
    var reason = el('select');
    reason.id = 'feedback-reason';
    reason.appendChild(new Option('Kies een reden…', ''));
    FEEDBACK_REASONS.forEach(function (r) { reason.appendChild(new Option(r[1], r[0])); });
    var comment = el('textarea');
    comment.id = 'feedback-comment';
    comment.rows = 2;
    comment.maxLength = 1000;
    var send = el('button', 'secondary', 'Verstuur');
    send.type = 'submit';
    form.appendChild(labelFor('feedback-reason', 'Wat is er mis?'));
    form.appendChild(reason);
    form.appendChild(labelFor('feedback-comment', 'Toelichting (optioneel; geen patiëntgegevens)'));
    form.appendChild(comment);
    form.appendChild(send);
    var status = el('p', 'feedback-status');
    status.setAttribute('role', 'status');
    [label, thumbs, form, status].forEach(function (x) { box.appendChild(x); });
    els.answer.insertBefore(box, els.disclaimer);

    function say(text, isError) {
      status.textContent = text;
      status.classList.toggle('error', !!isError);
      resized();
    }
    function submit(body, button) {
      good.disabled = bad.disabled = send.disabled = true;
      return post('/v1/answers/' + encodeURIComponent(resp.id) + '/feedback', JSON.stringify(body))
        .then(function (r) { return r.json(); })
        .then(function (stored) {
          good.setAttribute('aria-pressed', String(button === good));
          bad.setAttribute('aria-pressed', String(button === bad));
          form.hidden = true;
          say(stored.replaced ? 'Uw eerdere beoordeling is vervangen. Dank u wel.' : 'Dank u wel voor uw beoordeling.');
        }, function (err) {
          say(err && err.message ? err.message : 'Beoordeling niet verstuurd; probeer het opnieuw.', true);
        })
        .then(function () { good.disabled = bad.disabled = send.disabled = false; });
    }
    good.addEventListener('click', function () { submit({ rating: 'goed' }, good); });
    bad.addEventListener('click', function () {
      form.hidden = false;
      say('');
      reason.focus();
    });
    reason.addEventListener('change', function () { if (reason.value) { say(''); } });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!reason.value) {
        say('Kies eerst wat er mis is met het antwoord.', true);
        reason.focus();
        return;
      }
      var body = { rating: 'fout', reason: reason.value };
      if (comment.value.trim()) { body.comment = comment.value.trim(); }
      submit(body, bad);
    });
    resized();
  }

  // thumbIcon is a thumb up (or down) drawn inline, so it shows without an
  // emoji font. Path: Material Icons "thumb_up" (Apache-2.0).
  function thumbIcon(down) {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('class', down ? 'thumb-icon down' : 'thumb-icon');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', 'M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06' +
      'L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05' +
      'c.09-.23.14-.47.14-.73v-2z');
    svg.appendChild(path);
    return svg;
  }

  function el(tag, className, text) {
    var x = document.createElement(tag);
    if (className) { x.className = className; }
    if (text) { x.textContent = text; }
    return x;
  }

  function labelFor(id, text) {
    var l = el('label', null, text);
    l.htmlFor = id;
    return l;
  }

  // --- widget -------------------------------------------------------------

  // initEmbed lets the host page (an allowed frame ancestor) send the API
  // key with postMessage({type: 'bronwijzer:key', key}), a question to ask
  // with {type: 'bronwijzer:ask', question}, or one to fill in without
  // asking with {type: 'bronwijzer:fill', question}, and keeps the host
  // informed of the widget's height. Messages count only from the parent
  // window and from an origin /config.json lists as an embedder (or this
  // server's own). Once that list is known the widget posts
  // {type: 'bronwijzer:ready'} to the parent, which then sends the key.
  function initEmbed() {
    window.addEventListener('message', function (e) {
      if (e.source !== window.parent || !e.data || typeof e.data.type !== 'string') { return; }
      var data = e.data, origin = e.origin;
      configReady.then(function () {
        if (!embedderAllowed(origin)) { return; }
        if (data.type === 'bronwijzer:key') {
          hostKey(data.key);
        } else if ((data.type === 'bronwijzer:ask' || data.type === 'bronwijzer:fill') && typeof data.question === 'string') {
          els.question.value = data.question;
          if (data.type === 'bronwijzer:ask') { askWhenKeyed(); }
        }
      });
    });
    configReady.then(function () {
      if (window.parent !== window) {
        // No data, so any target origin will do; the reply is origin-checked.
        window.parent.postMessage({ type: 'bronwijzer:ready' }, '*');
      }
      resized();
    });
  }

  // askWhenKeyed asks now, or once the host's key arrives.
  function askWhenKeyed() {
    if (auth.mode === 'keys' && !auth.key) {
      pendingAsk = true;
      setStatus('Wacht op de API-sleutel van het HIS…');
      return;
    }
    ask();
  }

  function embedderAllowed(origin) {
    return origin === location.origin || auth.embedOrigins.indexOf(origin) >= 0;
  }

  // hostKey takes the key the host page sent (kept in memory only: the host
  // sends it again on every load); null clears it.
  function hostKey(key) {
    if (key !== null && (typeof key !== 'string' || !key.trim())) { return; }
    forgetFiles();
    storeKey(key ? key.trim() : null);
    if (auth.key && keys.isOpen()) { keys.finish(null); }
    if (auth.key && pendingAsk) {
      pendingAsk = false;
      ask();
    }
  }

  function resized() {
    if (!embedded || window.parent === window) { return; }
    // Only the height is sent, never the question or answer.
    window.parent.postMessage({ type: 'bronwijzer:resize', height: document.documentElement.scrollHeight }, '*');
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
