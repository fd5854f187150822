// Hides the site notices a visitor dismissed, for the rest of their visit (sessionStorage,
// keyed by notice and revision, so a changed notice shows again). Loaded right after the
// notices, not deferred, so a dismissed one never flashes. Without JavaScript every notice
// stays visible and the Hide buttons stay hidden. Emergency notices carry no key: never hidden.
(() => {
  const storageKey = (key) => `site-notice-dismissed:${key}`;
  const isDismissed = (key) => {
    try {
      return window.sessionStorage.getItem(storageKey(key)) === "1";
    } catch {
      return false;
    }
  };
  document.querySelectorAll("[data-notice-key]").forEach((notice) => {
    const key = notice.dataset.noticeKey;
    if (isDismissed(key)) {
      notice.hidden = true;
      return;
    }
    const button = notice.querySelector("[data-notice-dismiss]");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", () => {
      try {
        window.sessionStorage.setItem(storageKey(key), "1");
      } catch {
        // Storage refused (private mode, quota): the notice is hidden on this page only.
      }
      notice.hidden = true;
      // The button is gone: keep keyboard users in the page instead of at its very top.
      const main = document.getElementById("main");
      if (main) main.focus();
    });
  });
})();
