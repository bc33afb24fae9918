"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CG18 = void 0;
const version_1 = require("../charts/version");
const rule_1 = require("./rule");
exports.CG18 = {
    id: 'CG-18',
    title: 'Disk backup (off by default) turns on host path mapping and the privileged pod security standard for the group’s virtual clusters, with a warning.',
    rationale: 'Backing up a virtual cluster’s volumes from the host needs privileged pods with host paths mounted: a reviewer must see that this was asked for.',
    check: ({ fleet }) => fleet.groups
        .filter((group) => group.spec.diskBackup)
        .map((group) => (0, rule_1.finding)('CG-18', 'warning', group.spec.path, 'diskBackup: true', 'an informed choice: host path mapping and the privileged pod security standard for every virtual cluster of the group', `turn diskBackup off unless volume backups from the host are needed${(0, version_1.isAtLeast)(group.spec.charts.vcluster.version, 0, 20) ? '; host path mapping is a vCluster Pro feature in chart 0.20 and later' : ''}`)),
};
