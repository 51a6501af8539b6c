// Registers the service worker (sw.js, written into dist/ by scripts/post-build.mjs) and, when a
// newly deployed version has been downloaded, offers to switch to it. Kept out of the wasm app
// (src/ui) on purpose: it works the same whatever the app's state, and it is a file of its own
// because the Content-Security-Policy allows no inline script.
//
// Updating keeps the case in progress: cases live in localStorage ("eligibil.case.*"),
// which neither the worker nor a reload touches.
//
// The banner sits at the top of the page, in the flow: it never covers "Înapoi / Continuă",
// which are fixed at the foot of a phone's screen. In the lobby kiosk there is no banner: a
// reload there would wipe the person's answers without a word, so the update waits for the
// kiosk's own wipe (the app dispatches "eligibil:wiped") and is applied then.
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
  document.body.prepend(banner);

  // The same test as the app's (src/ui/state.rs kiosk_requested): ?kiosk=1, or the tab's flag.
  const kiosk = () => {
    try {
      return new URLSearchParams(location.search).get('kiosk') === '1' || sessionStorage.getItem('eligibil.kiosk') !== null;
    } catch {
      return false;
    }
  };

  // Reload only when the person asked for it, not when the very first worker takes control.
  let reloadWhenControlled = false;
  sw.addEventListener('controllerchange', () => {
    if (reloadWhenControlled) {
      reloadWhenControlled = false;
      location.reload();
    }
  });

  const activate = (waiting) => {
    reloadWhenControlled = true;
    // The waiting worker activates; 'controllerchange' then reloads the page.
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };

  let waitingForWipe = null;
  addEventListener('eligibil:wiped', () => {
    if (waitingForWipe) {
      const waiting = waitingForWipe;
      waitingForWipe = null;
      activate(waiting);
    }
  });

  const offer = (waiting) => {
    if (kiosk()) {
      waitingForWipe = waiting;
      document.body.dataset.updateWaiting = '1';
      return;
    }
    if (banner.firstChild) return;
    const text = document.createElement('p');
    // The words of the language on screen, from the catalogues (index.html's __eligibilShell).
    const shell = window.__eligibilShell || {};
    const words = shell[document.documentElement.lang] || shell.ro || {};
    text.textContent = words.update_available;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button primary';
    button.textContent = words.update_reload;
    button.addEventListener('click', () => {
      button.disabled = true;
      activate(waiting);
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
