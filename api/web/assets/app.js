// Bronwijzer clinician UI and widget. Vanilla JS, no dependencies; talks to
// the public JSON API only (/v1/ask/stream, falling back to /v1/ask).
//
// API keys: GET /config.json says whether the server requires them. The UI
// asks the clinician for a key in a dialog (on load when keys are required,
// and on any 401) and keeps it in sessionStorage: it lasts as long as the
// tab, never in localStorage. The widget gets its key from the host page by
// postMessage (see /embed.js), never in the URL; the dialog is its fallback.
(function () {
  'use strict';

  var $ = function (id) { return document.getElementById(id); };
  var els = {};
  var current = null; // last complete answer (the /v1/ask body)
  var busy = false;
  var embedded = document.body.classList.contains('embed');
  var KEY_STORAGE = 'bronwijzer.apiKey';
  // auth.mode is "keys", "none", or "unknown" when /config.json failed.
  var auth = { mode: 'unknown', key: null, embedOrigins: [] };
  var configReady = null; // promise: /config.json loaded (or failed)

  function init() {
    ['ask-form', 'question', 'ask-button', 'status', 'answer', 'answer-body', 'sources',
      'disclaimer', 'citation-detail', 'detail-title', 'detail-meta', 'detail-badges',
      'detail-text', 'detail-link', 'detail-close', 'notice', 'key-clear', 'key-dialog', 'key-form',
      'key-input', 'key-error', 'key-cancel'].forEach(function (id) { els[id] = $(id); });
    els['ask-form'].addEventListener('submit', function (e) { e.preventDefault(); ask(); });
    els.question.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); ask(); }
    });
    els['detail-close'].addEventListener('click', closeDetail);
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && !els['key-dialog'].open && !els['citation-detail'].hidden) { closeDetail(); }
    });
    els['detail-link'].addEventListener('click', openFileLink);
    initKeys();
    var params = new URLSearchParams(location.search);
    var auto = false;
    if (params.get('q')) {
      els.question.value = params.get('q');
      auto = params.get('auto') === '1';
    }
    if (embedded) { initEmbed(); }
    configReady.then(function () {
      if (embedded && auth.mode === 'keys' && !auth.key) {
        // The host sends the key after the widget reports ready; ask then.
        pendingAsk = auto;
        if (auto) { setStatus('Wacht op de API-sleutel van het HIS…'); }
        return;
      }
      if (!embedded && auth.mode === 'keys' && !auth.key) {
        requestKey('').then(function () { if (auto) { ask(); } }, function () {});
        return;
      }
      if (auto) { ask(); }
    });
    els.question.focus();
  }

  // --- API keys -----------------------------------------------------------

  var pendingAsk = false; // widget: ask once the host's key arrives
  var keyWaiters = null;  // {resolve, reject} lists while the dialog is open

  function initKeys() {
    auth.key = readKey();
    updateKeyControls();
    els['key-clear'].addEventListener('click', function () {
      storeKey(null, true);
      forgetFiles();
      setStatus('De API-sleutel is gewist.');
      els.question.focus();
    });
    els['key-form'].addEventListener('submit', function (e) {
      e.preventDefault();
      var key = els['key-input'].value.trim();
      if (!key) {
        showKeyError('Vul een API-sleutel in.');
        els['key-input'].focus();
        return;
      }
      storeKey(key, true);
      finishKeyDialog(null);
    });
    els['key-cancel'].addEventListener('click', function () {
      finishKeyDialog(new Error('Geen API-sleutel ingevoerd; zonder sleutel kan Bronwijzer geen vragen beantwoorden.'));
    });
    els['key-dialog'].addEventListener('cancel', function (e) {
      e.preventDefault(); // Escape: close through the same path as Annuleren
      els['key-cancel'].click();
    });
    configReady = fetch('/config.json', { credentials: 'same-origin' }).then(function (resp) {
      return resp.ok ? resp.json() : null;
    }).then(function (cfg) {
      if (!cfg) { return; }
      auth.mode = cfg.auth === 'keys' ? 'keys' : 'none';
      auth.embedOrigins = cfg.embed_origins || [];
    }, function () {});
  }

  function readKey() {
    try { return sessionStorage.getItem(KEY_STORAGE); } catch (e) { return null; }
  }

  // storeKey sets the key for requests; persist keeps it in sessionStorage
  // (a key the clinician typed), a host's key stays in memory only.
  function storeKey(key, persist) {
    auth.key = key || null;
    try {
      if (key && persist) {
        sessionStorage.setItem(KEY_STORAGE, key);
      } else if (!key || persist) {
        sessionStorage.removeItem(KEY_STORAGE);
      }
    } catch (e) { /* storage disabled: the key lives in memory only */ }
    updateKeyControls();
  }

  function updateKeyControls() {
    els['key-clear'].hidden = !auth.key;
  }

  // requestKey opens the key dialog (once, however many callers wait) and
  // resolves when the clinician has entered a key; it rejects on cancel.
  function requestKey(message) {
    return new Promise(function (resolve, reject) {
      if (keyWaiters) {
        keyWaiters.push({ resolve: resolve, reject: reject });
        if (message) { showKeyError(message); }
        return;
      }
      keyWaiters = [{ resolve: resolve, reject: reject }];
      els['key-input'].value = '';
      showKeyError(message);
      els['key-dialog'].showModal();
      els['key-input'].focus();
      resized();
    });
  }

  function showKeyError(message) {
    els['key-error'].textContent = message || '';
    els['key-error'].hidden = !message;
  }

  // finishKeyDialog closes the dialog and settles every waiter: with the
  // key, or with err when the clinician cancelled.
  function finishKeyDialog(err) {
    var waiters = keyWaiters || [];
    keyWaiters = null;
    if (els['key-dialog'].open) { els['key-dialog'].close(); }
    els['key-input'].value = '';
    waiters.forEach(function (w) { if (err) { w.reject(err); } else { w.resolve(auth.key); } });
    resized();
  }

  // apiFetch calls the API with the key, if any. On a 401 it forgets a
  // rejected key, asks for one, and retries with the new key.
  function apiFetch(url, opts) {
    opts = opts || {};
    var headers = {};
    Object.keys(opts.headers || {}).forEach(function (k) { headers[k] = opts.headers[k]; });
    if (auth.key) { headers.Authorization = 'Bearer ' + auth.key; }
    return fetch(url, {
      method: opts.method || 'GET', headers: headers, body: opts.body, credentials: 'same-origin'
    }).then(function (resp) {
      if (resp.status !== 401) { return resp; }
      var sent = !!headers.Authorization;
      return resp.json().then(errorMessage, function () { return ''; }).then(function (msg) {
        var why = '';
        if (sent) {
          storeKey(null, true);
          forgetFiles();
          why = 'De API-sleutel werd geweigerd' + (msg ? ': ' + msg : '.');
        }
        return requestKey(why).then(function () { return apiFetch(url, opts); });
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
        throw new Error(j && j.error && j.error.message ? j.error.message : 'Fout ' + resp.status);
      }, function () { throw new Error('Fout ' + resp.status + ' van de server.'); });
    });
  }

  function askOnce(body) {
    return post('/v1/ask', body).then(function (resp) { return resp.json(); }).then(renderAnswer);
  }

  // askStream reads server-sent events from a POST response: "sentence"
  // events are shown as they arrive, "answer" replaces them with the final,
  // fully cited answer.
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
          appendSentence(JSON.parse(ev.data), null);
          setStatus('Antwoord wordt opgebouwd…');
        } else if (ev.event === 'answer') {
          finished = true;
          renderAnswer(JSON.parse(ev.data));
        } else if (ev.event === 'error') {
          finished = true;
          var j = JSON.parse(ev.data);
          throw new Error(j.error && j.error.message ? j.error.message : 'Er ging iets mis.');
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
    els.disclaimer.textContent = '';
    els.notice.textContent = '';
    els.notice.hidden = true;
    els.answer.classList.remove('refused');
    els.answer.hidden = true;
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
      (resp.sentences || []).forEach(function (s) { appendSentence(s, resp); });
      (resp.citations || []).forEach(function (c) { els.sources.appendChild(sourceItem(c)); });
      setStatus('Antwoord met ' + (resp.citations || []).length + ' bron(nen), in ' + resp.latency_ms + ' ms.');
    }
    els.disclaimer.textContent = resp.disclaimer || '';
  }

  function appendSentence(s, resp) {
    els.answer.hidden = false;
    var p = document.createElement('p');
    p.className = 'sentence';
    // Replace each [n] marker by a button when the citation is known.
    s.text.split(/(\[\d+\])/).forEach(function (part) {
      var m = /^\[(\d+)\]$/.exec(part);
      if (!m) {
        if (part) { p.appendChild(document.createTextNode(part)); }
        return;
      }
      var c = resp && findCitation(resp, +m[1]);
      p.appendChild(c ? citationButton(c) : marker(m[1]));
    });
    els['answer-body'].appendChild(p);
  }

  function marker(n) {
    var span = document.createElement('span');
    span.className = 'marker';
    span.textContent = '[' + n + ']';
    return span;
  }

  function citationButton(c) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'citation';
    b.dataset.n = c.n;
    b.textContent = '[' + c.n + ']';
    b.setAttribute('aria-label', 'Bron ' + c.n + ': ' + c.title + ', ' + pageLabel(c));
    b.addEventListener('click', function () { showCitation(c, b); });
    return b;
  }

  function sourceItem(c) {
    var li = document.createElement('li');
    li.value = c.n;
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'source-link';
    b.dataset.n = c.n;
    b.textContent = c.title + ' — ' + pageLabel(c) + (c.section ? ', ' + c.section : '');
    b.addEventListener('click', function () { showCitation(c, b); });
    li.appendChild(b);
    badges(c).forEach(function (x) { li.appendChild(document.createTextNode(' ')); li.appendChild(x); });
    return li;
  }

  function renderRefusal(resp) {
    els.answer.classList.add('refused');
    var box = document.createElement('div');
    box.className = 'refusal';
    box.setAttribute('role', 'note');
    var h = document.createElement('p');
    h.className = 'refusal-title';
    h.textContent = 'Geen antwoord: de bronnen ondersteunen geen antwoord op deze vraag.';
    var r = document.createElement('p');
    r.className = 'refusal-reason';
    r.textContent = resp.reason || '';
    box.appendChild(h);
    box.appendChild(r);
    els['answer-body'].appendChild(box);
    var passages = resp.passages || [];
    if (passages.length) {
      var lead = document.createElement('p');
      lead.textContent = 'Dichtstbijzijnde bronnen (niet voldoende om de vraag te beantwoorden):';
      els['answer-body'].appendChild(lead);
    }
    passages.forEach(function (p, i) {
      var c = passageCitation(p, i + 1);
      els.sources.appendChild(sourceItem(c));
    });
    setStatus('Geen antwoord mogelijk op basis van de geverifieerde bronnen.');
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

  // --- citation detail ----------------------------------------------------

  var opener = null;

  function showCitation(c, from) {
    opener = from || null;
    var p = findPassage(c.passage_id);
    els['detail-title'].textContent = '[' + c.n + '] ' + c.title;
    var meta = [];
    if (c.section) { meta.push('Sectie: ' + c.section); }
    meta.push(pageLabel(c));
    meta.push('Datum: ' + (c.published && c.published !== 'unknown' ? c.published : 'onbekend'));
    els['detail-meta'].textContent = meta.join(' · ');
    els['detail-badges'].textContent = '';
    badges(c).forEach(function (b) { els['detail-badges'].appendChild(b); });
    renderPassage(p ? p.text : c.quote, c);
    var link = els['detail-link'];
    link.href = fileURL(c.document_id) + '#page=' + c.page_start;
    link.dataset.doc = c.document_id;
    link.dataset.page = c.page_start;
    link.textContent = 'Open ' + (c.source_file || 'het document') + ' op pagina ' + c.page_start;
    els['citation-detail'].hidden = false;
    els['citation-detail'].focus();
    resized();
  }

  function fileURL(doc) {
    return '/v1/documents/' + encodeURIComponent(doc) + '/file';
  }

  // Original files fetched with the key, as blob: URLs, per document id.
  var fileBlobs = {};

  // openFileLink opens the original file at the cited page. Without keys
  // the plain link works. With keys a link cannot carry the Authorization
  // header, so the file is fetched with it and opened as a blob: URL with
  // the same #page=N fragment.
  function openFileLink(e) {
    if (auth.mode !== 'keys' && !auth.key) { return; }
    e.preventDefault();
    var link = els['detail-link'];
    var doc = link.dataset.doc, page = link.dataset.page;
    var haveKey = auth.key ? Promise.resolve() : requestKey('');
    haveKey.then(function () {
      // Opened at once, within the click, so no popup blocker interferes.
      var win = window.open('', '_blank');
      if (win) { win.opener = null; }
      fileBlob(doc).then(function (url) {
        var target = url + '#page=' + page;
        if (win) { win.location.href = target; } else { location.href = target; }
      }, function (err) {
        if (win) { win.close(); }
        setStatus(err.message || 'Het document kon niet worden geopend.', true);
      });
    }, function (err) { setStatus(err.message, true); });
  }

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
      fileBlobs[doc] = URL.createObjectURL(blob);
      return fileBlobs[doc];
    });
  }

  // forgetFiles drops fetched files, e.g. when the key is cleared.
  function forgetFiles() {
    Object.keys(fileBlobs).forEach(function (doc) { URL.revokeObjectURL(fileBlobs[doc]); });
    fileBlobs = {};
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
    if (opener && document.body.contains(opener)) { opener.focus(); }
    resized();
  }

  function badges(c) {
    var out = [];
    if (c.outdated) { out.push(badge('verouderd', 'badge-outdated', 'Deze bron is ouder dan de ingestelde maximale leeftijd.')); }
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

  // --- widget -------------------------------------------------------------

  // initEmbed lets the host page (an allowed frame ancestor) send the API
  // key with postMessage({type: 'bronwijzer:key', key}) and a question with
  // postMessage({type: 'bronwijzer:ask', question}), and keeps the host
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
        } else if (data.type === 'bronwijzer:ask' && typeof data.question === 'string') {
          els.question.value = data.question;
          ask();
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

  function embedderAllowed(origin) {
    return origin === location.origin || auth.embedOrigins.indexOf(origin) >= 0;
  }

  // hostKey takes the key the host page sent (kept in memory only: the host
  // sends it again on every load); null clears it.
  function hostKey(key) {
    if (key !== null && (typeof key !== 'string' || !key.trim())) { return; }
    forgetFiles();
    storeKey(key ? key.trim() : null, false);
    if (auth.key && keyWaiters) { finishKeyDialog(null); }
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
