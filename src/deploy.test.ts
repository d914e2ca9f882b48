import { describe, expect, it } from 'vitest';
import viteConfig from '../vite.config.ts?raw';
import headers from '../deploy/headers.conf?raw';
import nginx from '../deploy/nginx.conf?raw';

/** The policy the build writes into index.html, read from vite.config.ts. */
function buildPolicy(): string {
  const list = /CONTENT_SECURITY_POLICY = \[([\s\S]*?)\]\.join/.exec(viteConfig)?.[1] ?? '';
  return [...list.matchAll(/"([^"]+)"/g)].map((match) => match[1]).join('; ');
}

describe('the container serves the policy the build writes, and more', () => {
  it('sends the meta tag’s policy as a header, with frame-ancestors', () => {
    const header = /Content-Security-Policy "([^"]+)"/.exec(headers)?.[1];
    expect(buildPolicy()).toContain("default-src 'self'");
    expect(header).toBe(`${buildPolicy()}; frame-ancestors 'none'`);
  });

  it('keeps hashed assets for a year and has index.html revalidated', () => {
    expect(nginx).toMatch(/location \/assets\/ \{[^}]*max-age=31536000, immutable/);
    expect(nginx).toMatch(/location \/ \{[^}]*no-cache/);
  });
});
