import type { EndpointContract } from './endpoint-contract';
import { attribute, children, type XmlNode } from './project-xml';
import { lineOf, type Problem } from './problems';

/**
 * Checks the project's EntityEndpoint items against the contract: the endpoint is there, extends the
 * right one, and each entity and detail exposes the contract's fields with their types, each mapped.
 */
export function checkEndpoint(root: XmlNode, xml: string, file: string, contract: EndpointContract): Problem[] {
  const endpoints = children(root, 'EntityEndpoint').flatMap((item) => children(item, 'Endpoint'));
  const endpoint = endpoints.find(
    (e) => attribute(e, 'name') === contract.name && attribute(e, 'version') === contract.version,
  );
  const at = (needle: string) => lineOf(xml, needle);
  if (!endpoint) {
    return [
      {
        file,
        line: at('<EntityEndpoint'),
        message: `no EntityEndpoint item defines the endpoint ${contract.name}/${contract.version} the connector reads`,
      },
    ];
  }
  const endpointLine = at(`name="${contract.name}"`);
  const problems: Problem[] = [];
  const base = children(endpoint, 'ExtendsEndpoint')[0];
  if (attribute(base, 'name') !== contract.extends.name || attribute(base, 'version') !== contract.extends.version) {
    problems.push({
      file,
      line: endpointLine,
      message: `the endpoint ${contract.name}/${contract.version} must extend ${contract.extends.name}/${contract.extends.version} (<ExtendsEndpoint name="${contract.extends.name}" version="${contract.extends.version}" />)`,
    });
  }
  const check = (
    kind: 'TopLevelEntity' | 'Detail',
    name: string,
    expected: Record<string, string>,
    mapped: (entity: XmlNode, field: string) => boolean,
  ) => {
    const entity = children(endpoint, kind).find((e) => attribute(e, 'name') === name);
    if (!entity) {
      problems.push({
        file,
        line: endpointLine,
        message: `the endpoint has no ${kind} ${name}; the connector reads ${Object.keys(expected).join(', ')} from it`,
      });
      return;
    }
    const line = at(`<${kind} name="${name}"`);
    const declared = new Map(
      children(children(entity, 'Fields')[0], 'Field').map((f) => [attribute(f, 'name'), attribute(f, 'type')]),
    );
    for (const [field, type] of Object.entries(expected)) {
      const actual = declared.get(field);
      if (actual === undefined)
        problems.push({ file, line, message: `${name} lacks the field ${field} (${type}) of the contract` });
      else if (actual !== type)
        problems.push({ file, line, message: `${name}.${field} is ${actual}; the contract says ${type}` });
      else if (!mapped(entity, field))
        problems.push({ file, line, message: `${name}.${field} has no Mapping to a field of the screen` });
    }
  };
  for (const [name, fields] of Object.entries(contract.entities)) {
    check('TopLevelEntity', name, fields, (entity, field) => mappingOf(entity, field) !== undefined);
  }
  for (const [name, fields] of Object.entries(contract.details)) {
    const owners = children(endpoint, 'TopLevelEntity').flatMap((entity) =>
      children(children(entity, 'Fields')[0], 'Field')
        .filter((f) => attribute(f, 'type') === `${name}[]`)
        .map((f) => mappingOf(entity, attribute(f, 'name') ?? '')),
    );
    check(
      'Detail',
      name,
      fields,
      (_detail, field) =>
        owners.length > 0 &&
        owners.every((owner) => children(owner, 'Mapping').some((m) => attribute(m, 'field') === field)),
    );
  }
  return problems;
}

function mappingOf(entity: XmlNode | undefined, field: string): XmlNode | undefined {
  return children(children(entity, 'Mappings')[0], 'Mapping').find((m) => attribute(m, 'field') === field);
}
