export * from './introductions.ts';
export * from './pyramid.ts';
export * from './referrals.ts';
export * from './thank-you.ts';
