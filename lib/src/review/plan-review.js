"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UNKNOWN_GROUP = exports.PlanFormatError = void 0;
exports.reviewPlan = reviewPlan;
exports.renderPlanReview = renderPlanReview;
/**
 * What a Terraform plan (`terraform show -json tfplan`) does to each group, host and
 * virtual cluster, with the changes that lose a virtual cluster's data first.
 * Pure on purpose: the CLI reads plans without loading cdktf or constructs.
 */
/** The input is not a Terraform plan in JSON format 1.x; the message is one line. */
class PlanFormatError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PlanFormatError';
    }
}
exports.PlanFormatError = PlanFormatError;
exports.UNKNOWN_GROUP = '(unknown group)';
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describe(value) {
    if (value === undefined)
        return 'missing';
    return Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value === 'string' ? JSON.stringify(value) : `a ${typeof value}`;
}
/** The top of a plan: format 1.x, and its changes (a plan with none omits `resource_changes`). */
function resourceChangesOf(plan) {
    if (!isObject(plan))
        throw new PlanFormatError(`not a Terraform plan: expected a JSON object, got ${describe(plan)}`);
    const version = plan.format_version;
    if (typeof version !== 'string' || !version.startsWith('1.'))
        throw new PlanFormatError(`not a Terraform plan in JSON format 1.x: format_version is ${describe(version)}`);
    const changes = plan.resource_changes;
    if (Array.isArray(changes))
        return changes;
    // A state file (`terraform show -json` without a plan) also has format_version 1.x, but no planned_values.
    if (changes === undefined && isObject(plan.planned_values))
        return [];
    throw new PlanFormatError(`not a Terraform plan: resource_changes is ${describe(changes)} (run terraform show -json on a saved plan file)`);
}
function stringField(entry, field, where) {
    const value = entry[field];
    if (typeof value !== 'string')
        throw new PlanFormatError(`${where}.${field} is ${describe(value)}, expected a string`);
    return value;
}
/** `module.a["x"].module.b[0]` → `module.a.module.b`: configuration has one entry per module call, not per instance. */
function withoutInstanceKeys(module) {
    return module.replace(/\[(?:"(?:[^"\\]|\\.)*"|[0-9]+)\]/g, '');
}
function rawChange(entry, position) {
    const where = `resource_changes[${position}]`;
    if (!isObject(entry))
        throw new PlanFormatError(`${where} is ${describe(entry)}, expected an object`);
    const change = isObject(entry.change) ? entry.change : {};
    const actions = change.actions;
    if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a) => typeof a === 'string'))
        throw new PlanFormatError(`${where}.change.actions is ${describe(actions)}, expected a list of actions`);
    const module = typeof entry.module_address === 'string' ? entry.module_address : '';
    const type = stringField(entry, 'type', where);
    const name = stringField(entry, 'name', where);
    const managed = entry.mode !== 'data';
    const configKey = `${withoutInstanceKeys(module)}${module ? '.' : ''}${managed ? '' : 'data.'}${type}.${name}`;
    return { address: stringField(entry, 'address', where), module, type, name, index: entry.index, managed, actions, reason: reasonOf(entry, change), configKey };
}
/** Terraform's `action_reason` values for replacements and deletions, as a reviewer would say them. */
const REASONS = {
    replace_because_tainted: 'the object is tainted',
    replace_because_cannot_update: 'an attribute changed that cannot be updated in place',
    replace_by_request: 'requested with -replace',
    replace_by_triggers: 'replace_triggered_by fired',
    delete_because_no_resource_config: 'no longer in the configuration',
    delete_because_no_module: 'its module is no longer in the configuration',
    delete_because_wrong_repetition: 'the resource switched between count and for_each',
    delete_because_count_index: 'its count index is out of range',
    delete_because_each_key: 'its for_each key is gone',
    delete_because_no_move_target: 'its moved target does not exist',
};
/** `["metadata", 0, "name"]` → `metadata[0].name`. */
function attributePath(path) {
    if (!Array.isArray(path) || path.length === 0)
        return null;
    return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : typeof step === 'string' ? `${i ? '.' : ''}${step}` : '')).join('');
}
function reasonOf(entry, change) {
    const code = entry.action_reason;
    const paths = Array.isArray(change.replace_paths) ? change.replace_paths.map(attributePath).filter((p) => p !== null) : [];
    const parts = [
        // A deposed object is the leftover of an interrupted create-before-destroy replacement.
        typeof entry.deposed === 'string' ? `deposed object ${entry.deposed}` : null,
        typeof code === 'string' ? (REASONS[code] ?? code.replace(/_/g, ' ')) : null,
        paths.length ? `forced by ${paths.join(', ')}` : null,
    ].filter((part) => part !== null);
    return parts.length ? parts.join('; ') : null;
}
function kindOf(actions) {
    const key = actions.join(',');
    if (key === 'no-op' || key === 'read')
        return null;
    if (key === 'create')
        return 'create';
    if (key === 'update')
        return 'update';
    if (key === 'delete')
        return 'delete';
    if (key === 'delete,create' || key === 'create,delete')
        return 'replace';
    return 'other';
}
/** provider_config_key per configuration address, walking module calls; keys may carry a `module.x:` prefix. */
function providerKeys(plan) {
    const keys = new Map();
    const walk = (module, prefix) => {
        if (!isObject(module))
            return;
        for (const resource of Array.isArray(module.resources) ? module.resources : []) {
            if (isObject(resource) && typeof resource.address === 'string' && typeof resource.provider_config_key === 'string')
                keys.set(`${prefix}${resource.address}`, resource.provider_config_key);
        }
        for (const [name, call] of Object.entries(isObject(module.module_calls) ? module.module_calls : {})) {
            if (isObject(call))
                walk(call.module, `${prefix}module.${name}.`);
        }
    };
    const configuration = isObject(plan) ? plan.configuration : undefined;
    walk(isObject(configuration) ? configuration.root_module : undefined, '');
    return keys;
}
/** `module.fleet:helm.dc1` → `dc1`. */
function providerAlias(key) {
    const local = key?.slice(key.lastIndexOf(':') + 1) ?? '';
    const dot = local.indexOf('.');
    return dot < 0 ? null : local.slice(dot + 1);
}
/** The address scheme of host-resources.ts. `metallb_config_` precedes `metallb_`, the likelier reading of an ambiguous name. */
const PATTERNS = [
    { type: 'helm_release', prefix: 'vcluster_', role: 'vcluster release', perVirtualCluster: true },
    { type: 'kubernetes_namespace_v1', prefix: 'vcluster_', role: 'namespace', perVirtualCluster: true },
    { type: 'helm_release', prefix: 'metallb_config_', role: 'MetalLB configuration', perVirtualCluster: false },
    { type: 'helm_release', prefix: 'metallb_', role: 'MetalLB release', perVirtualCluster: false },
    { type: 'kubernetes_namespace_v1', prefix: 'metallb_', role: 'MetalLB namespace', perVirtualCluster: false },
    { type: 'helm_release', prefix: 'ingress_nginx_', role: 'ingress-nginx release', perVirtualCluster: false },
    { type: 'kubernetes_namespace_v1', prefix: 'ingress_nginx_', role: 'ingress-nginx namespace', perVirtualCluster: false },
];
/** What terraformName() can produce from a DNS label. */
const ALIAS = /^[a-z][a-z0-9_]*$/;
/**
 * Which of our resources this is. A name such as `metallb_config_x` fits two patterns
 * (host `x`'s configuration, or host `config-x`'s MetalLB): the provider's alias decides,
 * then the hosts review.json knows, then the pattern order.
 */
