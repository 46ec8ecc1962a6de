import { z } from 'zod';
import type { FaultInjector } from '../../control/faults';
import type { Journal } from '../../control/journal';
import { faultsScreen, journalScreen } from '../../ui/control-screens';
import { html, screenUrl } from '../../ui/html';
import { readQuery, screensRouter, type ScreenHandler } from '../../ui/screens-router';
import type { B2BStore } from '../store';
import { companiesScreen } from './companies';
import { companyDetailScreen } from './company-detail';
import { KENSIUM_CSS, kensiumFrame } from './layout';
import { roleScreen, rolesScreen } from './roles';

/** The Better B2B mock's read-only screens under `/ui` (docs/screens.md lists them). */
export function b2bScreens(deps: { store: B2BStore; journal: Journal; faults: FaultInjector }) {
  const detail = companyDetailScreen(deps.store);
  return screensRouter({
    css: KENSIUM_CSS,
    frame: kensiumFrame,
    screens: {
      '/': home,
      '/companies': companiesScreen(deps.store),
      '/companies/:id': detail,
      '/companies/:id/:tab': detail,
      '/roles': rolesScreen(deps.store),
      '/roles/:id': roleScreen(deps.store),
      '/journal': journalScreen(deps.journal, 'journal'),
      '/faults': faultsScreen(deps.faults, 'faults'),
    },
  });
}

const SCREENS = [
  {
    href: screenUrl('companies'),
    label: 'Companies',
    about: 'every company, newest first, with a search box; View opens its Company Detail',
  },
  {
    href: screenUrl('roles'),
    label: 'Roles & Permissions',
    about: 'every role; View shows its permission tree',
  },
  { href: screenUrl('journal'), label: 'Request Journal', about: 'every request the mock received, and its answer' },
  { href: screenUrl('faults'), label: 'Active Faults', about: 'the faults switched on with POST /__mock/faults' },
];

const home: ScreenHandler = (req) => {
  readQuery(req, z.strictObject({}));
  return {
    title: 'Screens',
    section: 'home',
    body: html`<p>
        The Better B2B mock's screens: read-only views of its data, as the documents show Better B2B's. No sign-in is
        needed.
      </p>
      <ul class="screens">
        ${SCREENS.map((screen) => html`<li><a href="${screen.href}">${screen.label}</a>: ${screen.about}</li>`)}
      </ul>`,
  };
};
