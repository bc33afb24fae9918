import { ChartRef } from '../model/types';
import { DEFAULT_CHARTS } from '../model/defaults';

export interface ChartOverrides {
  readonly vclusterVersion?: string;
  readonly vclusterRepository?: string;
  readonly metallbRepository?: string;
  readonly ingressNginxRepository?: string;
}

/** The charts a group installs, with a mirror's repositories where the user gave them. */
export function chartsFor(overrides: ChartOverrides): { vcluster: ChartRef; metallb: ChartRef; ingressNginx: ChartRef } {
  return {
    vcluster: { ...DEFAULT_CHARTS.vcluster, repository: overrides.vclusterRepository ?? DEFAULT_CHARTS.vcluster.repository, version: overrides.vclusterVersion ?? DEFAULT_CHARTS.vcluster.version },
    metallb: { ...DEFAULT_CHARTS.metallb, repository: overrides.metallbRepository ?? DEFAULT_CHARTS.metallb.repository },
    ingressNginx: { ...DEFAULT_CHARTS.ingressNginx, repository: overrides.ingressNginxRepository ?? DEFAULT_CHARTS.ingressNginx.repository },
  };
}
