// The site switch (for the tab's hostname) and the global switch.
import { useState } from 'preact/hooks';
import { isSiteEnabled, saveSettings, setSiteEnabled, type Settings } from '../shared/settings';
import { t } from './i18n';
import { Switch } from './Switch';

interface Props {
  settings: Settings;
  hostname: string | null;
}

/** Saves settings; a refusal by the browser's storage is said, not swallowed. */
export function useSave(): [string | null, (next: Settings) => void] {
  const [error, setError] = useState<string | null>(null);
  const save = (next: Settings) =>
    void saveSettings(next).then(
      () => setError(null),
      (err: unknown) => setError(t('settingsSaveFailed', String((err as Error)?.message ?? err).slice(0, 200))),
    );
  return [error, save];
}

export function Switches({ settings, hostname }: Props) {
  // The site switch shows the site's own setting, whatever the global switch says.
  const siteOn = hostname !== null && isSiteEnabled({ ...settings, enabled: true }, hostname);
  const [error, save] = useSave();
  return (
    <section class="switches">
      <Switch
        role="site-switch"
        label={t('siteSwitch')}
        detail={hostname ?? t('noSite')}
        checked={siteOn}
        disabled={hostname === null}
        onChange={(on) => hostname !== null && save(setSiteEnabled(settings, hostname, on))}
      />
      <Switch
        role="global-switch"
        label={t('globalSwitch')}
        checked={settings.enabled}
        onChange={(on) => save({ ...settings, enabled: on })}
      />
      {error && (
        <p class="sada-error" role="status" data-role="settings-error">
          {error}
        </p>
      )}
    </section>
  );
}
