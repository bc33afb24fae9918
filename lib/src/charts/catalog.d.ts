import { ChartRef } from '../model/types';
export interface ChartOverrides {
    readonly vclusterVersion?: string;
    readonly vclusterRepository?: string;
    readonly metallbRepository?: string;
    readonly ingressNginxRepository?: string;
}
/** The charts a group installs, with a mirror's repositories where the user gave them. */
export declare function chartsFor(overrides: ChartOverrides): {
    vcluster: ChartRef;
    metallb: ChartRef;
    ingressNginx: ChartRef;
};
