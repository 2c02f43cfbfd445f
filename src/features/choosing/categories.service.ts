// What other features read of the choosing: the firm's category schemes, a client's categories now
// and over time. The servicing norms, the worklist, compliance and the organisations list use them.
export { categoryTimeline } from './category-periods.repo.ts';
export { currentCategories, schemeHasCategories } from './classification.repo.ts';
export {
  findScheme,
  schemeOrPrimary,
  schemesOf,
  toScheme,
  type SchemeRow,
} from './schemes.repo.ts';
