import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

// The web app is built to need nothing from elsewhere: scripts and styles from our origin only.
// Mantine sets inline style attributes, hence 'unsafe-inline' for styles (not for scripts).
const appHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    objectSrc: ["'none'"],
  },
  xFrameOptions: 'DENY',
  referrerPolicy: 'no-referrer',
  crossOriginOpenerPolicy: 'same-origin',
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  // a browser heeds it only over https (RFC 6797 §8.1), so it is sent whatever the scheme
  strictTransportSecurity: 'max-age=31536000; includeSubDomains',
});

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await appHeaders(c, next);
    if (c.req.path.startsWith('/api/') && !c.req.path.startsWith('/api/docs'))
      c.res.headers.set('Cache-Control', 'no-store');
  };
}
