import './index.css';

// index.html holds the opening page, prerendered. The app's code is fetched and run only once
// that page has painted. Run first, it held the first paint back until it had run, half a
// second on a slow phone; preloaded from index.html, its requests held it back as well.
await new Promise<void>((painted) => {
  requestAnimationFrame(() => {
    setTimeout(painted, 0);
  });
});
await import('./start');
