"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HC5 = void 0;
const rule_1 = require("./rule");
function nonEmpty(value) {
    return typeof value === 'string' && value.trim() !== '';
}
function secretProblem(input, what) {
    if (input.kind === 'literal')
        return `a literal ${what} in code`;
    if (!input.sensitive)
        return `variable ${(0, rule_1.show)(input.name)} for the ${what}, not marked sensitive`;
    return undefined;
}
exports.HC5 = {
    id: 'HC-5',
    title: 'Connection: a kubeconfig path and context, or host + CA + token given as sensitive Terraform variables, or an exec plugin; a literal secret is never written.',
    rationale: 'A token typed into code ends up in cdk.tf.json, in the repository and in every plan posted to a pull request.',
    check: ({ fleet }) => {
        const findings = [];
        for (const host of fleet.model.hosts) {
            const connection = host.connection;
            const path = host.path;
            if (connection.kind === 'kubeconfig' && !nonEmpty(connection.path)) {
                findings.push((0, rule_1.finding)('HC-5', 'error', path, `kubeconfig path ${(0, rule_1.show)(connection.path)}`, 'the path of a kubeconfig file', 'use Connection.kubeconfig("~/.kube/config", "context-name")'));
            }
            if (connection.kind === 'kubeconfig' && connection.context !== undefined && !nonEmpty(connection.context)) {
                findings.push((0, rule_1.finding)('HC-5', 'error', path, `kubeconfig context ${(0, rule_1.show)(connection.context)}`, 'a context name, or none for the current context', 'name a context of the kubeconfig, or leave it out'));
            }
            if (connection.kind === 'token') {
                if (!nonEmpty(connection.host))
                    findings.push((0, rule_1.finding)('HC-5', 'error', path, `API server ${(0, rule_1.show)(connection.host)}`, 'the API server URL, e.g. "https://10.0.0.1:6443"', 'pass the API server URL or a Terraform variable holding it'));
                const token = secretProblem(connection.token, 'token');
                if (token)
                    findings.push((0, rule_1.finding)('HC-5', 'error', path, token, 'a TerraformVariable with sensitive: true', 'declare new TerraformVariable(stack, "host_token", { type: "string", sensitive: true }) and pass it; set its value with TF_VAR_host_token'));
            }
            if (connection.kind === 'exec') {
                if (!nonEmpty(connection.host))
                    findings.push((0, rule_1.finding)('HC-5', 'error', path, `API server ${(0, rule_1.show)(connection.host)}`, 'the API server URL', 'pass the API server URL the exec plugin authenticates against'));
                if (!nonEmpty(connection.apiVersion) || !nonEmpty(connection.command)) {
                    findings.push((0, rule_1.finding)('HC-5', 'error', path, `exec plugin ${(0, rule_1.show)({ apiVersion: connection.apiVersion, command: connection.command })}`, 'an exec plugin with apiVersion (e.g. "client.authentication.k8s.io/v1beta1") and command', 'give both apiVersion and command'));
                }
            }
        }
        return findings;
    },
};
