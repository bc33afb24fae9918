"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.chartsFor = chartsFor;
const defaults_1 = require("../model/defaults");
/** The charts a group installs, with a mirror's repositories where the user gave them. */
function chartsFor(overrides) {
    return {
        vcluster: { ...defaults_1.DEFAULT_CHARTS.vcluster, repository: overrides.vclusterRepository ?? defaults_1.DEFAULT_CHARTS.vcluster.repository, version: overrides.vclusterVersion ?? defaults_1.DEFAULT_CHARTS.vcluster.version },
        metallb: { ...defaults_1.DEFAULT_CHARTS.metallb, repository: overrides.metallbRepository ?? defaults_1.DEFAULT_CHARTS.metallb.repository },
        ingressNginx: { ...defaults_1.DEFAULT_CHARTS.ingressNginx, repository: overrides.ingressNginxRepository ?? defaults_1.DEFAULT_CHARTS.ingressNginx.repository },
    };
}
