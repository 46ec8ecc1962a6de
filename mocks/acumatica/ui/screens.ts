import { z } from 'zod';
import type { FaultInjector } from '../../control/faults';
import type { Journal } from '../../control/journal';
import { faultsScreen, journalScreen } from '../../ui/control-screens';
import { html, notice, screenUrl } from '../../ui/html';
import { readQuery, screensRouter, type ScreenHandler } from '../../ui/screens-router';
import type { EndpointDefinition } from '../endpoints/definitions';
import type { AcumaticaStore } from '../entities/store';
import { contactScreen } from './contacts';
import { customerScreen, customersScreen } from './customers';
import { ACUMATICA_CSS, acumaticaFrame } from './layout';
import { logsScreen } from './logs';
import { Tenant } from './tenant';

/**
 * The Acumatica mock's read-only screens under `/ui` (docs/screens.md lists them). `endpoints` is read on
 * every screen: publishing the customization adds the Kensium Commerce tabs and the Logs screen.
 */
export function acumaticaScreens(mock: {
  readonly store: AcumaticaStore;
  readonly endpoints: EndpointDefinition[];
  readonly journal: Journal;
  readonly faults: FaultInjector;
}) {
  const tenant = new Tenant(mock.store, () => mock.endpoints);
  const customer = customerScreen(tenant);
  const contact = contactScreen(tenant);
  return screensRouter({
    css: ACUMATICA_CSS,
    frame: acumaticaFrame,
    screens: {
      '/': home(tenant),
      '/customers': customersScreen(tenant),
      '/customers/:id': customer,
      '/customers/:id/:tab': customer,
      '/contacts/:id': contact,
      '/contacts/:id/:tab': contact,
      '/logs': logsScreen(tenant),
      '/journal': journalScreen(mock.journal, 'journal'),
      '/faults': faultsScreen(mock.faults, 'faults'),
    },
  });
}

const SCREENS = [
  {
    href: screenUrl('customers'),
    label: 'Customers',
    about: 'every customer; its form has the General, Locations, Contacts and Kensium Commerce tabs',
  },
  {
    href: screenUrl('logs'),
    label: 'Logs',
    about: "the connector's log rows, with the Action Type, Level, date and Message filters",
  },
  { href: screenUrl('journal'), label: 'Request Journal', about: 'every request the mock received, and its answer' },
  { href: screenUrl('faults'), label: 'Active Faults', about: 'the faults switched on with POST /__mock/faults' },
];

function home(tenant: Tenant): ScreenHandler {
  return (req) => {
    readQuery(req, z.strictObject({}));
    return {
      title: 'Screens',
      section: 'home',
      body: html`<p>
          The Acumatica mock's screens: read-only views of the tenant's data, as the documents show Acumatica's. No
          sign-in is needed.
        </p>
        ${tenant.kensiumPublished ? '' : notice('warning', 'The Kensium Commerce customization is not published on this tenant: the Kensium Commerce tabs and the Logs screen appear once it is (npm run cli -- customization publish).')}
        <ul class="screens">
          ${SCREENS.map((screen) => html`<li><a href="${screen.href}">${screen.label}</a>: ${screen.about}</li>`)}
        </ul>`,
    };
  };
}