function recognise(raw, provider, knownAliases) {
    if (!raw.managed)
        return null;
    const candidates = PATTERNS.filter((p) => p.type === raw.type && raw.name.startsWith(p.prefix) && (p.perVirtualCluster ? typeof raw.index === 'string' : raw.index === undefined))
        .map((pattern) => ({ pattern, alias: raw.name.slice(pattern.prefix.length) }))
        .filter((c) => ALIAS.test(c.alias));
    return candidates.find((c) => c.alias === provider) ?? candidates.find((c) => knownAliases.has(c.alias)) ?? candidates[0] ?? null;
}
/** Hosts of every view by alias; two stacks may share an alias, so each alias keeps a list. */
function hostsByAlias(views) {
    const index = new Map();
    for (const group of views.flatMap((view) => view.groups)) {
        for (const host of group.hosts)
            index.set(host.alias, [...(index.get(host.alias) ?? []), { group, host }]);
    }
    return index;
}
/** Among hosts sharing an alias, prefer the one that runs this virtual cluster; a destroyed one is in no view, so any host will do. */
function locate(index, alias, virtualCluster) {
    const hosts = index.get(alias) ?? [];
    return hosts.find(({ group, host }) => group.virtualClusters.some((vc) => vc.name === virtualCluster && vc.host === host.name)) ?? hosts[0];
}
function getOrAdd(map, key, make) {
    const found = map.get(key);
    if (found !== undefined)
        return found;
    const made = make();
    map.set(key, made);
    return made;
}
function byAddress(a, b) {
    return a.address < b.address ? -1 : a.address > b.address ? 1 : 0;
}
function byName(a, b) {
    const left = `${a.module ?? ''}\0${a.name}`;
    const right = `${b.module ?? ''}\0${b.name}`;
    return left < right ? -1 : left > right ? 1 : 0;
}
function groupOrder(a, b) {
    if ((a.name === exports.UNKNOWN_GROUP) !== (b.name === exports.UNKNOWN_GROUP))
        return a.name === exports.UNKNOWN_GROUP ? 1 : -1;
    return byName(a, b);
}
function isDataLoss(change) {
    return change.kind === 'replace' || change.kind === 'delete';
}
function freeze(buckets) {
    return [...buckets]
        .map(([name, hosts]) => ({
        name,
        hosts: [...hosts.values()]
            .map((h) => ({ name: h.name, alias: h.alias, module: h.module, changes: h.changes.sort(byAddress), virtualClusters: [...h.virtualClusters].map(([vc, changes]) => ({ name: vc, changes: changes.sort(byAddress) })).sort(byName) }))
            .sort(byName),
    }))
        .sort(groupOrder);
}
function dataLossOf(groups) {
    return groups.flatMap((group) => group.hosts.flatMap((host) => host.virtualClusters
        .filter((vc) => vc.changes.some(isDataLoss))
        .map((vc) => ({ virtualCluster: vc.name, group: group.name, host: host.name, module: host.module, changes: vc.changes.filter(isDataLoss) }))));
}
/**
 * Classifies every change of a plan and places it under its group, host and virtual
 * cluster, using review.json views where given and the address scheme otherwise.
 * Throws PlanFormatError when `plan` is not a Terraform plan in JSON format 1.x.
 */
