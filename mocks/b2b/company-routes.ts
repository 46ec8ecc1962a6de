import { Router } from 'express';
import { validate } from './errors';
import type { JsonCollections } from './json-collections';
import { companyListQuery, likePattern, type CompanyListQuery } from './list-query';
import { findCompany } from './lookups';
import { companyInput, statusInput } from './schemas';
import type { B2BStore } from './store';

export interface ApiDeps {
  store: B2BStore;
  collections: JsonCollections;
}

/** `/company`: create, read, replace, delete, list (json-server) and the admin's approval. */
export function companyRoutes({ store, collections }: ApiDeps): Router {
  const router = Router();

  router.get('/company', (req, res, next) => {
    const query = validate(companyListQuery, req.query, 'list the companies', 'query');
    const page = { limit: query.limit, offset: query.offset };
    const filters = jsonServerFilters(query);
    if (query.acumatica_customer_id !== undefined) {
      // The sync's lookup: answered from the index, without reading the other companies.
      const found = store.companyByCustomerId(query.acumatica_customer_id);
      if (!found) return void res.json({ data: [], meta: { total: 0, ...page } });
      if (Object.keys(filters).length === 0)
        return void res.json({ data: query.offset === 0 ? [found] : [], meta: { total: 1, ...page } });
      filters.id = String(found.id);
    }
    const sort = { _sort: `${query.sort},id`, _order: `${query.order},${query.order}` };
    collections.forward(req, res, next, {
      path: '/companies',
      query: { ...filters, ...sort, _start: String(query.offset), _limit: String(query.limit) },
      page,
    });
  });

  router.post('/company', (req, res) => {
    const company = store.createCompany(validate(companyInput, req.body, 'create the company'));
    res.status(201).location(`${req.baseUrl}/company/${company.id}`).json({ data: company });
  });

  router.get('/company/:id', (req, res) => {
    res.json({ data: findCompany(store, req.params.id) });
  });

  router.put('/company/:id', (req, res) => {
    const company = findCompany(store, req.params.id);
    res.json({ data: store.updateCompany(company, validate(companyInput, req.body, `update company ${company.id}`)) });
  });

  router.delete('/company/:id', (req, res) => {
    store.deleteCompany(findCompany(store, req.params.id));
    res.status(204).end();
  });

  router.put('/company/:id/status', (req, res) => {
    const company = findCompany(store, req.params.id);
    const { status } = validate(statusInput, req.body, `change the status of company ${company.id}`);
    res.json({ data: store.setCompanyStatus(company, status) });
  });

  return router;
}

/** The list's filters in json-server's words: `q` full text, `<field>_like` (a regular expression), `<field>` exact. */
function jsonServerFilters(query: CompanyListQuery): Record<string, string> {
  const filters: Record<string, string> = {};
  if (query.q) filters.q = query.q;
  if (query.company_name) filters.company_name_like = likePattern(query.company_name);
  if (query.status) filters.status = query.status;
  return filters;
}
