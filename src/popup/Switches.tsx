// The site switch (for the tab's hostname) and the global switch.
import { isSiteEnabled, saveSettings, setSiteEnabled, type Settings } from '../shared/settings';
import { t } from './i18n';
import { Switch } from './Switch';

interface Props {
  settings: Settings;
  hostname: string | null;
}

export function Switches({ settings, hostname }: Props) {
  // The site switch shows the site's own setting, whatever the global switch says.
  const siteOn = hostname !== null && isSiteEnabled({ ...settings, enabled: true }, hostname);
  return (
    <section class="switches">
      <Switch
        role="site-switch"
        label={t('siteSwitch')}
        detail={hostname ?? t('noSite')}
        checked={siteOn}
        disabled={hostname === null}
        onChange={(on) => hostname !== null && void saveSettings(setSiteEnabled(settings, hostname, on))}
      />
      <Switch
        role="global-switch"
        label={t('globalSwitch')}
        checked={settings.enabled}
        onChange={(on) => void saveSettings({ ...settings, enabled: on })}
      />
    </section>
  );
}
