// The browser configuration's global set-up: the unit tests' one, plus the browsers.
import { checkPrerequisites, privateTempDir } from '../../support/global-setup';

export default function setup(): () => void {
  checkPrerequisites(['shared', 'browsers']);
  return privateTempDir();
}
