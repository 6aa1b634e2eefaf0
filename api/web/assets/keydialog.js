// The API-key dialog shared by the clinician page, the widget and the
// administrators' page (/beheer): one dialog however many callers wait for
// it. What a key is used for is the page's own: opts.use(key) exchanges it
// for a session (the pages) or keeps it in memory (the widget) and returns
// a promise; a rejection's message is shown in the dialog.
//
//   var keys = bronwijzerKeyDialog(els, { use: useKey, cancelMessage: '…', changed: resized });
//   keys.request(message)  // opens the dialog; resolves once a key is in place, rejects on cancel
//   keys.finish(err)       // closes it and settles every waiter
//   keys.isOpen()          // whether callers are waiting
//   keys.startSession(key) // the pages: exchange the key for a session cookie
//   keys.endSession()      // the pages: end it ("Afmelden")
//
// els holds the elements key-dialog, key-form, key-input, key-error and
// key-cancel. opts.changed, when given, is called after the dialog opens or
// closes (the widget resizes its frame).
window.bronwijzerKeyDialog = function (els, opts) {
  'use strict';
  var waiters = null; // {resolve, reject} while the dialog is open
  var changed = opts.changed || function () {};

  function showError(message) {
    els['key-error'].textContent = message || '';
    els['key-error'].hidden = !message;
  }

  function request(message) {
    return new Promise(function (resolve, reject) {
      if (waiters) {
        waiters.push({ resolve: resolve, reject: reject });
        if (message) { showError(message); }
        return;
      }
      waiters = [{ resolve: resolve, reject: reject }];
      els['key-input'].value = '';
      showError(message);
      els['key-dialog'].showModal();
      els['key-input'].focus();
      changed();
    });
  }

  function finish(err) {
    var settle = waiters || [];
    waiters = null;
    if (els['key-dialog'].open) { els['key-dialog'].close(); }
    els['key-input'].value = '';
    settle.forEach(function (w) { if (err) { w.reject(err); } else { w.resolve(); } });
    changed();
  }

  els['key-form'].addEventListener('submit', function (e) {
    e.preventDefault();
    var key = els['key-input'].value.trim();
    if (!key) {
      showError('Vul een API-sleutel in.');
      els['key-input'].focus();
      return;
    }
    opts.use(key).then(function () { finish(null); }, function (err) {
      showError(err.message);
      els['key-input'].select();
      els['key-input'].focus();
    });
  });
  els['key-cancel'].addEventListener('click', function () { finish(new Error(opts.cancelMessage)); });
  els['key-dialog'].addEventListener('cancel', function (e) {
    e.preventDefault(); // Escape: close through the same path as Annuleren
    els['key-cancel'].click();
  });

  // startSession exchanges a key for the session cookie (POST /v1/session
  // sets it HttpOnly, SameSite=Strict) and keeps the key nowhere. It
  // rejects with a Dutch message the dialog shows.
  function startSession(key) {
    els['key-save'].disabled = true;
    return fetch('/v1/session', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Authorization': 'Bearer ' + key, 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: '{}'
    }).then(function (resp) {
      els['key-save'].disabled = false;
      if (resp.ok) { return; }
      return resp.json().then(function (j) {
        return j && j.error && j.error.message ? j.error.message : '';
      }, function () { return ''; }).then(function (msg) {
        if (resp.status === 401 || resp.status === 403) {
          throw new Error('De API-sleutel werd geweigerd' + (msg ? ': ' + msg : '.'));
        }
        throw new Error(msg || 'Aanmelden mislukte (fout ' + resp.status + ').');
      });
    }, function () {
      els['key-save'].disabled = false;
      throw new Error('De server is niet bereikbaar; probeer het opnieuw.');
    });
  }

  // endSession ends the session; it never fails (a server that is gone has
  // no session to keep).
  function endSession() {
    return fetch('/v1/session', { method: 'DELETE', credentials: 'same-origin' }).then(function () {}, function () {});
  }

  return {
    request: request, finish: finish, showError: showError, isOpen: function () { return !!waiters; },
    startSession: startSession, endSession: endSession
  };
};
