// Sada in Firefox ESR (dist/firefox) over WebDriver BiDi. Run `node build.mjs` first.
import { launchFirefox } from './support/firefox';
import { defineExtensionSuite } from './support/suite';

defineExtensionSuite('firefox', () => launchFirefox());
