// Live state for the popup: the tab, the settings, the tab's page report.
import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '../shared/messages';
import { loadSettings, onSettingsChanged, type Settings } from '../shared/settings';
import { fetchReport, onReportUpdated, resolveTab, type TabTarget } from './tab';

export type Loadable<T> = { ready: false } | { ready: true; value: T };

export function useTab(): Loadable<TabTarget | null> {
  const [tab, setTab] = useState<Loadable<TabTarget | null>>({ ready: false });
  useEffect(() => {
    void resolveTab().then((value) => setTab({ ready: true, value }));
  }, []);
  return tab;
}

export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  return settings;
}

/** The tab's report, fetched again whenever the background announces a change. */
export function useReport(tabId: number | null): Loadable<PageReport | null> {
  const [report, setReport] = useState<Loadable<PageReport | null>>({ ready: false });
  useEffect(() => {
    if (tabId === null) return;
    let alive = true;
    const refresh = () => void fetchReport(tabId).then((value) => alive && setReport({ ready: true, value }));
    refresh();
    const stop = onReportUpdated(tabId, refresh);
    return () => {
      alive = false;
      stop();
    };
  }, [tabId]);
  return report;
}
