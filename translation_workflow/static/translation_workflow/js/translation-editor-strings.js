// wagtail-localize's React editor writes a few strings in English whatever the admin language
// (no gettext around them); the page lists them with their translation, and this swaps them in
// whenever the editor renders.
function translateEditorStrings() {
  const data = document.getElementById("translation-editor-strings");
  const editor = document.querySelector(".js-translation-editor");
  if (!data || !editor) return;
  const strings = JSON.parse(data.textContent);
  function translate(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue.trim();
      // A string equal to its translation is never rewritten: the rewrite would wake the
      // observer again, for ever.
      if (Object.prototype.hasOwnProperty.call(strings, text) && strings[text] !== text) {
        node.nodeValue = node.nodeValue.replace(text, strings[text]);
      }
    }
  }
  translate(editor);
  new MutationObserver(() => translate(editor)).observe(editor, { childList: true, characterData: true, subtree: true });
}

// Wagtail's admin loads scripts in the page's head, before the editor's element exists.
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", translateEditorStrings);
} else {
  translateEditorStrings();
}
