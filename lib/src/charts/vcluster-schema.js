"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.vclusterValidator = vclusterValidator;
exports.describeErrors = describeErrors;
const _2020_1 = __importDefault(require("ajv/dist/2020"));
const fs_1 = require("fs");
const path_1 = require("path");
const package_root_1 = require("../package-root");
const version_1 = require("./version");
/**
 * The vcluster values schemas shipped with the package (the last patch of each minor from
 * 0.20): a version is checked against its own schema or, for another patch, its minor's.
 */
const compiled = new Map();
function schemaFile(version) {
    const parsed = (0, version_1.parseVersion)(version);
    if (!parsed)
        return undefined;
    const dir = (0, path_1.join)((0, package_root_1.packageRoot)(), 'schemas', 'vcluster');
    const exact = (0, path_1.join)(dir, `values.schema.${version}.json`);
    if ((0, fs_1.existsSync)(exact))
        return exact;
    const minor = `values.schema.${parsed[0]}.${parsed[1]}.`;
    const sibling = (0, fs_1.readdirSync)(dir).find((file) => file.startsWith(minor));
    return sibling ? (0, path_1.join)(dir, sibling) : undefined;
}
/** The validator of a chart version's values, or undefined when no schema of that minor is shipped. */
function vclusterValidator(version) {
    if (!compiled.has(version)) {
        const file = schemaFile(version);
        const ajv = new _2020_1.default({ strict: false, allErrors: true });
        compiled.set(version, file ? ajv.compile(JSON.parse((0, fs_1.readFileSync)(file, 'utf8'))) : undefined);
    }
    return compiled.get(version);
}
/** Ajv's errors as short lines a user can find in their values: `/controlPlane/foo: must NOT have additional properties (foo)`. */
function describeErrors(validate) {
    return (validate.errors ?? []).map((error) => {
        const extra = error.keyword === 'additionalProperties' ? ` (${error.params.additionalProperty})` : '';
        return `${error.instancePath || '/'}: ${error.message ?? error.keyword}${extra}`;
    });
}
