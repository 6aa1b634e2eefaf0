// Bronwijzer clinician UI and widget. Vanilla JS, no dependencies; talks to
// the public JSON API only (/v1/ask/stream, falling back to /v1/ask).
(function () {
  'use strict';

  var $ = function (id) { return document.getElementById(id); };
  var els = {};
  var current = null; // last complete answer (the /v1/ask body)
  var busy = false;
  var embedded = document.body.classList.contains('embed');

  function init() {
    ['ask-form', 'question', 'ask-button', 'status', 'answer', 'answer-body', 'sources',
      'disclaimer', 'citation-detail', 'detail-title', 'detail-meta', 'detail-badges',
      'detail-text', 'detail-link', 'detail-close'].forEach(function (id) { els[id] = $(id); });
    els['ask-form'].addEventListener('submit', function (e) { e.preventDefault(); ask(); });
    els.question.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); ask(); }
    });
    els['detail-close'].addEventListener('click', closeDetail);
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && !els['citation-detail'].hidden) { closeDetail(); }
    });
    var params = new URLSearchParams(location.search);
    if (params.get('q')) {
      els.question.value = params.get('q');
      if (params.get('auto') === '1') { ask(); }
    }
    if (embedded) { initEmbed(); }
    els.question.focus();
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
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, text/event-stream' },
      body: body,
      credentials: 'same-origin'
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
    els.answer.classList.remove('refused');
    els.answer.hidden = true;
  }

  function renderAnswer(resp) {
    current = resp;
    clearAnswer();
    els.answer.hidden = false;
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
    link.href = '/v1/documents/' + encodeURIComponent(c.document_id) + '/file#page=' + c.page_start;
    link.textContent = 'Open ' + (c.source_file || 'het document') + ' op pagina ' + c.page_start;
    els['citation-detail'].hidden = false;
    els['citation-detail'].focus();
    resized();
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

  // initEmbed lets the host page (an allowed frame ancestor) send a question
  // with postMessage({type: 'bronwijzer:ask', question}) and keeps the host
  // informed of the widget's height.
  function initEmbed() {
    window.addEventListener('message', function (e) {
      if (e.source !== window.parent || !e.data || e.data.type !== 'bronwijzer:ask') { return; }
      if (typeof e.data.question !== 'string') { return; }
      els.question.value = e.data.question;
      ask();
    });
    resized();
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
