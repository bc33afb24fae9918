"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXIT_DATA_LOSS = void 0;
exports.main = main;
const commander_1 = require("commander");
const fs_1 = require("fs");
const path_1 = require("path");
const plan_review_1 = require("../review/plan-review");
const registry_1 = require("../rules/registry");
const NAME = 'cdktf-cluster-groups';
/** Exit code of `review-plan --fail-on-destroy` when a virtual cluster would lose its data: distinct from 1, "could not review". */
exports.EXIT_DATA_LOSS = 2;
/** Every failure is one line, so a CI log shows the cause and not a stack trace. */
function errorLine(message) {
    return `${NAME}: ${message.replace(/\s+/g, ' ').trim()}\n`;
}
const FS_ERRORS = { ENOENT: 'no such file', EISDIR: 'is a directory', EACCES: 'permission denied' };
function readJson(file) {
    let text;
    try {
        text = (0, fs_1.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const code = error.code ?? '';
        throw new Error(`cannot read ${file}: ${FS_ERRORS[code] ?? error.message}`);
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${file} is not JSON: ${error.message}`);
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Only the fields the plan review reads are checked: review.json is our own output, but the path given may be anything. */
function isReviewView(value) {
    const groups = isObject(value) ? value.groups : undefined;
    return (Array.isArray(groups) &&
        groups.every((group) => isObject(group) &&
            typeof group.key === 'string' &&
            Array.isArray(group.hosts) &&
            group.hosts.every((host) => isObject(host) && typeof host.name === 'string' && typeof host.alias === 'string') &&
            Array.isArray(group.virtualClusters) &&
            group.virtualClusters.every((vc) => isObject(vc) && typeof vc.name === 'string' && typeof vc.host === 'string')));
}
function readReview(file) {
    const value = readJson(file);
    if (!isReviewView(value))
        throw new Error(`${file} is not a cluster-groups review.json (expected groups with hosts and virtual clusters)`);
    return value;
}
/** What `cdktf synth` wrote for every stack of the app in the current folder. */
function synthesizedReviews(cwd) {
    const dir = (0, path_1.join)(cwd, 'cdktf.out', 'cluster-groups');
    if (!(0, fs_1.existsSync)(dir))
        return [];
    return (0, fs_1.readdirSync)(dir)
        .sort()
        .map((stack) => (0, path_1.join)(dir, stack, 'review.json'))
        .filter((file) => (0, fs_1.existsSync)(file));
}
/** The plan's file name leads the message: a CI job may review several plans. */
function reviewFile(planFile, views) {
    const plan = readJson(planFile);
    try {
        return (0, plan_review_1.reviewPlan)(plan, views);
    }
    catch (error) {
        if (error instanceof plan_review_1.PlanFormatError)
            throw new Error(`${planFile}: ${error.message}`);
        throw error;
    }
}
function reviewPlanCommand(planFile, options) {
    const files = options.review.length ? options.review : synthesizedReviews(process.cwd());
    const review = reviewFile(planFile, files.length ? files.map(readReview) : undefined);
    process.stdout.write((0, plan_review_1.renderPlanReview)(review));
    return options.failOnDestroy && review.dataLoss.length ? exports.EXIT_DATA_LOSS : 0;
}
/** Rule has no per-rule remedy text; the findings carry the precise one, so point there. */
function howToFix(rule) {
    return `change the configuration until the rule holds. Each ${rule.id} finding printed by cdktf synth names the construct path it concerns and ends with "Fix:", the change to make there.`;
}
function explain(id) {
    const rule = (0, registry_1.findRule)(id);
    if (!rule)
        throw new Error(`unknown rule ${JSON.stringify(id)}; known rules: ${registry_1.RULES.map((r) => r.id).join(', ')}`);
    return [`${rule.id}: ${rule.title}`, '', `Why: ${rule.rationale}`, '', `How to fix: ${howToFix(rule)}`, ''].join('\n');
}
function collect(value, previous) {
    return [...previous, value];
}
/** A fresh program per call: commander keeps parsed state on the instance, and tests call main() repeatedly. */
function program(setExitCode) {
    const root = new commander_1.Command(NAME)
        .description('Review Terraform plans of cluster groups and explain the synth-time rules.')
        .exitOverride()
        .configureOutput({
        writeOut: (text) => process.stdout.write(text),
        writeErr: (text) => process.stderr.write(text),
        outputError: (text, write) => write(errorLine(text.replace(/^error: /, ''))),
    });
    root
        .command('review-plan')
        .description('Summarize a plan by group, host and virtual cluster as Markdown, data loss first.')
        .argument('<plan.json>', 'the plan as JSON: terraform show -json tfplan > plan.json')
        .option('--review <review.json>', 'a review.json written by synth; repeat for several stacks (default: every cdktf.out/cluster-groups/*/review.json here)', collect, [])
        .option('--fail-on-destroy', `exit with code ${exports.EXIT_DATA_LOSS} when a virtual cluster would be replaced or destroyed`)
        .action((planFile, options) => setExitCode(reviewPlanCommand(planFile, options)));
    root
        .command('explain')
        .description('Say what a rule checks, why it exists and how to fix a finding.')
        .argument('<rule-id>', `one of ${registry_1.RULES[0].id} … ${registry_1.RULES[registry_1.RULES.length - 1].id}`)
        .action((id) => process.stdout.write(explain(id)));
    return root;
}
/** Runs the CLI on process.argv-style arguments and returns the exit code; never throws, never exits the process. */
async function main(argv) {
    let exitCode = 0;
    try {
        await program((code) => (exitCode = code)).parseAsync([...argv]);
        return exitCode;
    }
    catch (error) {
        // Commander has already printed its own message (usage error, or help on request).
        if (error instanceof commander_1.CommanderError)
            return error.exitCode;
        process.stderr.write(errorLine(error instanceof Error ? error.message : String(error)));
        return 1;
    }
}
