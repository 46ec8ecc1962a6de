/**
 * Generated tenants for the benchmark: N B2B customers that all qualify, each with two contacts (the first
 * marked Primary) and one default location, in the fixture format both mocks load. The records are an hour
 * old, as a tenant's are when a sync first runs: none falls in the seconds the watermark keeps behind the
 * server's clock, which an incremental run reads again.
 */
export interface GeneratedTenant {
  acumatica: Record<string, unknown[]>;
  customerIds: string[];
}

const site = () => [{ ConfigSite: 'B2BQASTORE', Active: true, ConnectorType: 'KNB' }];

export function generateTenant(customers: number, base: Record<string, unknown[]>): GeneratedTenant {
  const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
  const stamps = { CreatedDateTime: hourAgo, LastModifiedDateTime: hourAgo };
  const customerRows: unknown[] = [];
  const contacts: unknown[] = [];
  const locations: unknown[] = [];
  const customerIds: string[] = [];
  for (let i = 1; i <= customers; i++) {
    const id = `B${String(i).padStart(9, '0')}`;
    customerIds.push(id);
    const address = {
      AddressLine1: `${i} Bench Street`,
      City: 'Springfield',
      State: 'IL',
      PostalCode: String(60000 + (i % 9999)).padStart(5, '0'),
      Country: 'US',
    };
    const primaryContactId = 1_000_000 + i * 2;
    customerRows.push({
      CustomerID: id,
      CustomerName: `Bench Customer ${i}`,
      CustomerClass: 'LOCAL',
      Status: 'Active',
      PrimaryContactID: primaryContactId,
      CustomerType: 'B2B',
      KensiumCommerceEnabled: true,
      MainContact: {
        Attention: `Buyer ${i}`,
        Email: `accounts${i}@bench.test`,
        Phone1: '5550000000',
        Address: address,
      },
      SiteAssociations: site(),
      ...stamps,
    });
    for (const [offset, role] of [
      [0, 'primary'],
      [1, 'buyer'],
    ] as const) {
      contacts.push({
        ContactID: primaryContactId + offset,
        BusinessAccount: id,
        Active: true,
        FirstName: role === 'primary' ? 'Pat' : 'Sam',
        LastName: `Customer${i}`,
        DisplayName: `${role === 'primary' ? 'Pat' : 'Sam'} Customer${i}`,
        Email: `${role}${i}@bench.test`,
        Phone1: '5550000001',
        KensiumCommerceEnabled: true,
        SiteAssociations: site(),
        LastModifiedDateTime: hourAgo, // the Default Contact has no CreatedDateTime
      });
    }
    locations.push({
      Customer: id,
      LocationID: 'MAIN',
      LocationName: 'Primary Location',
      Active: true,
      Default: true,
      LocationContact: { Attention: `Buyer ${i}`, Phone1: '5550000000', Address: address },
      ...stamps,
    });
  }
  return {
    acumatica: {
      CustomerClass: base.CustomerClass ?? [],
      ConnectorConfiguration: base.ConnectorConfiguration ?? [],
      Customer: customerRows,
      Contact: contacts,
      CustomerLocation: locations,
    },
    customerIds,
  };
}
