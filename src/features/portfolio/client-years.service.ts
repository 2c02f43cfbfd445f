// The clients' fiscal years, kept as a table the reports read: refreshed after a change to the
// revenue or to the firm's fiscal year, and after a restore. (Not in portfolio.service, which reads
// the firm's settings from the workspace feature that refreshes them.)
export { refreshAllClientYears, refreshClientYears } from './client-years.repo.ts';
