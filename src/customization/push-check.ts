import { attribute, children, type XmlNode } from './project-xml';
import { lineOf, type Problem } from './problems';

/** The inquiry column that names the customer: the connector's push receiver (`serve`) reads it. */
export const CUSTOMER_COLUMN = 'CustomerID';

/**
 * Checks that a push notification watches a generic inquiry of the project, and that the inquiry names
 * the customer in a result column captioned CustomerID, so that `serve` knows whom to sync.
 */
export function checkPushNotification(root: XmlNode, xml: string, file: string): Problem[] {
  const inquiries = children(root, 'GenericInquiryScreen').flatMap((item) => rows(item, 'GIDesign'));
  const hooks = children(root, 'PushNotification').flatMap((item) => rows(item, 'PushNotificationsHook'));
  if (hooks.length === 0)
    return [
      {
        file,
        line: lineOf(xml, '</Customization>'),
        message: 'no PushNotification item: the connector would not hear of changes (serve needs one)',
      },
    ];
  const problems: Problem[] = [];
  for (const hook of hooks) {
    const line = lineOf(xml, `Name="${attribute(hook, 'Name')}"`);
    for (const source of children(hook, 'PushNotificationsSource')) {
      const inquiry = inquiries.find((design) => attribute(design, 'DesignID') === attribute(source, 'DesignID'));
      if (!inquiry) {
        problems.push({
          file,
          line,
          message: `the push notification ${attribute(hook, 'Name')} watches the inquiry ${attribute(source, 'InquiryName') ?? attribute(source, 'DesignID')}, which the project does not define`,
        });
        continue;
      }
      const captions = children(inquiry, 'GITable').flatMap((table) =>
        children(table, 'GIResult').map((result) => attribute(result, 'Caption')),
      );
      if (!captions.includes(CUSTOMER_COLUMN)) {
        problems.push({
          file,
          line: lineOf(xml, `Name="${attribute(inquiry, 'Name')}"`),
          message: `the inquiry ${attribute(inquiry, 'Name')} has no result column captioned ${CUSTOMER_COLUMN}; serve reads the customer from it`,
        });
      }
    }
  }
  return problems;
}

/** The rows of a table in an item's data set (`<data-set><data><Table><row …/>`). */
function rows(item: XmlNode, table: string): XmlNode[] {
  return children(children(children(item, 'data-set')[0], 'data')[0], table).flatMap((t) => children(t, 'row'));
}
