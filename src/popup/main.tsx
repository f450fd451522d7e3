// Popup entry: sets the page direction and language from the browser's UI
// language, then renders the App.
import { render } from 'preact';
import { App } from './App';
import { t, uiDirection, uiLanguage } from './i18n';

document.documentElement.dir = uiDirection();
document.documentElement.lang = uiLanguage();
document.title = t('popupTitle');
const root = document.getElementById('app');
if (root) render(<App />, root);
