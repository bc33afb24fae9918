"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CG17 = void 0;
const merge_1 = require("../charts/merge");
const vcluster_schema_1 = require("../charts/vcluster-schema");
const rule_1 = require("./rule");
const MAX_LISTED = 5;
exports.CG17 = {
    id: 'CG-17',
    title: 'Free-form vcluster values (group-wide or per virtual cluster) are validated against the chart version’s values schema when it is available; YAML that does not parse is an error.',
    rationale: 'The vcluster chart refuses unknown keys; a typo found at apply time fails after the plan was approved.',
    check: ({ fleet }) => {
        const findings = [];
        for (const group of fleet.groups) {
            const version = group.spec.charts.vcluster.version;
            const expected = `values accepted by the vcluster ${version} values schema`;
            const parseError = (path, values) => {
                if ('error' in values)
                    findings.push((0, rule_1.finding)('CG-17', 'error', path, values.error, 'a YAML map or an object of vcluster values', 'correct the YAML (indentation, quotes, a missing ":")'));
                return 'error' in values;
            };
            if (parseError(group.spec.path, group.userValues))
                continue;
            const groupValues = 'values' in group.userValues ? group.userValues.values : {};
            const withValues = group.virtualClusters.filter((vc) => vc.spec.values !== undefined && !parseError(vc.spec.path, vc.userValues));
            if (group.spec.values === undefined && withValues.length === 0)
                continue;
            const validate = (0, vcluster_schema_1.vclusterValidator)(version);
            if (!validate) {
                findings.push((0, rule_1.finding)('CG-17', 'warning', group.spec.path, `vcluster chart ${version}, for which no values schema is shipped`, 'a chart version of a minor from 0.20 to 0.36', 'check the values by hand, or use a version whose schema is shipped'));
                continue;
            }
            const check = (path, values, what) => {
                if (validate(values))
                    return;
                const errors = (0, vcluster_schema_1.describeErrors)(validate);
                const listed = errors.slice(0, MAX_LISTED).join('; ') + (errors.length > MAX_LISTED ? `; and ${errors.length - MAX_LISTED} more` : '');
                findings.push((0, rule_1.finding)('CG-17', 'error', path, `${what} the schema refuses: ${listed}`, expected, 'remove or correct those keys (see the chart’s vcluster.yaml reference for this version)'));
            };
            if (group.spec.values !== undefined)
                check(group.spec.path, groupValues, 'group values');
            for (const vc of withValues)
                check(vc.spec.path, (0, merge_1.mergeValues)(groupValues, 'values' in vc.userValues ? vc.userValues.values : {}), 'values');
        }
        return findings;
    },
};
