// Bronwijzer widget loader. Include it in a host page (an HIS plugin) where
// the widget should appear:
//
//   <div id="bronwijzer"></div>
//   <script src="https://bronwijzer.example/embed.js" data-target="#bronwijzer"
//           data-question="optioneel: vooraf ingevulde vraag" async></script>
//
// The host's origin must be in the server's frame-ancestors allowlist.
// window.Bronwijzer.ask(question) sends a new question to the widget.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) { return; }
  var origin = new URL(script.src, location.href).origin;
  var target = script.getAttribute('data-target');
  var container = target ? document.querySelector(target) : null;
  var src = new URL('/embed', origin);
  var q = script.getAttribute('data-question');
  if (q) { src.searchParams.set('q', q); }
  if (script.getAttribute('data-auto') === 'true') { src.searchParams.set('auto', '1'); }

  var iframe = document.createElement('iframe');
  iframe.src = src.toString();
  iframe.title = 'Bronwijzer: vragen aan geverifieerde bronnen';
  iframe.className = 'bronwijzer-widget';
  iframe.setAttribute('referrerpolicy', 'no-referrer');
  iframe.style.width = '100%';
  iframe.style.minHeight = '320px';
  iframe.style.border = '1px solid #c9cfd8';
  iframe.style.borderRadius = '6px';
  if (container) {
    container.appendChild(iframe);
  } else {
    script.parentNode.insertBefore(iframe, script.nextSibling);
  }

  window.addEventListener('message', function (e) {
    if (e.origin !== origin || e.source !== iframe.contentWindow) { return; }
    if (e.data && e.data.type === 'bronwijzer:resize' && typeof e.data.height === 'number') {
      iframe.style.height = Math.min(Math.max(e.data.height, 320), 4000) + 'px';
    }
  });

  window.Bronwijzer = {
    iframe: iframe,
    ask: function (question) {
      iframe.contentWindow.postMessage({ type: 'bronwijzer:ask', question: String(question) }, origin);
    }
  };
})();
