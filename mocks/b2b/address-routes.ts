import { Router } from 'express';
import type { ApiDeps } from './company-routes';
import { validate } from './errors';
import { findAddress, findCompany } from './lookups';
import { addressInput } from './schemas';

/** `/address/{companyId}`: the company's address book (one default billing and one default shipping address). */
export function addressRoutes({ store }: ApiDeps): Router {
  const router = Router();

  router.get('/address/:companyId', (req, res) => {
    const addresses = store.addressesOfCompany(findCompany(store, req.params.companyId).id);
    const idOf = (flag: 'is_default_billing' | 'is_default_shipping') => addresses.find((a) => a[flag])?.id ?? null;
    res.json({
      data: addresses,
      meta: {
        total: addresses.length,
        default_billing_id: idOf('is_default_billing'),
        default_shipping_id: idOf('is_default_shipping'),
      },
    });
  });

  router.post('/address/:companyId', (req, res) => {
    const company = findCompany(store, req.params.companyId);
    const address = store.createAddress(
      company.id,
      validate(addressInput, req.body, `add an address to company ${company.id}`),
    );
    res.status(201).location(`${req.baseUrl}/address/${company.id}/${address.id}`).json({ data: address });
  });

  router.get('/address/:companyId/:addressId', (req, res) => {
    res.json({ data: findAddress(store, req.params.companyId, req.params.addressId) });
  });

  router.put('/address/:companyId/:addressId', (req, res) => {
    const address = findAddress(store, req.params.companyId, req.params.addressId);
    const input = validate(addressInput, req.body, `update address ${address.id} of company ${address.company_id}`);
    res.json({ data: store.updateAddress(address, input) });
  });

  router.delete('/address/:companyId/:addressId', (req, res) => {
    store.deleteAddress(findAddress(store, req.params.companyId, req.params.addressId));
    res.status(204).end();
  });

  return router;
}
