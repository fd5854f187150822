// With JavaScript, one track plays at a time and the next one starts when a track ends.
// Without it, every native player still works on its own.
(() => {
  const players = () => Array.from(document.querySelectorAll("audio[data-audio-player]"));

  document.addEventListener("play", (event) => {
    if (!event.target.matches("audio[data-audio-player]")) return;
    for (const other of players()) {
      if (other !== event.target && !other.paused) other.pause();
    }
  }, true);

  document.addEventListener("ended", (event) => {
    if (!event.target.matches("audio[data-audio-player]")) return;
    const list = players();
    const next = list[list.indexOf(event.target) + 1];
    if (next) next.play().catch(() => {});
  }, true);
})();
