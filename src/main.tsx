import './index.css';

/**
 * Resolves once the browser reports the page's first contentful paint, or after `patience`
 * milliseconds for a browser that reports none.
 */
function firstContentfulPaint(patience: number): Promise<void> {
  return new Promise((painted) => {
    const timer = setTimeout(done, patience);
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) done();
    });
    function done() {
      clearTimeout(timer);
      observer.disconnect();
      painted();
    }
    try {
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      done();
    }
  });
}

// index.html holds the opening page, prerendered. The app's code is fetched and run only once
// the browser has shown that page: run first, it held the first paint back until it had run,
// half a second on a slow phone; preloaded from index.html, its requests held it back as
// well. A link that opens elsewhere hides that page (`boot.js`) and has nothing to wait for.
if (document.documentElement.dataset.prerender !== 'stale') await firstContentfulPaint(1500);
await import('./start');
