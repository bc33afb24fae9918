"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderSummary = renderSummary;
const usage_1 = require("./usage");
const view_1 = require("./view");
/** The short report printed at synth: groups, hosts with capacity use, where each virtual cluster went and how it is reached, warnings. */
function renderSummary(evaluation, stack) {
    const view = (0, view_1.viewOf)(evaluation);
    const lines = [`cluster-groups: stack ${stack}: ${view.groups.length} group(s), ${view.groups.reduce((n, g) => n + g.hosts.length, 0)} host(s), ${view.groups.reduce((n, g) => n + g.virtualClusters.length, 0)} virtual cluster(s)`];
    for (const group of view.groups) {
        lines.push(`  group ${group.key} (${group.endpointType}, ${group.scope}, oversubscription ${group.oversubscriptionPercent}%)`);
        for (const host of group.hosts) {
            lines.push(`    host ${host.name} (${host.kind}; ${host.endpoint}): ${host.virtualClusters} virtual cluster(s)`);
            lines.push(`      cpu ${(0, usage_1.usageBar)(host.cpu, 'cores')}  memory ${(0, usage_1.usageBar)(host.memory, 'bytes')}  storage ${(0, usage_1.usageBar)(host.storage, 'bytes')}`);
        }
        for (const vc of group.virtualClusters) {
            lines.push(`    vcluster ${vc.name} on ${vc.host}: ${vc.endpoint} (${vc.cpu} CPU, ${vc.memory}, ${vc.storage}${vc.paused ? ', paused' : ''})`);
        }
    }
    for (const move of view.moves)
        lines.push(`  MOVE (replacement, data loss): ${move.group}/${move.virtualCluster} from ${move.from} to ${move.to} (${move.reason})`);
    if (view.warnings.length) {
        lines.push(`  warnings (${view.warnings.length}):`);
        for (const warning of view.warnings)
            lines.push(`    ${warning.message}`);
    }
    return `${lines.join('\n')}\n`;
}
