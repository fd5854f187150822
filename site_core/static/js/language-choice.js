// Remembers the language a visitor picks in the switcher, so that "/" sends them back to it.
// Pages stay cacheable because the server never sets this cookie on a page response.
document.addEventListener("click", (event) => {
  const link = event.target.closest("[data-language-choice]");
  if (!link) return;
  const secure = window.location.protocol === "https:" ? "; Secure" : "";
  document.cookie = `django_language=${encodeURIComponent(link.dataset.languageChoice)}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
});
