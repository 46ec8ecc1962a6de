import { config } from 'chai';

// Show whole values in assertion messages: QA reads them to see what Better B2B or Acumatica held.
config.truncateThreshold = 0;
