import { shapeOf } from '../endpoints/definitions';
import type { Target } from './query-parameters';
import type { Projection } from './wire-format';

/** How strictly the mock's list requests are optimised (`AcumaticaMockOptions.optimizer`). */
export interface OptimizerOptions {
  /**
   * Refuse every list request that expands a detail collection. Acumatica does not publish when it cannot
   * optimise a detail; this is the strictest reading (assumed), to show a client does not depend on it.
   */
  refuseDetails: boolean;
}

export const LENIENT_OPTIMIZER: OptimizerOptions = { refuseDetails: false };

export const CANNOT_OPTIMIZE = 'PX.Api.ContractBased.OptimizedExport.CannotOptimizeException';

/**
 * Why a list request cannot be optimised, one line per field as Acumatica writes them ("RealGainAcctID: View
 * CuryRecords has BQL delegate", kborovik/acumatica-cli tests; issue #12 of AcumaticaRESTAPIClientForCSharp),
 * or none. In scope are the selected top-level fields (all without $select) and the fields of each expanded
 * linked or detail entity. A request by key or id is not optimised and never refused (the same sources).
 */
export function unoptimizableFields(target: Target, projection: Projection, options: OptimizerOptions): string[] {
  const { definition } = target;
  const delegates = new Set(definition.delegateViews ?? []);
  const views = definition.fieldViews ?? {};
  const lines: string[] = [];
  const selected = (path: string) => !projection.select || projection.select.has(path);
  for (const field of Object.keys(definition.fields)) {
    const view = views[field];
    if (view && delegates.has(view) && selected(field)) lines.push(`${field}: View ${view} has BQL delegate`);
  }
  const related = { ...definition.linked, ...definition.details };
  for (const [field, shapeName] of Object.entries(related)) {
    if (!projection.expand.has(field)) continue;
    const view = views[field];
    if (view && delegates.has(view)) {
      for (const inner of Object.keys(shapeOf(target.endpoint, shapeName).fields))
        if (selected(`${field}/${inner}`) || !projection.select) lines.push(`${inner}: View ${view} has BQL delegate`);
    } else if (options.refuseDetails && definition.details?.[field]) {
      lines.push(`${field}: View ${view ?? field} is a detail (the mock's strict optimizer, assumed)`);
    }
  }
  return lines;
}

/** The message of the 500 answer, as Acumatica writes it (no space after the first full stop). */
export function cannotOptimizeMessage(lines: string[]): string {
  return `Optimization cannot be performed.The following fields cause the error:\r\n${lines.join('\r\n')}\r\n`;
}
