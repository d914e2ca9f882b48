// Runs before the first paint. index.html holds the opening page, prerendered in English: a
// link to another scenario, panel or language, or a Chinese browser, must not see its numbers
// even for a frame, so the prerendered page is hidden until the app draws its own. The theme is
// set here too, so a dark page never flashes light.
(function () {
  var root = document.documentElement;
  var theme = null;
  try {
    theme = window.localStorage.getItem('shardscope-theme');
  } catch (error) {
    theme = null;
  }
  var dark =
    theme === 'dark' ||
    (theme !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  root.classList.toggle('dark', dark);
  root.style.colorScheme = dark ? 'dark' : 'light';
  // The page's language when the link names none: the first of the browser's that it has.
  var chinese = false;
  var languages = navigator.languages || [navigator.language || ''];
  for (var i = 0; i < languages.length; i += 1) {
    var tag = String(languages[i]).toLowerCase();
    if (tag.indexOf('zh') === 0) {
      chinese = true;
      break;
    }
    if (tag.indexOf('en') === 0) break;
  }
  if (window.location.search !== '' || window.location.hash !== '' || chinese) {
    root.setAttribute('data-prerender', 'stale');
  }
})();
