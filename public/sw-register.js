// Registers the service worker (sw.js, written into dist/ by scripts/post-build.mjs) and, when a
// newly deployed version has been downloaded, offers to switch to it. Kept out of the wasm app
// (src/ui) on purpose: it works the same whatever the app's state, and it is a file of its own
// because the Content-Security-Policy allows no inline script.
//
// Updating keeps the case in progress: the draft lives in localStorage ("eligibil.draft"),
// which neither the worker nor a reload touches; the app offers to resume it after the reload.
(() => {
  'use strict';
  const sw = navigator.serviceWorker;
  // No worker (an old browser, a private window in some, file://): the app still works online.
  if (!sw || !window.isSecureContext) return;

  // The live region exists from the start (empty, so hidden), and is filled when there is news:
  // screen readers announce changes to a role="status" region already on the page.
  const banner = document.createElement('div');
  banner.className = 'update-banner';
  banner.id = 'update-banner';
  banner.setAttribute('role', 'status');
  document.body.append(banner);

  // Reload only when the person asked for it, not when the very first worker takes control.
  let reloadWhenControlled = false;
  sw.addEventListener('controllerchange', () => {
    if (reloadWhenControlled) {
      reloadWhenControlled = false;
      location.reload();
    }
  });

  const offer = (waiting) => {
    if (banner.firstChild) return;
    const text = document.createElement('p');
    text.textContent = 'Există o versiune nouă. Reîncărcați pagina ca s-o folosiți.';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button primary';
    button.textContent = 'Reîncarcă';
    button.addEventListener('click', () => {
      button.disabled = true;
      reloadWhenControlled = true;
      // The waiting worker activates; 'controllerchange' then reloads the page.
      waiting.postMessage({ type: 'SKIP_WAITING' });
    });
    banner.append(text, button);
    document.body.classList.add('has-update');
  };

  // Only an update when a worker already controls the page (the first install is not news).
  const watch = (reg) => {
    if (reg.waiting && sw.controller) offer(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const installing = reg.installing;
      if (!installing) return;
      installing.addEventListener('statechange', () => {
        if (installing.state === 'installed' && sw.controller) offer(installing);
      });
    });
  };

  // After the app has loaded, so the worker's downloads never compete with the first visit's.
  const register = () =>
    sw.register('./sw.js', { scope: './' }).then(watch, (err) => {
      // Not fatal: the app works online without it.
      console.warn('Eligibil: service worker not registered:', err);
    });
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
})();
