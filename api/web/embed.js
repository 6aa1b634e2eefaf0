// Bronwijzer widget loader. Include it in a host page (an HIS plugin) where
// the widget should appear:
//
//   <div id="bronwijzer"></div>
//   <script src="https://bronwijzer.example/embed.js" data-target="#bronwijzer"
//           data-key="bwz_…" data-question="optioneel: vooraf ingevulde vraag" async></script>
//
// The host's origin must be in the server's frame-ancestors allowlist.
// data-key (or window.Bronwijzer.setKey) passes the API key to the widget
// by postMessage, addressed to the Bronwijzer origin only, after the widget
// reports it is ready. data-question fills in a question (data-auto="true"
// also asks it) the same way. Neither the key nor a question ever appears
// in the iframe's URL, so neither reaches history, logs or a Referer.
// window.Bronwijzer.ask(question) sends a new question to the widget.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) { return; }
  var origin = new URL(script.src, location.href).origin;
  var target = script.getAttribute('data-target');
  var container = target ? document.querySelector(target) : null;
  var key = script.getAttribute('data-key') || null;
  script.removeAttribute('data-key'); // other scripts on the page need not see it
  var src = new URL('/embed', origin);
  var question = script.getAttribute('data-question');
  var auto = script.getAttribute('data-auto') === 'true';
  script.removeAttribute('data-question');

  var iframe = document.createElement('iframe');
  iframe.src = src.toString();
  iframe.title = 'Bronwijzer: vragen aan geverifieerde bronnen';
  iframe.className = 'bronwijzer-widget';
  iframe.setAttribute('referrerpolicy', 'no-referrer');
  iframe.setAttribute('allow', 'clipboard-write'); // "kopieer bronvermelding"
  iframe.style.width = '100%';
  iframe.style.minHeight = '320px';
  iframe.style.border = '1px solid #c9cfd8';
  iframe.style.borderRadius = '6px';
  if (container) {
    container.appendChild(iframe);
  } else {
    script.parentNode.insertBefore(iframe, script.nextSibling);
  }

  // Messages wait until the widget has said it is ready; a reload of the
  // widget says so again and gets the key again.
  var ready = false;
  var queue = [];
  if (question) {
    queue.push({ type: auto ? 'bronwijzer:ask' : 'bronwijzer:fill', question: question });
  }
  function send(msg) {
    if (!ready) { queue.push(msg); return; }
    // targetOrigin: the browser drops the message unless the frame still
    // shows the Bronwijzer origin, so the key cannot leak elsewhere.
    iframe.contentWindow.postMessage(msg, origin);
  }

  window.addEventListener('message', function (e) {
    if (e.origin !== origin || e.source !== iframe.contentWindow || !e.data) { return; }
    if (e.data.type === 'bronwijzer:ready') {
      ready = true;
      if (key) { send({ type: 'bronwijzer:key', key: key }); }
      queue.splice(0).forEach(send);
      question = null;
    } else if (e.data.type === 'bronwijzer:resize' && typeof e.data.height === 'number') {
      iframe.style.height = Math.min(Math.max(e.data.height, 320), 4000) + 'px';
    }
  });

  window.Bronwijzer = {
    iframe: iframe,
    ask: function (question) {
      send({ type: 'bronwijzer:ask', question: String(question) });
    },
    // setKey changes the API key (null clears it).
    setKey: function (k) {
      key = k ? String(k) : null;
      send({ type: 'bronwijzer:key', key: key });
    }
  };
})();
