"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CG16 = void 0;
const version_1 = require("../charts/version");
const rule_1 = require("./rule");
exports.CG16 = {
    id: 'CG-16',
    title: 'The vcluster chart version is pinned per group (an exact version, 0.20.0 or later); all its virtual clusters use it.',
    rationale: 'A range would let a chart upgrade slip into a plan unreviewed; the values we write are those of the vcluster.yaml format of chart 0.20 and later.',
    check: ({ fleet }) => fleet.groups
        .filter((group) => !(0, version_1.parseVersion)(group.spec.charts.vcluster.version) || !(0, version_1.isAtLeast)(group.spec.charts.vcluster.version, 0, 20))
        .map((group) => (0, rule_1.finding)('CG-16', 'error', group.spec.path, `vcluster chart version ${(0, rule_1.show)(group.spec.charts.vcluster.version)}`, 'an exact version, 0.20.0 or later, such as "0.36.1"', 'pin vclusterChartVersion to one released version')),
};