function reviewPlan(plan, views) {
    const raws = resourceChangesOf(plan).map(rawChange);
    const keys = providerKeys(plan);
    const hosts = hostsByAlias(views ?? []);
    const knownAliases = new Set(hosts.keys());
    const counts = { create: 0, update: 0, replace: 0, delete: 0, other: 0 };
    const buckets = new Map();
    const other = [];
    for (const raw of raws) {
        const kind = kindOf(raw.actions);
        if (!kind)
            continue;
        counts[kind] += 1;
        const ours = recognise(raw, providerAlias(keys.get(raw.configKey)), knownAliases);
        const change = { address: raw.address, kind, actions: raw.actions, role: ours?.pattern.role ?? null, reason: raw.reason };
        if (!ours) {
            other.push(change);
            continue;
        }
        const virtualCluster = ours.pattern.perVirtualCluster ? String(raw.index) : null;
        const placed = locate(hosts, ours.alias, virtualCluster);
        const group = placed?.group.key ?? exports.UNKNOWN_GROUP;
        const hostBuckets = getOrAdd(buckets, group, () => new Map());
        const bucket = getOrAdd(hostBuckets, `${raw.module}\0${ours.alias}`, () => ({ name: placed?.host.name ?? ours.alias, alias: ours.alias, module: raw.module, changes: [], virtualClusters: new Map() }));
        if (virtualCluster === null)
            bucket.changes.push(change);
        else
            getOrAdd(bucket.virtualClusters, virtualCluster, () => []).push(change);
    }
    const groups = freeze(buckets);
    return { counts, dataLoss: dataLossOf(groups), groups, other: other.sort(byAddress) };
}
/** A Markdown code span that survives backticks in the text (for_each keys may hold any character). */
function code(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}
function verb(change) {
    if (change.kind === 'create')
        return 'created';
    if (change.kind === 'update')
        return 'updated in place';
    if (change.kind === 'delete')
        return 'destroyed';
    if (change.kind === 'replace')
        return change.actions[0] === 'delete' ? 'replaced (destroyed, then created)' : 'replaced (created, then destroyed)';
    return `planned ${change.actions.join(', ')}`;
}
function changeLine(change) {
    const action = isDataLoss(change) ? `**${verb(change)}**` : verb(change);
    const what = change.role ? `${change.role} ` : '';
    return `- ${action}: ${what}${code(change.address)}${change.reason ? ` — ${change.reason}` : ''}`;
}
function where(host) {
    return `host ${code(host.host)}${host.module ? ` in ${code(host.module)}` : ''}`;
}
function dataLossLine(loss) {
    const what = loss.changes.map((c) => `${c.role} ${verb(c)}`).join(', ');
    return `- **Virtual cluster ${code(loss.virtualCluster)} — group ${code(loss.group)}, ${where(loss)}**: ${what}.`;
}
function summary(counts) {
    const parts = [
        ['create', 'created'],
        ['update', 'updated in place'],
        ['replace', 'replaced'],
        ['delete', 'destroyed'],
        ['other', 'with other actions'],
    ]
        .filter(([kind]) => counts[kind] > 0)
        .map(([kind, text]) => `${counts[kind]} ${text}`);
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    return total === 0 ? 'No changes.' : `${total} resource change(s): ${parts.join(', ')}.`;
}
function hostSection(host) {
    const out = [`### Host ${code(host.name)}${host.module ? ` in ${code(host.module)}` : ''}`, ''];
    if (host.changes.length)
        out.push(...host.changes.map(changeLine), '');
    for (const vc of host.virtualClusters)
        out.push(`#### Virtual cluster ${code(vc.name)}`, '', ...vc.changes.map(changeLine), '');
    return out;
}
/** The review as Markdown for a pull request comment: data loss first, then group by group. */
function renderPlanReview(review) {
    const out = ['# Terraform plan review', '', summary(review.counts), ''];
    if (review.dataLoss.length) {
        out.push('## Data loss', '', "Replacing or destroying a virtual cluster's release or namespace deletes its control plane, workloads and volumes.", '', ...review.dataLoss.map(dataLossLine), '');
    }
    for (const group of review.groups)
        out.push(`## Group ${group.name === exports.UNKNOWN_GROUP ? exports.UNKNOWN_GROUP : code(group.name)}`, '', ...group.hosts.flatMap(hostSection));
    if (review.other.length)
        out.push('## Other resources', '', ...review.other.map(changeLine), '');
    return out.join('\n');
}
