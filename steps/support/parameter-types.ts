import { defineParameterType } from '@cucumber/cucumber';
import { CUSTOMER_FIELDS } from './labels';
import { ACUMATICA_REQUESTS, B2B_REQUESTS } from './requests';
import type { SyncWorld } from './world';

/**
 * Parameter types of the steps. The quoted ones give a scenario's names their names in the systems (the
 * same against the mocks; unique per scenario live, see live.ts), so steps never translate by hand.
 */
function quoted(name: string, transform: (world: SyncWorld, text: string) => unknown): void {
  defineParameterType({
    name,
    regexp: /"([^"]*)"/,
    transformer(this: SyncWorld, text: string) {
      return transform(this, text);
    },
    useForSnippets: false,
  });
}

/** One of a fixed list of words or labels, passed on as written. */
function oneOf(name: string, words: string[], transform: (word: string) => unknown = (word) => word): void {
  const regexp = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
  defineParameterType({ name, regexp, transformer: transform, useForSnippets: false });
}

quoted('customer', (world, id) => world.aliases.customer(id));
quoted('email', (world, email) => world.aliases.email(email));
/** A connector ID or Config Site (B2BQASTORE is both in the documents). */
quoted('site', (world, site) => world.aliases.connector(site));
/** An expected text: the scenario's names in it become their names in the systems; `*` is a wildcard. */
quoted('text', (world, text) => world.aliases.translate(text));

/** `"C000000012"`, `"C000000012" and "C000000288"`, `"A", "B" and "C"`. */
defineParameterType({
  name: 'customers',
  regexp: /"[^"]*"(?:(?:, | and )"[^"]*")*/,
  transformer(this: SyncWorld, list: string) {
    return [...list.matchAll(/"([^"]*)"/g)].map((match) => this.aliases.customer(match[1] as string));
  },
  useForSnippets: false,
});

/** `"503 Service Unavailable"`: the status code, with its reason phrase for the reader. */
defineParameterType({
  name: 'httpStatus',
  regexp: /"(\d{3})(?: [^"]*)?"/,
  transformer: (code: string) => Number(code),
  useForSnippets: false,
});

oneOf('checked', ['unchecked', 'checked'], (word) => word === 'checked');
oneOf('outcome', ['synced', 'unchanged', 'skipped', 'failed', 'aborted']);
oneOf('customerField', Object.keys(CUSTOMER_FIELDS));
oneOf('b2bRequest', Object.keys(B2B_REQUESTS));
oneOf('acumaticaRequest', Object.keys(ACUMATICA_REQUESTS));
