import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../testing/test-app';

const t = await createTestApp();
afterAll(() => t.close());

describe('security headers', () => {
  it('forbids inline and foreign scripts, framing and MIME sniffing on every answer', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves the API docs page under the same policy', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger-initializer.js');
    expect(String(response.headers['content-security-policy'])).toContain("script-src 'self'");
  });
});
