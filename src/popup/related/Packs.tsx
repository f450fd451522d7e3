// Corpus packs: files written by `sada corpus build`, imported and searched
// with the rest; listed with name, size and date range; removable.
import { useRef } from 'preact/hooks';
import type { MemoryAnswer, PackSummary } from '../../core';
import type { MemoryAction } from '../../shared/messages';
import { MAX_PACK_CHARS } from '../../shared/messages';
import { t } from '../i18n';
import type { Note } from './Memory';

interface Props {
  packs: PackSummary[];
  run: (action: MemoryAction) => Promise<MemoryAnswer | null>;
  setNote: (note: Note) => void;
}

const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`);

export function Packs({ packs, run, setNote }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const onFile = async (e: Event) => {
    const el = e.currentTarget as HTMLInputElement;
    const file = el.files?.[0];
    el.value = '';
    if (!file) return;
    if (file.size > MAX_PACK_CHARS) return setNote({ text: t('packTooLarge', String(MAX_PACK_CHARS / 1e6)), error: true });
    await run({ kind: 'pack-import', name: file.name.replace(/\.json$/i, ''), file: await file.text() });
  };
  return (
    <div class="sada-packs" data-role="packs">
      <h3>{t('packsLabel')}</h3>
      {packs.length > 0 && (
        <ul>
          {packs.map((p) => (
            <li key={p.id} data-role="pack">
              <span>
                <bdi>{p.name}</bdi> · {t('packStatements', String(p.statements))} · {size(p.bytes)}
                {p.from && ` · ${p.from} – ${p.to}`}
              </span>
              <button type="button" data-role="pack-remove" onClick={() => void run({ kind: 'pack-remove', id: p.id })}>
                {t('memoryForgetPage')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" data-role="pack-add" onClick={() => input.current?.click()}>
        {t('packAdd')}
      </button>
      <input ref={input} type="file" accept="application/json,.json" hidden data-role="pack-file" onChange={(e) => void onFile(e)} />
    </div>
  );
}
