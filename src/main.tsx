import './index.css';

// index.html holds the opening page, prerendered. The app's code is fetched alongside it
// (index.html preloads it) but runs only once that page has painted: evaluated first, it
// would hold the first paint until it had run, half a second on a slow phone.
await new Promise<void>((painted) => {
  requestAnimationFrame(() => {
    setTimeout(painted, 0);
  });
});
await import('./start');
