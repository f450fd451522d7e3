// An on/off switch (role="switch") with a label and an optional detail line.
import { t } from './i18n';

interface Props {
  role: string;
  label: string;
  detail?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

export function Switch({ role, label, detail, checked, disabled = false, onChange }: Props) {
  return (
    <button
      type="button"
      class="switch"
      role="switch"
      data-role={role}
      aria-checked={checked}
      disabled={disabled}
      onClick={() => onChange(!checked)}
    >
      <span class="switch-text">
        <span class="switch-label">{label}</span>
        {detail && (
          <bdi class="switch-detail" dir="ltr">
            {detail}
          </bdi>
        )}
      </span>
      <span class="switch-state">{checked ? t('switchOn') : t('switchOff')}</span>
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
    </button>
  );
}
