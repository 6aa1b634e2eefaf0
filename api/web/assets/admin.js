// Bronwijzer administrators' page (/beheer): the registry of verified
// sources over the admin API (GET /v1/sources, POST /v1/sources,
// POST /v1/sources/{id}/retire). Vanilla JS, no dependencies.
//
// Keys as on the clinician page: GET /config.json says whether the server
// requires them; if so the page exchanges an admin key once for a session
// (POST /v1/session sets an HttpOnly, SameSite=Strict cookie) and keeps the
// key nowhere. "Afmelden" ends the session.
(function () {
  'use strict';

  var $ = function (id) { return document.getElementById(id); };
  var els = {};
  var auth = { mode: 'unknown', session: false };
  var keys = null;       // the key dialog (keydialog.js)
  var verifying = null;  // the row the verify form is for

  function init() {
    ['status', 'reload', 'key-clear', 'pending', 'pending-empty', 'registry', 'registry-empty', 'verify', 'verify-id',
      'verify-form', 'verify-error', 'verify-save', 'verify-cancel', 'f-title', 'f-published', 'f-publisher', 'f-url',
      'f-review', 'f-remark', 'f-replace', 'key-dialog', 'key-form', 'key-input', 'key-error', 'key-cancel', 'key-save'
    ].forEach(function (id) { els[id] = $(id); });
    els.reload.addEventListener('click', load);
    els['key-clear'].addEventListener('click', function () {
      endSession().then(function () { setStatus('U bent afgemeld; de sessie is beëindigd.'); });
    });
    els['verify-form'].addEventListener('submit', function (e) { e.preventDefault(); verify(); });
    els['verify-cancel'].addEventListener('click', closeVerify);
    keys = bronwijzerKeyDialog(els, {
      use: function (key) { return keys.startSession(key).then(function () { setSession(true); }); },
      cancelMessage: 'Geen API-sleutel ingevoerd; zonder sleutel met beheerrechten toont deze pagina niets.'
    });
    fetch('/config.json', { credentials: 'same-origin' }).then(function (resp) {
      return resp.ok ? resp.json() : null;
    }).then(function (cfg) {
      auth.mode = cfg && cfg.auth === 'keys' ? 'keys' : 'none';
    }, function () {}).then(function () {
      if (auth.mode !== 'keys') { return; }
      return fetch('/v1/session', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (resp) { setSession(resp.ok); }, function () {});
    }).then(load);
  }

  // --- keys and sessions --------------------------------------------------

  function endSession() {
    return keys.endSession().then(function () {
      setSession(false);
      render([]);
    });
  }

  function setSession(on) {
    auth.session = !!on;
    els['key-clear'].hidden = !auth.session;
  }

  // api calls the admin API with the session cookie. A 401 asks for a key
  // and retries; a 403 means the session's key lacks the admin scope.
  function api(url, opts) {
    opts = opts || {};
    return fetch(url, {
      method: opts.method || 'GET', credentials: 'same-origin', body: opts.body,
      headers: opts.body ? { 'Content-Type': 'application/json', 'Accept': 'application/json' } : { 'Accept': 'application/json' }
    }).then(function (resp) {
      if (resp.status === 401) {
        return messageOf(resp).then(function (msg) {
          if (auth.session) { setSession(false); }
          return keys.request(msg).then(function () { return api(url, opts); });
        });
      }
      if (resp.status === 403) {
        return messageOf(resp).then(function (msg) {
          throw new Error('Deze API-sleutel heeft geen beheerrechten (scope admin nodig). Meld u af en gebruik een beheersleutel.' +
            (msg ? ' (' + msg + ')' : ''));
        });
      }
      return resp;
    });
  }

  function messageOf(resp) {
    return resp.json().then(function (j) {
      return j && j.error && j.error.message ? j.error.message : '';
    }, function () { return ''; });
  }

  // --- the lists ----------------------------------------------------------

  function load() {
    setStatus('Bronnen laden…');
    return api('/v1/sources').then(function (resp) {
      if (!resp.ok) {
        return messageOf(resp).then(function (msg) { throw new Error(msg || 'Laden mislukte (fout ' + resp.status + ').'); });
      }
      return resp.json().then(function (body) {
        render(body.sources || []);
        setStatus('');
      });
    }).catch(function (err) { setStatus(err.message, true); });
  }

  // A row is in the registry when it has the registry's digest; it waits
  // for verification when a stored document is not verified (a new upload,
  // or a new version of a registered source).
  function render(rows) {
    var pending = rows.filter(function (r) {
      return r.stored_version && r.states.indexOf('unverified') >= 0 && r.states.indexOf('retired') < 0;
    });
    var registry = rows.filter(function (r) { return !!r.sha256; });
    fill(els.pending, els['pending-empty'], pending, pendingRow);
    fill(els.registry, els['registry-empty'], registry, registryRow);
  }

  function fill(table, empty, rows, build) {
    var body = table.tBodies[0];
    body.textContent = '';
    rows.forEach(function (r) { body.appendChild(build(r)); });
    table.hidden = rows.length === 0;
    empty.hidden = rows.length !== 0;
  }

  function pendingRow(r) {
    var tr = row(r);
    tr.appendChild(cell(badges(r)));
    var link = document.createElement('a');
    link.href = /\.pdf$/i.test(r.source_file || '') ? '/viewer#' + new URLSearchParams({ doc: r.id, page: '1' }).toString()
      : '/v1/documents/' + encodeURIComponent(r.id) + '/file';
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = 'Bekijk ' + (r.source_file || 'bestand');
    tr.appendChild(cell(link));
    var btn = button('Verifiëren', 'secondary verify-btn', function () { openVerify(r); });
    btn.setAttribute('aria-label', 'Verifiëren: ' + (r.title || r.id));
    tr.appendChild(cell(btn));
    return tr;
  }

  function registryRow(r) {
    var tr = row(r);
    tr.appendChild(cell(text(r.published || '–')));
    tr.appendChild(cell(text(r.review_by || '–')));
    tr.appendChild(cell(badges(r)));
    var action = document.createDocumentFragment();
    if (r.states.indexOf('retired') < 0) {
      var btn = button('Intrekken', 'secondary danger retire-btn', function () { retire(r, btn); });
      btn.setAttribute('aria-label', 'Intrekken: ' + (r.title || r.id));
      action.appendChild(btn);
    } else {
      action.appendChild(text('ingetrokken op ' + r.retired));
    }
    tr.appendChild(cell(action));
    return tr;
  }

  function row(r) {
    var tr = document.createElement('tr');
    tr.dataset.id = r.id;
    var th = document.createElement('th');
    th.scope = 'row';
    th.appendChild(text(r.title || r.id));
    var id = document.createElement('div');
    id.className = 'id';
    id.textContent = r.id;
    th.appendChild(id);
    if (r.warnings && r.warnings.length) { th.appendChild(warnings(r.warnings)); }
    tr.appendChild(th);
    return tr;
  }

  // warnings marks a document whose extraction warned (mostly "pagina N:
  // …": text that may be missing) and lists the warnings when opened, so
  // the pages are checked before the document is verified.
  function warnings(list) {
    var box = document.createElement('details');
    box.className = 'warnings';
    var summary = document.createElement('summary');
    var mark = document.createElement('span');
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = '⚠ ';
    summary.appendChild(mark);
    summary.appendChild(text(list.length === 1 ? '1 waarschuwing bij het opnemen' : list.length + ' waarschuwingen bij het opnemen'));
    box.appendChild(summary);
    var ul = document.createElement('ul');
    list.forEach(function (w) {
      var li = document.createElement('li');
      li.textContent = w;
      ul.appendChild(li);
    });
    box.appendChild(ul);
    return box;
  }

  function badges(r) {
    var span = document.createElement('span');
    span.className = 'states';
    r.states.forEach(function (st, i) {
      var b = document.createElement('span');
      b.className = 'badge badge-' + st;
      b.textContent = (r.labels && r.labels[i]) || st;
      span.appendChild(b);
    });
    return span;
  }

  function cell(node) {
    var td = document.createElement('td');
    td.appendChild(node);
    return td;
  }

  function text(s) { return document.createTextNode(s); }

  function button(label, cls, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  }

  // --- verify and retire --------------------------------------------------

  function openVerify(r) {
    verifying = r;
    els['verify-id'].textContent = r.id;
    els['f-title'].value = r.title || '';
    els['f-published'].value = /^\d{4}-\d{2}-\d{2}$/.test(r.published || '') ? r.published : '';
    ['f-publisher', 'f-url', 'f-review', 'f-remark'].forEach(function (id) { els[id].value = ''; });
    // A new version of a registered source replaces its entry.
    els['f-replace'].checked = !!r.sha256;
    showVerifyError('');
    els.verify.hidden = false;
    els.verify.focus();
  }

  function closeVerify() {
    verifying = null;
    els.verify.hidden = true;
  }

  function showVerifyError(message) {
    els['verify-error'].textContent = message || '';
    els['verify-error'].hidden = !message;
  }

  function verify() {
    if (!verifying) { return; }
    if (!els['f-published'].value) {
      showVerifyError('Vul de publicatiedatum in.');
      els['f-published'].focus();
      return;
    }
    var body = { document_id: verifying.id, published: els['f-published'].value, replace: els['f-replace'].checked };
    [['title', 'f-title'], ['publisher', 'f-publisher'], ['url', 'f-url'], ['review_by', 'f-review'], ['remark', 'f-remark']]
      .forEach(function (f) {
        var v = els[f[1]].value.trim();
        if (v) { body[f[0]] = v; }
      });
    var id = verifying.id;
    els['verify-save'].disabled = true;
    api('/v1/sources', { method: 'POST', body: JSON.stringify(body) }).then(function (resp) {
      if (!resp.ok) {
        return messageOf(resp).then(function (msg) { throw new Error(msg || 'Verifiëren mislukte (fout ' + resp.status + ').'); });
      }
      closeVerify();
      return load().then(function () {
        setStatus('Document ' + id + ' is geverifieerd en wordt vanaf nu geciteerd.');
      });
    }).catch(function (err) { showVerifyError(err.message); }).then(function () {
      els['verify-save'].disabled = false;
    });
  }

  // retire asks for a second click before it withdraws a source.
  function retire(r, btn) {
    if (!btn.classList.contains('confirm')) {
      btn.classList.add('confirm');
      btn.textContent = 'Bevestig intrekken';
      setStatus('Klik nogmaals om ' + r.id + ' in te trekken: de vermelding blijft bewaard, maar het document wordt niet meer geciteerd.');
      return;
    }
    btn.disabled = true;
    api('/v1/sources/' + encodeURIComponent(r.id) + '/retire', { method: 'POST' }).then(function (resp) {
      if (!resp.ok) {
        return messageOf(resp).then(function (msg) { throw new Error(msg || 'Intrekken mislukte (fout ' + resp.status + ').'); });
      }
      return load().then(function () { setStatus('Bron ' + r.id + ' is ingetrokken; het document wordt niet meer geciteerd.'); });
    }).catch(function (err) {
      btn.disabled = false;
      setStatus(err.message, true);
    });
  }

  function setStatus(message, isError) {
    els.status.textContent = message || '';
    els.status.classList.toggle('error', !!isError);
  }

  document.addEventListener('DOMContentLoaded', init);
})();
